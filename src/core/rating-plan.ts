import type { CellValue } from "./cell";
import { labelKey } from "./label-key";
import type { Plan } from "./plan";
import { matchRating } from "./rating-scale";
import { findRatedArea } from "./rated-area-lookup";
import { readWorkbook } from "./read-workbook";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** One rating chosen in the task pane. Areas and rounds are named, not numbered: rows may have moved. */
export interface RatingChoice {
  readonly round: string;
  readonly theme: string;
  readonly area: string;
  /** A level of the scale in any accepted spelling (the canonical label is written), or null to clear. */
  readonly level: string | null;
  /** The cell's text when the user chose; when the cell now holds something else nothing is written. */
  readonly expected?: string;
}

export type RatingDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly sheet: string; readonly address: string; readonly label: string | null }
  /** The cell already holds exactly that: nothing to write. */
  | { readonly kind: "unchanged"; readonly sheet: string; readonly address: string; readonly label: string | null }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

function refused(problem: string): RatingDecision {
  return { kind: "refused", problems: [problem] };
}

/**
 * Decides how to write one rating: the canonical label, as literal text, into the one cell where the
 * area's row meets the round's column, and nowhere else. Refuses when the area or round cannot be
 * found exactly once, the level is not on the scale, or the cell changed since the user looked.
 */
export function planRating(snapshot: WorkbookSnapshot, choice: RatingChoice): RatingDecision {
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  const { ratings, scale } = read.workbook;
  const sheet = ratings.source.sheet;

  const roundIndex = ratings.rounds.findIndex((r) => labelKey(r.label) === labelKey(choice.round));
  if (roundIndex < 0) return refused(`The Ratings table no longer has a round called "${choice.round}". Refresh the list and choose again.`);

  const found = findRatedArea(ratings, choice.theme, choice.area);
  if ("problem" in found) return refused(found.problem);
  const { area } = found;

  let label: string | null = null;
  if (choice.level !== null) {
    const match = matchRating(scale, choice.level);
    if (match.kind === "none") {
      return refused(`"${choice.level}" is not on the rating scale (${scale.levels.map((l) => l.label).join(", ")}).`);
    }
    label = match.level.label;
  }

  const cell = area.ratings[roundIndex];
  if (cell === undefined) return refused(`The rating cell of "${choice.area}" for "${choice.round}" could not be found.`);
  if (choice.expected !== undefined && cell.text !== choice.expected.trim()) {
    return refused(
      `${sheet}!${cell.address} changed since the list was shown: it now holds ${cell.text === "" ? "nothing" : `"${cell.text}"`}. Nothing was written; check the new value and choose again.`,
    );
  }
  if ((label === null && cell.match === "blank") || (label !== null && cell.raw === label)) {
    return { kind: "unchanged", sheet, address: cell.address, label };
  }
  const value: CellValue = label;
  const title = label === null ? `Clear the ${choice.round} rating of "${choice.area}"` : `Rate "${choice.area}" ${label} for ${choice.round}`;
  return {
    kind: "plan",
    plan: { title, steps: [{ kind: "setValues", sheet, address: cell.address, values: [[value]] }] },
    sheet,
    address: cell.address,
    label,
  };
}
