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

/**
 * The reading order of the cells. Extraction usually gives a table row by row; but when each area's
 * label line carries exactly one rating (the first round's cell shares the label's baseline) and
 * the other cells follow the labels, the rest were read column by column.
 */
function readsColumnWise(areas: readonly AreaLabel[], ratings: readonly RatingToken[], roundCount: number): boolean {
  if (roundCount < 2 || areas.length === 0) return false;
  const lastArea = areas[areas.length - 1] as AreaLabel;
  const inside = ratings.filter((r) => r.order < lastArea.last || (r.besideLabel && r.order === lastArea.last + 1));
  if (inside.length !== areas.length) return false;
  // Both lists are in table order: the i-th inside rating must sit between area i and area i+1.
  return inside.every((rating, i) => {
    const area = areas[i] as AreaLabel;
    const next = areas[i + 1];
    return rating.order > area.first && (next === undefined || rating.order < next.first);
  });
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

function cellOrder(areas: number, rounds: number, columnWise: boolean): [number, number][] {
  const cells: [number, number][] = [];
  if (columnWise) {
    for (let a = 0; a < areas; a++) cells.push([a, 0]);
    for (let r = 1; r < rounds; r++) for (let a = 0; a < areas; a++) cells.push([a, r]);
  } else {
    for (let a = 0; a < areas; a++) for (let r = 0; r < rounds; r++) cells.push([a, r]);
  }
  return cells;
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
  const complete = ratings.length === areas.length * rounds.length;
  const columnWise = complete && readsColumnWise(areas, ratings, rounds.length);
  const cells = cellOrder(areas.length, rounds.length, columnWise);
  const grid = new Map<string, FoundRating>();
  cells.forEach(([a, r], i) => {
    const token = ratings[i];
    const area = areas[a] as AreaLabel;
    grid.set(`${a}:${r}`, {
      area: area.text,
      round: rounds[r] as string,
      text: token === undefined || token.unfinished ? null : token.text,
      line: token?.line ?? area.line,
      uncertain: !complete || token === undefined || token.uncertain,
    });
  });
  const found: FoundRating[] = [];
  for (let a = 0; a < areas.length; a++) {
    for (let r = 0; r < rounds.length; r++) {
      const cell = grid.get(`${a}:${r}`);
      if (cell !== undefined) found.push(cell);
    }
  }
  return { theme, rounds, areas: areas.map((a) => a.text), ratings: found };
}
