/**
 * Row heights (`RangeFormat.rowHeight`, `autofitRows`, ExcelApi 1.2) and merged cells (`Range.merge`,
 * ExcelApi 1.2). Autofit is a fake heuristic: only "fitted or not" and "taller for more wrapped text" are
 * meaningful, never the exact points.
 */
import { containsCell, formatLocalAddress, intersects, lastColumn, lastRow, type Rect } from "./addresses";
import { invalidArgument, invalidOperation } from "./errors";
import { cellText, columnWidthOf } from "./range-writes";
import type { SheetModel, WorkbookModel } from "./workbook-model";

/** Excel's default row height for 11-point Calibri, in points. */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel's tallest row. */
export const MAX_ROW_HEIGHT = 409.5;
/** The fake's idea of a character's width, as in autofitColumns. */
const POINTS_PER_CHARACTER = 6;

export function rowHeightOf(sheet: SheetModel, row: number): number {
  return sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT;
}

/** Total height of `count` rows from `from`, in points (Range.top/height). */
export function sumHeights(sheet: SheetModel, from: number, count: number): number {
  let total = count * DEFAULT_ROW_HEIGHT;
  for (const [row, height] of sheet.rowHeights) if (row >= from && row < from + count) total += height - DEFAULT_ROW_HEIGHT;
  return total;
}

/** The common height of the rows of `area` (checked over at most 10,000 rows), or null when they differ. */
export function uniformRowHeight(sheet: SheetModel, area: Rect): number | null {
  const first = rowHeightOf(sheet, area.row);
  for (let row = area.row + 1; row < area.row + Math.min(area.rowCount, 10_000); row += 1) if (rowHeightOf(sheet, row) !== first) return null;
  return first;
}

export function setRowHeight(model: WorkbookModel, sheet: SheetModel, area: Rect, height: unknown, location: string): void {
  if (typeof height !== "number" || !Number.isFinite(height) || height < 0 || height > MAX_ROW_HEIGHT) {
    throw invalidArgument(`A row height must be a number of points from 0 to ${MAX_ROW_HEIGHT}.`, location);
  }
  model.assertWritable(sheet, location);
  for (let row = area.row; row <= lastRow(area); row += 1) sheet.rowHeights.set(row, height);
  model.record({ kind: "rowHeight", sheet: sheet.name, address: formatLocalAddress(area), height });
}

function isMerged(sheet: SheetModel, row: number, column: number): boolean {
  return sheet.merges.some((m) => containsCell(m, row, column));
}

/**
 * Fits the rows of `area` to their cells' text: a wrapped cell takes as many 15-point lines as its text
 * needs at 6 points a character in its column's width; merged cells are left out, as Excel leaves them out.
 */
export function autofitRows(model: WorkbookModel, sheet: SheetModel, area: Rect, location: string): void {
  model.assertWritable(sheet, location);
  const lines = new Map<number, number>();
  for (const [position] of sheet.contents.entries()) {
    if (position.row < area.row || position.row > lastRow(area) || isMerged(sheet, position.row, position.column)) continue;
    const text = cellText(sheet, position.row, position.column);
    const wrap = sheet.formats.wrapText.get(position.row, position.column) === true;
    const perLine = Math.max(1, Math.floor(columnWidthOf(sheet, position.column) / POINTS_PER_CHARACTER));
    const needed = wrap ? text.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0) : 1;
    const size = sheet.formats.fontSize.get(position.row, position.column) ?? 11;
    lines.set(position.row, Math.max(lines.get(position.row) ?? 0, (needed * size) / 11));
  }
  for (let row = area.row; row <= lastRow(area); row += 1) {
    const height = Math.min(MAX_ROW_HEIGHT, (lines.get(row) ?? 1) * DEFAULT_ROW_HEIGHT);
    if (height === DEFAULT_ROW_HEIGHT) sheet.rowHeights.delete(row);
    else sheet.rowHeights.set(row, height);
  }
  model.record({ kind: "autofitRows", sheet: sheet.name, address: formatLocalAddress(area) });
}

/**
 * Merges a block (or each of its rows, with `across`). Refused over a table or over another merged
 * block (InvalidOperation, a guess); the values of every cell but the first of each merged block are
 * cleared, as Excel keeps only the upper-left value.
 */
export function mergeRange(model: WorkbookModel, sheet: SheetModel, area: Rect, across: unknown, location: string): void {
  if (across !== undefined && typeof across !== "boolean") throw invalidArgument("across must be true or false.", location);
  model.assertWritable(sheet, location);
  if (model.tables.some((t) => t.sheetId === sheet.id && intersects(t.area, area))) {
    throw invalidOperation("Cells inside a table cannot be merged.", location);
  }
  if (sheet.merges.some((m) => intersects(m, area))) throw invalidOperation("The range overlaps cells that are already merged.", location);
  const blocks = across === true ? Array.from({ length: area.rowCount }, (_, i) => ({ ...area, row: area.row + i, rowCount: 1 })) : [area];
  for (const block of blocks) {
    if (block.rowCount === 1 && block.columnCount === 1) continue;
    for (let row = block.row; row <= lastRow(block); row += 1) {
      for (let column = block.column; column <= lastColumn(block); column += 1) {
        if (row !== block.row || column !== block.column) sheet.contents.set(row, column, { value: "", formula: null, quotePrefix: false });
      }
    }
    sheet.merges.push(block);
  }
  model.record({ kind: "merge", sheet: sheet.name, address: formatLocalAddress(area), across: across === true });
}
