import { cellAddress } from "./a1";
import type { Plan, PlanStep } from "./plan";
import { findRatedArea } from "./rated-area-lookup";
import { readWorkbook } from "./read-workbook";
import { RATINGS_COLUMNS, RATINGS_WIDTHS } from "./workbook-contract";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** The most text an Excel cell holds. */
export const MAX_NOTES = 32_767;

/** The Notes of one area, as edited in the pane: named by theme and area, with the text it showed. */
export interface NotesEdit {
  readonly theme: string;
  readonly area: string;
  readonly text: string;
  /** The Notes cell's text when the pane showed it; nothing is written if the cell now holds something else. */
  readonly expected: string;
}

export type NotesDecision =
  | {
      readonly kind: "plan";
      readonly plan: Plan;
      readonly sheet: string;
      readonly address: string;
      /** True when the table had no Notes column and the plan adds one at its right end. */
      readonly addsColumn: boolean;
    }
  | { readonly kind: "unchanged"; readonly sheet: string; readonly address: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

/**
 * Decides how to write an area's Notes: the text, literally, into the one cell of its row in the
 * Notes column. A Ratings table without a Notes column gets one at its right end first (as Set up
 * lays it out: header "Notes", wide and wrapped), in the same batch; a block that is not an Excel
 * table cannot grow a column, so that is refused with what to do. Refuses when the area is not
 * found exactly once or its Notes cell changed since the pane showed it.
 */
export function planAreaNotes(snapshot: WorkbookSnapshot, edit: NotesEdit): NotesDecision {
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  const { ratings } = read.workbook;
  const { source } = ratings;
  const sheet = source.sheet;
  const text = edit.text.trim();
  if (text.length > MAX_NOTES) {
    return { kind: "refused", problems: [`The notes are ${text.length} characters long; an Excel cell holds at most ${MAX_NOTES}.`] };
  }
  const found = findRatedArea(ratings, edit.theme, edit.area);
  if ("problem" in found) return { kind: "refused", problems: [found.problem] };
  const { area } = found;

  const column = ratings.notesColumn ?? source.left + source.columns;
  const address = cellAddress(area.row, column);
  if (area.notes !== edit.expected.trim()) {
    return {
      kind: "refused",
      problems: [
        `${sheet}!${address} changed since the pane showed it: it now holds ${area.notes === "" ? "nothing" : `"${shorten(area.notes)}"`}. Nothing was written; your text is still in the box, so check the cell and save again.`,
      ],
    };
  }
  if (area.notes === text) return { kind: "unchanged", sheet, address };

  const steps: PlanStep[] = [];
  if (ratings.notesColumn === null) {
    if (source.table === null) {
      return {
        kind: "refused",
        problems: [
          `The ratings on the sheet "${sheet}" have no ${RATINGS_COLUMNS.notes} column and are not an Excel table, so one cannot be added. Type "${RATINGS_COLUMNS.notes}" in the header row right of the last column, then save again.`,
        ],
      };
    }
    steps.push(
      { kind: "addTableColumn", sheet, table: source.table, index: source.columns, header: RATINGS_COLUMNS.notes },
      { kind: "columnLayout", sheet, columns: [{ column, width: RATINGS_WIDTHS.notes, wrap: true }] },
    );
  }
  steps.push({ kind: "setValues", sheet, address, values: [[text]] });
  const title = text === "" ? `Clear the notes of "${edit.area}"` : `Write the notes of "${edit.area}"`;
  return { kind: "plan", plan: { title, steps }, sheet, address, addsColumn: ratings.notesColumn === null };
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
