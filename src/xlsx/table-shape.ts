import type { Table, Worksheet } from "exceljs";
import { blockAddress, cellAddress, parseBlock, type CellBlock } from "../core/a1";
import { conditionalFormats, validationModel } from "./sheet-rules";

/** exceljs's table model, as far as resizing needs it. */
interface TableInternals {
  ref: string;
  tableRef: string;
  autoFilterRef: string;
  columns: { name: string; filterButton?: boolean }[];
  rows: unknown[][];
}

function internals(table: Table): TableInternals {
  return (table as unknown as { model: TableInternals }).model;
}

/**
 * Makes a table cover `block` (header row first), with these column names. exceljs keeps a copy of
 * the rows, which it writes back to the sheet if the table is ever committed; it is refreshed from
 * the sheet so that it can never overwrite what the plan wrote.
 */
export function reshapeTable(sheet: Worksheet, table: Table, block: CellBlock, columnNames: readonly string[]): void {
  const model = internals(table);
  model.ref = cellAddress(block.top, block.left);
  model.tableRef = blockAddress(block);
  model.autoFilterRef = blockAddress(block);
  const before = new Map(model.columns.map((c) => [c.name.toLowerCase(), c]));
  model.columns = columnNames.map((name) => ({ ...(before.get(name.toLowerCase()) ?? { filterButton: true }), name }));
  model.rows = [];
  for (let r = 1; r < block.rows; r++) {
    const row = sheet.getRow(block.top + r + 1);
    model.rows.push(columnNames.map((_, c) => row.getCell(block.left + c + 1).value));
  }
}

/**
 * Grows rules that cover whole columns of a table's body down to its new last row, as Excel does
 * when a table grows: dropdowns and colours follow the new rows.
 */
export function extendBodyRules(sheet: Worksheet, oldBody: CellBlock, newBottom: number): void {
  const grow = (b: CellBlock): CellBlock =>
    b.top === oldBody.top && b.top + b.rows === oldBody.top + oldBody.rows && b.left >= oldBody.left && b.left + b.columns <= oldBody.left + oldBody.columns
      ? { ...b, rows: newBottom - b.top + 1 }
      : b;
  mapRuleBlocks(sheet, grow);
}

/**
 * Inserting a column into a table's rows at sheet column `column` moves rules right of it one
 * column right, and widens rules that span it, within the table's rows.
 */
export function shiftRulesRight(sheet: Worksheet, rows: CellBlock, column: number): void {
  const shift = (b: CellBlock): CellBlock => {
    const inRows = b.top >= rows.top && b.top + b.rows <= rows.top + rows.rows;
    if (!inRows) return b;
    if (b.left >= column) return { ...b, left: b.left + 1 };
    if (b.left + b.columns > column) return { ...b, columns: b.columns + 1 };
    return b;
  };
  mapRuleBlocks(sheet, shift);
}

function mapRuleBlocks(sheet: Worksheet, map: (b: CellBlock) => CellBlock): void {
  const model = validationModel(sheet);
  const entries = Object.entries(model);
  for (const [address] of entries) delete model[address];
  for (const [address, rule] of entries) {
    const block = parseBlock(address);
    model[block ? blockAddress(map(block)) : address] = rule;
  }
  for (const format of conditionalFormats(sheet)) {
    format.ref = format.ref
      .split(/\s+/)
      .filter((p) => p !== "")
      .map((p) => {
        const block = parseBlock(p);
        return block ? blockAddress(map(block)) : p;
      })
      .join(" ");
  }
}
