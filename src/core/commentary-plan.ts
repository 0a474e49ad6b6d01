import { blockAddress } from "./a1";
import type { CellValue } from "./cell";
import { commentaryRows, commentaryText, paragraphsOf, sameKey, type CommentaryKey, type CommentaryTable } from "./commentary";
import { labelKey } from "./label-key";
import type { Plan, PlanStep } from "./plan";
import { printSteps } from "./print-plan";
import type { RatingWorkbook } from "./rating-workbook";
import { readWorkbook } from "./read-workbook";
import { addRowsSteps } from "./table-rows-plan";
import { COMMENTARY_COLUMNS, COMMENTARY_SHEET, SHEETS, TABLE_STYLE, TABLES } from "./workbook-contract";
import { findSheet, findSheetName, findTable } from "./workbook-lookup";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** Longest commentary accepted for one area and round: about ten pages of text. */
export const MAX_COMMENTARY = 30_000;

/** What the pane sends: the key, the new text, and the text it showed (nothing is written if that changed). */
export interface CommentaryEdit extends CommentaryKey {
  readonly text: string;
  readonly shown: string;
}

export type CommentaryDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly paragraphs: number }
  | { readonly kind: "unchanged" }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

const WIDTHS = [22, 26, 14, 90] as const;

/**
 * Where a new Commentary sheet goes in the tab order: right after the Ratings, Actions and Lists
 * sheets (which Set up puts first, also when it runs in the same plan), not after whatever blank
 * sheet the workbook started with.
 */
function besideContractSheets(snapshot: WorkbookSnapshot): number {
  const found = Object.values(SHEETS)
    .map((name) => snapshot.sheetNames.findIndex((s) => labelKey(s) === labelKey(name)))
    .filter((index) => index >= 0);
  return found.length === 0 ? Object.values(SHEETS).length : Math.max(...found) + 1;
}

/**
 * A new Commentary sheet with its table (Theme, Area, Round, Commentary), laid out to print: the
 * commentary column wide and wrapped, rows fitted to their text, the header on every page.
 */
export function commentaryTableSteps(snapshot: WorkbookSnapshot, rows: readonly CellValue[][]): PlanStep[] {
  const existing = findSheetName(snapshot, COMMENTARY_SHEET);
  const sheet = existing ?? COMMENTARY_SHEET;
  const bodyRows = Math.max(rows.length, 1);
  return [
    ...(existing === undefined ? [{ kind: "addSheet" as const, sheet, position: besideContractSheets(snapshot) }] : []),
    {
      kind: "addTable",
      sheet,
      table: TABLES.commentary,
      address: blockAddress({ top: 0, left: 0, rows: 1 + bodyRows, columns: COMMENTARY_COLUMNS.length }),
      header: [...COMMENTARY_COLUMNS],
      rows: rows.map((row) => [...row]),
      style: TABLE_STYLE,
    },
    { kind: "columnLayout", sheet, columns: WIDTHS.map((width, column) => ({ column, width, wrap: true })) },
    { kind: "freezeRows", sheet, rows: 1 },
    ...printSteps(sheet, { first: 0, count: 1 + bodyRows }, 0),
  ];
}

/** Why a new Commentary table cannot be made here, or null: a sheet of that name with content of its own. */
export function commentarySheetProblem(snapshot: WorkbookSnapshot): string | null {
  const sheet = findSheet(snapshot, COMMENTARY_SHEET);
  if (sheet && sheet.usedAddress !== null) {
    return `The sheet "${sheet.name}" already has content but no ${TABLES.commentary} table, so commentary cannot be kept there. Rename that sheet, then try again.`;
  }
  const taken = snapshot.tableNames.find((t) => labelKey(t.name) === labelKey(TABLES.commentary));
  if (taken) return `The table "${taken.name}" on the sheet "${taken.sheet}" could not be read as the commentary (it needs Theme, Round and Commentary columns).`;
  return null;
}

