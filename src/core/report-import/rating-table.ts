import { labelKey } from "../label-key";
import { areaLabels, type AreaLabel } from "./area-labels";
import type { RatingPhrases } from "./rating-phrases";
import type { ReportLine } from "./report-lines";
import { tableTokens, type LabelToken, type RatingToken } from "./table-tokens";

/** The rating found for one area in one round, before it is mapped onto a scale. */
export interface FoundRating {
  readonly area: string;
  readonly round: string;
  /** The phrase as found, or null when the table had no cell for it. */
  readonly text: string | null;
  readonly line: number;
  readonly uncertain: boolean;
}

export interface FoundTable {
  readonly theme: string;
  readonly rounds: readonly string[];
  readonly areas: readonly string[];
  readonly ratings: readonly FoundRating[];
}

/** Which rating token fills a cell of the grid, and whether the layout leaves doubt about it. */
interface Cell {
  readonly token: RatingToken | undefined;
  readonly doubt: boolean;
}

type Cells = Map<string, Cell>;

const at = (area: number, round: number): string => `${area}:${round}`;

/** Row by row: each area's cells, round after round. Any cell missing puts every cell in doubt. */
function rowCells(areas: number, ratings: readonly RatingToken[], rounds: number): Cells {
  const complete = ratings.length === areas * rounds;
  const cells: Cells = new Map();
  for (let a = 0; a < areas; a++) for (let r = 0; r < rounds; r++) cells.set(at(a, r), { token: ratings[a * rounds + r], doubt: !complete });
  return cells;
}

/**
 * Column by column: under each area's label at most one rating, the first round's (on the label's
 * line or just below it), and the later rounds' ratings after the labels, one block per round in
 * area order (often after a blank line). Null when the table is not laid out so. Blocks are given
 * to rounds by order and count; when the count is off, every later cell is in doubt, and an area
 * with no first-round rating under its label has that cell empty and in doubt.
 */
function columnCells(areas: readonly AreaLabel[], ratings: readonly RatingToken[], rounds: number): Cells | null {
  const firstArea = areas[0];
  const lastArea = areas[areas.length - 1];
  if (rounds < 2 || areas.length < 2 || firstArea === undefined || lastArea === undefined) return null;
  if ((ratings[0]?.order ?? Infinity) < firstArea.first) return null;
  const own: (RatingToken | undefined)[] = [];
  let next = 0;
  for (let a = 0; a + 1 < areas.length; a++) {
    const nextLabel = (areas[a + 1] as AreaLabel).first;
    const under: RatingToken[] = [];
    while (next < ratings.length && (ratings[next] as RatingToken).order < nextLabel) under.push(ratings[next++] as RatingToken);
    if (under.length > 1) return null;
    own.push(under[0]);
  }
  // Only a table with first-round ratings under its labels is read this way.
  if (own.every((token) => token === undefined)) return null;
  const rest = ratings.slice(next);
  const expected = areas.length * (rounds - 1);
  // The last area's own rating: decided by count, else by the blank line that starts the blocks.
  const head = rest[0];
  const blankAfterHead = rest[1]?.afterGap === true;
  const lastHasOwn = head !== undefined && !head.afterGap && (blankAfterHead || rest.length > expected);
  const lastInDoubt = !blankAfterHead && rest.length !== expected + 1;
  own.push(lastHasOwn ? head : undefined);
  const later = lastHasOwn ? rest.slice(1) : rest;
  // With no rating under the last label and no blank line before the blocks, the first of them may be its own.
  const laterInDoubt = later.length !== expected || (!lastHasOwn && head?.afterGap !== true);
  const cells: Cells = new Map();
  own.forEach((token, a) => cells.set(at(a, 0), { token, doubt: token === undefined || (a === areas.length - 1 && lastInDoubt) }));
  for (let r = 1; r < rounds; r++) {
    for (let a = 0; a < areas.length; a++) cells.set(at(a, r), { token: later[(r - 1) * areas.length + a], doubt: laterInDoubt });
  }
  return cells;
}

function distinct(labels: readonly string[]): string[] {
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = labelKey(label);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads one rating table. `inheritedRounds` are the previous table's round headers, used when
 * this one has none of its own. Null when the lines hold no table.
 */
export function readRatingTable(
  theme: string,
  lines: readonly ReportLine[],
  phrases: RatingPhrases,
  inheritedRounds: readonly string[],
): FoundTable | null {
  const tokens = tableTokens(lines, phrases);
  const ratings = tokens.filter((t): t is RatingToken => t.kind === "rating");
  const ownRounds = distinct(tokens.filter((t) => t.kind === "round").map((t) => t.text));
  const rounds = ownRounds.length > 0 ? ownRounds : inheritedRounds;
  if (ratings.length === 0 || rounds.length === 0) return null;
  const lastRating = ratings[ratings.length - 1] as RatingToken;
  // A label that starts after the last rating is the heading that follows the table, not an area.
  const areas = areaLabels(tokens.filter((t): t is LabelToken => t.kind === "label")).filter((a) => a.first < lastRating.order);
  // Fewer than half the cells filled is not a table of these areas and rounds; it also keeps the
  // grid we report no bigger than twice what the text holds.
  if (areas.length === 0 || ratings.length * 2 < areas.length * rounds.length) return null;
  const cells = columnCells(areas, ratings, rounds.length) ?? rowCells(areas.length, ratings, rounds.length);
  const found: FoundRating[] = [];
  for (let a = 0; a < areas.length; a++) {
    for (let r = 0; r < rounds.length; r++) {
      const cell = cells.get(at(a, r));
      if (cell === undefined) continue;
      const area = areas[a] as AreaLabel;
      const token = cell.token;
      found.push({
        area: area.text,
        round: rounds[r] as string,
        text: token === undefined || token.unfinished ? null : token.text,
        line: token?.line ?? area.line,
        uncertain: cell.doubt || token === undefined || token.uncertain,
      });
    }
  }
  return { theme, rounds, areas: areas.map((a) => a.text), ratings: found };
}
