import { parseBlock, type CellBlock } from "./a1";
import { labelKey } from "./label-key";
import type { SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "./workbook-snapshot";

/** Lookups over a snapshot that ignore case, as Excel does for sheet, table and defined names. */
export function findTable(snapshot: WorkbookSnapshot, name: string): TableSnapshot | undefined {
  return snapshot.tables.find((t) => labelKey(t.name) === labelKey(name));
}

export function findSheetName(snapshot: WorkbookSnapshot, name: string): string | undefined {
  return snapshot.sheetNames.find((s) => labelKey(s) === labelKey(name));
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => labelKey(s.name) === labelKey(name));
}

/** A table's block on its sheet and its data body (the rows under the header). */
export function tableBlocks(table: TableSnapshot): { whole: CellBlock; body: CellBlock } | null {
  const whole = parseBlock(table.address);
  if (!whole || whole.rows < 2) return null;
  return { whole, body: { top: whole.top + 1, left: whole.left, rows: whole.rows - 1, columns: whole.columns } };
}

/** True when two blocks share at least one cell. */
export function blocksOverlap(a: CellBlock, b: CellBlock): boolean {
  return a.left < b.left + b.columns && b.left < a.left + a.columns && a.top < b.top + b.rows && b.top < a.top + a.rows;
}