function keyProblems(workbook: RatingWorkbook, key: CommentaryKey): string[] {
  const { ratings } = workbook;
  if (!ratings.rounds.some((r) => labelKey(r.label) === labelKey(key.round))) {
    return [`The Ratings table has no round "${key.round}". Refresh the list and try again.`];
  }
  const inTheme = ratings.areas.filter((a) => labelKey(a.theme) === labelKey(key.theme));
  if (inTheme.length === 0) return [`The Ratings table has no theme "${key.theme}". Refresh the list and try again.`];
  if (key.area.trim() !== "" && !inTheme.some((a) => labelKey(a.area) === labelKey(key.area))) {
    return [`The theme "${key.theme}" has no area "${key.area}" in the Ratings table. Refresh the list and try again.`];
  }
  return [];
}

/** A row of the table with this key and paragraph, in the table's own column order. */
function tableRow(table: CommentaryTable, key: CommentaryKey, paragraph: string | null): CellValue[] {
  const row: CellValue[] = Array.from({ length: table.source.columns }, () => null);
  const put = (column: number, value: string | null): void => {
    if (column >= 0) row[column] = value;
  };
  put(table.columns.theme, paragraph === null ? null : key.theme);
  put(table.columns.area, paragraph === null || key.area === "" ? null : key.area);
  put(table.columns.round, paragraph === null ? null : key.round);
  put(table.columns.text, paragraph);
  return row;
}

/**
 * Decides how to save one commentary (an area's, or a theme's with `area` blank, for one round):
 * its paragraphs go into the rows that held it, in order; more paragraphs are added at the bottom of
 * the table, fewer leave the surplus rows blank. The Commentary sheet and table are made the first
 * time. Refused when the text changed since it was shown, so nobody's words are overwritten unseen.
 */
export function planCommentary(snapshot: WorkbookSnapshot, edit: CommentaryEdit): CommentaryDecision {
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  const { workbook } = read;
  const problems = keyProblems(workbook, edit);
  if (edit.text.length > MAX_COMMENTARY) problems.push(`The commentary is ${edit.text.length} characters long; keep it to ${MAX_COMMENTARY} at most.`);
  if (problems.length > 0) return { kind: "refused", problems };
  const key: CommentaryKey = { theme: edit.theme.trim(), area: edit.area.trim(), round: edit.round.trim() };
  const table = workbook.commentary;
  const current = table ? commentaryText(table.paragraphs, key) : "";
  if (current !== edit.shown.trim()) {
    return { kind: "refused", problems: ["The commentary changed in the workbook since it was shown. Nothing was written; read it again, then make your change."] };
  }
  const paragraphs = paragraphsOf(edit.text);
  if (paragraphs.join("\n\n") === current) return { kind: "unchanged" };
  const title = `Save the ${key.round} commentary on "${key.area === "" ? key.theme : key.area}"`;

  if (table === null) {
    const problem = commentarySheetProblem(snapshot);
    if (problem) return { kind: "refused", problems: [problem] };
    return { kind: "plan", plan: { title, steps: commentaryTableSteps(snapshot, commentaryRows(key, edit.text)) }, paragraphs: paragraphs.length };
  }

  const { source } = table;
  const rows = table.paragraphs.filter((p) => sameKey(p, key)).map((p) => p.row);
  const steps: PlanStep[] = [];
  rows.forEach((row, i) => {
    const paragraph = paragraphs[i] ?? null;
    const address = blockAddress({ top: row, left: source.left, rows: 1, columns: source.columns });
    steps.push({ kind: "setValues", sheet: source.sheet, address, values: [tableRow(table, key, paragraph)] });
  });
  const extra = paragraphs.slice(rows.length).map((paragraph) => tableRow(table, key, paragraph));
  const body = findTable(snapshot, source.table ?? "")?.values.slice(1) ?? [];
  const added = addRowsSteps(snapshot, source, body, extra, `${TABLES.commentary} table`);
  if ("problem" in added) return { kind: "refused", problems: [added.problem] };
  steps.push(...added.steps);
  const lastRow = source.headerRow + body.length + Math.max(0, extra.length);
  steps.push({ kind: "fitRows", sheet: source.sheet, rows: { first: source.headerRow + 1, count: Math.max(lastRow - source.headerRow, 1) } });
  return { kind: "plan", plan: { title, steps }, paragraphs: paragraphs.length };
}
