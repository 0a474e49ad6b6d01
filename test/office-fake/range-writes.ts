/**
 * Changes to cells, applied at sync: values/formulas (parsed as typed input), number formats, clearing,
 * column widths and the simple cell formats. Each logs one operation.
 */
import { cellCount, formatLocalAddress, lastColumn, type Rect } from "./addresses";
import { FakeErrorCodes, FakeOfficeError, invalidArgument } from "./errors";
import type { ChangeOrigin } from "./events";
import { afterCellsChanged, autoExpandTables } from "./table-model";
import { GENERAL_FORMAT, displayText, parseWrittenValue, type CellScalar } from "./values-parsing";
import { DEFAULT_COLUMN_WIDTH, type SheetModel, type WorkbookModel } from "./workbook-model";

/** Excel refuses to return more than this many cells from one range read. */
export const MAX_READ_CELLS = 5_000_000;

/** Excel's widest column: 255 characters, in points. */
const MAX_COLUMN_WIDTH = 1_789.5;

/** Builds a per-cell grid for a read, refusing reads Excel itself refuses. */
export function readGrid<T>(area: Rect, location: string, cell: (row: number, column: number) => T): T[][] {
  if (cellCount(area) > MAX_READ_CELLS) {
    throw new FakeOfficeError(
      FakeErrorCodes.rangeExceedsLimit,
      `The range has ${cellCount(area)} cells; Excel reads at most ${MAX_READ_CELLS} at a time.`,
      location,
    );
  }
  const grid: T[][] = [];
  for (let r = 0; r < area.rowCount; r += 1) {
    const line: T[] = [];
    for (let c = 0; c < area.columnCount; c += 1) line.push(cell(area.row + r, area.column + c));
    grid.push(line);
  }
  return grid;
}

/**
 * The written value for each cell. A 2D array must match the range exactly; a single non-array value is
 * applied to every cell.
 */
