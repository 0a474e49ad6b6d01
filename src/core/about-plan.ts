import { blockAddress, cellAddress, parseBlock } from "./a1";
import { aboutRows, aboutTableSteps, type About } from "./about";
import { labelKey } from "./label-key";
import type { PlanStep } from "./plan";
import { cellText } from "./ratings-columns";
import type { SheetBlock } from "./workbook-host";
import { ABOUT_COLUMNS, ABOUT_DETAILS, LISTS_LAYOUT, SHEETS, TABLES } from "./workbook-contract";
import { findSheetName, findTable } from "./workbook-lookup";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** Where a new About table goes on the Lists sheet: read these cells first to check they are empty. */
export const ABOUT_CELLS: SheetBlock = {
  sheet: SHEETS.lists,
  address: blockAddress({ top: 0, left: LISTS_LAYOUT.aboutColumn, rows: 1 + aboutRows({ organisation: null, framework: null }).length, columns: ABOUT_COLUMNS.length }),
};

export interface AboutChange {
  readonly steps: readonly PlanStep[];
  readonly notes: readonly string[];
}

function filled(values: readonly (readonly unknown[])[]): boolean {
  return values.some((row) => row.some((cell) => cellText(cell) !== ""));
}

/**
 * Records `wanted` in a workbook that may predate the About table. With the table: blank Value
 * cells are filled, and a different value already there is kept (and named in a note), never
 * replaced. Without it: the table is added on the Lists sheet when its cells there are known to be
 * empty (the snapshot read ABOUT_CELLS); otherwise a note says why nothing was recorded.
 */
export function recordAbout(snapshot: WorkbookSnapshot, wanted: About): AboutChange {
  const table = findTable(snapshot, TABLES.about);
  if (table) return fillAboutTable(table.sheet, table.address, table.values, wanted);
  const lists = findSheetName(snapshot, SHEETS.lists);
  if (lists === undefined) return { steps: [], notes: [`The workbook has no ${SHEETS.lists} sheet, so there is nowhere to keep the ${TABLES.about} table.`] };
  const cells = snapshot.cells?.find((c) => labelKey(c.sheet) === labelKey(lists) && c.address === ABOUT_CELLS.address);
  if (cells === undefined || filled(cells.values)) {
    const where = `${lists}!${ABOUT_CELLS.address}`;
    return { steps: [], notes: [`The ${TABLES.about} table (the organisation and framework) was not added: ${cells === undefined ? `the cells ${where} could not be checked` : `the cells ${where} are not empty`}.`] };
  }
  return { steps: aboutTableSteps(lists, wanted), notes: [] };
}

function fillAboutTable(sheet: string, address: string, values: readonly (readonly unknown[])[], wanted: About): AboutChange {
  const block = parseBlock(address);
  const [header = [], ...body] = values;
  const keys = header.map((cell) => labelKey(cellText(cell)));
  const detail = keys.indexOf(labelKey(ABOUT_COLUMNS[0]));
  const value = keys.indexOf(labelKey(ABOUT_COLUMNS[1]));
  if (!block || detail < 0 || value < 0) return { steps: [], notes: [`The ${TABLES.about} table has no "${ABOUT_COLUMNS[0]}" and "${ABOUT_COLUMNS[1]}" columns, so it was left as it is.`] };
  const steps: PlanStep[] = [];
  const notes: string[] = [];
  const entries: [string, string | null][] = [
    [ABOUT_DETAILS.organisation, wanted.organisation],
    [ABOUT_DETAILS.framework, wanted.framework],
  ];
  for (const [name, text] of entries) {
    if (text === null || text.trim() === "") continue;
    const index = body.findIndex((row) => labelKey(cellText(row[detail])) === labelKey(name));
    if (index < 0) {
      notes.push(`The ${TABLES.about} table has no "${name}" row, so "${text}" was not recorded; add the row to record it.`);
      continue;
    }
    const current = cellText(body[index]?.[value]);
    if (current === "") steps.push({ kind: "setValues", sheet, address: cellAddress(block.top + 1 + index, block.left + value), values: [[text.trim()]] });
    else if (labelKey(current) !== labelKey(text)) notes.push(`The ${TABLES.about} table already names the ${name.toLowerCase()} "${current}"; it was kept (the review says "${text.trim()}").`);
  }
  return { steps, notes };
}