function cellInput(input: unknown, area: Rect, location: string): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows: unknown[] = input;
  const shapeOk =
    rows.length === area.rowCount && rows.every((row) => Array.isArray(row) && row.length === area.columnCount);
  if (!shapeOk) {
    const first: unknown = rows[0];
    const width = Array.isArray(first) ? first.length : "?";
    throw invalidArgument(
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (array ${rows.length}x${width}, range ${area.rowCount}x${area.columnCount}).`,
      location,
    );
  }
  return (r, c) => {
    const row: unknown = rows[r];
    return Array.isArray(row) ? (row as unknown[])[c] : undefined;
  };
}

export function numberFormatAt(sheet: SheetModel, row: number, column: number): string {
  return sheet.formats.numberFormat.get(row, column) ?? GENERAL_FORMAT;
}

export function cellValue(sheet: SheetModel, row: number, column: number): string | number | boolean {
  return sheet.contents.get(row, column)?.value ?? "";
}

export function cellFormula(sheet: SheetModel, row: number, column: number): string | number | boolean {
  const cell = sheet.contents.get(row, column);
  if (!cell) return "";
  return cell.formula ?? cell.value;
}

export function cellText(sheet: SheetModel, row: number, column: number): string {
  const cell = sheet.contents.get(row, column);
  if (!cell) return "";
  return displayText(cell.value, cell.formula, numberFormatAt(sheet, row, column));
}

/** Queues an onChanged event for changed contents (none for seeding, whose origin is null). */
function noteEdit(model: WorkbookModel, sheet: SheetModel, area: Rect, origin: ChangeOrigin | null, before: CellScalar | null): void {
  if (origin === null) return;
  const single = area.rowCount === 1 && area.columnCount === 1;
  const after = single ? (sheet.contents.get(area.row, area.column)?.value ?? "") : null;
  model.pendingEdits.push({ sheetId: sheet.id, area, origin, before: single ? before : null, after });
}

/** `range.values = ...` / `range.formulas = ...`: every string parsed as typed input. */
export function writeCells(
  model: WorkbookModel,
  sheet: SheetModel,
  area: Rect,
  input: unknown,
  kind: "values" | "formulas",
  location: string,
  origin: ChangeOrigin | null = "ThisLocalAddin",
): void {
  model.assertWritable(sheet, location);
  const valueAt = cellInput(input, area, location);
  // Parse everything first: a bad value fails the whole assignment, not half of it.
  const parsed = [];
  for (let r = 0; r < area.rowCount; r += 1) {
    for (let c = 0; c < area.columnCount; c += 1) {
      const row = area.row + r;
      const column = area.column + c;
      parsed.push({ row, column, input: parseWrittenValue(valueAt(r, c), numberFormatAt(sheet, row, column), location) });
    }
  }
  const before = sheet.contents.get(area.row, area.column)?.value ?? "";
  let firstRowHasContent = false;
  for (const { row, column, input: p } of parsed) {
    if (p.kind === "unchanged") continue;
    sheet.contents.set(row, column, { value: p.value, formula: p.formula, quotePrefix: p.quotePrefix });
    if (p.impliedFormat !== null && sheet.formats.numberFormat.get(row, column) === undefined) {
      sheet.formats.numberFormat.setCell(row, column, p.impliedFormat);
    }
    if (row === area.row && (p.value !== "" || p.formula !== null)) firstRowHasContent = true;
  }
  afterCellsChanged(model, sheet, area);
  autoExpandTables(model, sheet, area, firstRowHasContent);
  noteEdit(model, sheet, area, origin, before);
  model.record({ kind: kind === "values" ? "setValues" : "setFormulas", sheet: sheet.name, address: formatLocalAddress(area) });
}

export function writeNumberFormats(model: WorkbookModel, sheet: SheetModel, area: Rect, input: unknown, location: string): void {
  model.assertWritable(sheet, location);
  const formatAt = cellInput(input, area, location);
  const formats: Array<{ r: number; c: number; format: string | null }> = [];
  for (let r = 0; r < area.rowCount; r += 1) {
    for (let c = 0; c < area.columnCount; c += 1) {
      const f = formatAt(r, c);
      if (f !== null && typeof f !== "string") throw invalidArgument(`A number format must be a string or null, got ${typeof f}.`, location);
      formats.push({ r, c, format: f });
    }
  }
  const first = formats[0]?.format ?? null;
  if (!Array.isArray(input) || formats.every((f) => f.format === first && first !== null)) {
    if (first !== null) sheet.formats.numberFormat.setArea(area, first);
  } else {
    for (const { r, c, format } of formats) {
      if (format !== null) sheet.formats.numberFormat.setCell(area.row + r, area.column + c, format);
    }
  }
  model.record({ kind: "setNumberFormat", sheet: sheet.name, address: formatLocalAddress(area) });
}

export type ClearTarget = "All" | "Contents" | "Formats";

export function clearCells(model: WorkbookModel, sheet: SheetModel, area: Rect, applyTo: unknown, location: string): void {
  const target = applyTo ?? "All";
  if (target !== "All" && target !== "Contents" && target !== "Formats") {
    throw invalidArgument(`clear("${String(target)}") is not modelled; use "All", "Contents" or "Formats".`, location);
  }
  model.assertWritable(sheet, location);
  const before = sheet.contents.get(area.row, area.column)?.value ?? "";
  if (target !== "Formats") sheet.contents.clear(area);
  if (target !== "Formats") noteEdit(model, sheet, area, "ThisLocalAddin", before);
  if (target !== "Contents") sheet.formats.clear(area);
  afterCellsChanged(model, sheet, area);
  model.record({ kind: "clear", sheet: sheet.name, address: formatLocalAddress(area), applyTo: target });
}

function columnsOf(area: Rect): number[] {
  const columns: number[] = [];
  for (let c = area.column; c <= lastColumn(area); c += 1) columns.push(c);
  return columns;
}

export function columnWidthOf(sheet: SheetModel, column: number): number {
  return sheet.columnWidths.get(column) ?? DEFAULT_COLUMN_WIDTH;
}

export function setColumnWidth(model: WorkbookModel, sheet: SheetModel, area: Rect, width: unknown, location: string): void {
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH) {
    throw invalidArgument(`A column width must be a number of points from 0 to ${MAX_COLUMN_WIDTH}.`, location);
  }
  model.assertWritable(sheet, location);
  for (const column of columnsOf(area)) sheet.columnWidths.set(column, width);
  model.record({ kind: "columnWidth", sheet: sheet.name, address: formatLocalAddress(area), width });
}

/**
 * Autofit looks at the whole column, not only the range (office-js#5999). The width is a fake heuristic
 * (6 points a character plus padding): tests can tell an autofit column from an untouched one, nothing more.
 */
export function autofitColumns(model: WorkbookModel, sheet: SheetModel, area: Rect, location: string): void {
  model.assertWritable(sheet, location);
  const longest = new Map<number, number>();
  for (const [position] of sheet.contents.entries()) {
    if (position.column < area.column || position.column > lastColumn(area)) continue;
    const text = cellText(sheet, position.row, position.column);
    longest.set(position.column, Math.max(longest.get(position.column) ?? 0, text.length));
  }
  for (const column of columnsOf(area)) {
    const chars = longest.get(column);
    sheet.columnWidths.set(column, chars === undefined ? DEFAULT_COLUMN_WIDTH : Math.min(MAX_COLUMN_WIDTH, chars * 6 + 6));
  }
  model.record({ kind: "autofitColumns", sheet: sheet.name, address: formatLocalAddress(area) });
}
