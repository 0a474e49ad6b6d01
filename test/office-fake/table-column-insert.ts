/**
 * `TableColumnCollection.add(index, values, name)`: a new column inside (or at the end of) a table.
 * As Excel's "Insert Table Columns", only the table's rows shift: every cell of those rows from the
 * insertion column rightwards moves one column right, with its contents, cell formats, validation and
 * conditional formats. Sheet column widths stay where they are.
 */
import { MAX_COLUMNS, containsCell, formatLocalAddress, intersects, lastRow, rect, type Rect } from "./addresses";
import { invalidArgument, invalidOperation, notImplemented } from "./errors";
import { normaliseHeaders, tablesOnSheet } from "./table-model";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

/** Where an area stands relative to the band of cells that shifts right. */
type Placement = "untouched" | "shift" | "widen" | "partial";

function placement(area: Rect, band: Rect): Placement {
  if (!intersects(area, band)) return "untouched";
  if (!rowsWithin(area, band)) return "partial";
  return area.column >= band.column ? "shift" : "widen";
}

function rowsWithin(area: Rect, band: Rect): boolean {
  return area.row >= band.row && lastRow(area) <= lastRow(band);
}

function moved(area: Rect, how: Placement): Rect {
  if (how === "shift") return rect(area.row, area.column + 1, area.rowCount, area.columnCount);
  if (how === "widen") return rect(area.row, area.column, area.rowCount, area.columnCount + 1);
  return area;
}

/** Inserts a blank column at `index` (0-based within the table; the column count means "at the end"). */
export function insertTableColumn(
  model: WorkbookModel,
  sheet: SheetModel,
  table: TableModel,
  index: unknown,
  name: unknown,
  location: string,
): void {
  model.assertWritable(sheet, location);
  const count = table.area.columnCount;
  const at = index === null || index === undefined || index === -1 ? count : index;
  if (typeof at !== "number" || !Number.isInteger(at) || at < 0 || at > count) {
    throw invalidArgument(`The column index ${String(index)} is outside the table (0 to ${count}).`, location);
  }
  if (name !== undefined && name !== null && typeof name !== "string") throw invalidArgument("A column name must be a string.", location);
  const column = table.area.column + at;
  if (column >= MAX_COLUMNS) throw invalidOperation("The table would extend beyond the last column of the sheet.", location);
  const band = rect(table.area.row, column, table.area.rowCount, MAX_COLUMNS - column);

  for (const [p] of sheet.contents.entries()) {
    if (p.column === MAX_COLUMNS - 1 && p.row >= band.row && p.row <= lastRow(band)) {
      throw invalidOperation("Inserting the column would push non-blank cells off the sheet.", location);
    }
  }
  const others = tablesOnSheet(model, sheet).filter((t) => t !== table && placement(t.area, band) !== "untouched");
  const blocking = others.find((t) => placement(t.area, band) !== "shift");
  if (blocking) {
    throw invalidOperation(`This operation is not allowed: it would shift cells of the table "${blocking.name}".`, location);
  }
  const rules = sheet.conditionalFormats.map((cf) => ({ cf, how: placement(cf.area, band) }));
  const regions = sheet.validation.all().map((region) => ({ region, how: placement(region.area, band) }));
  const partial = [...rules.map((r) => r.how), ...regions.map((r) => r.how)].includes("partial");
  if (partial) {
    throw notImplemented("inserting a table column beside a validation or conditional format that spans rows outside the table.", location);
  }

  shiftContents(sheet, band);
  sheet.formats.shiftRight(band);
  for (const { cf, how } of rules) cf.area = moved(cf.area, how);
  const changed = regions.filter((r) => r.how !== "untouched");
  for (const { region } of changed) sheet.validation.clear(region.area);
  for (const { region, how } of changed) sheet.validation.set(moved(region.area, how), region.entry);
  for (const other of others) other.area = moved(other.area, "shift");

  table.area = rect(table.area.row, table.area.column, table.area.rowCount, count + 1);
  if (typeof name === "string") sheet.contents.set(table.area.row, column, { value: name, formula: null, quotePrefix: false });
  normaliseHeaders(sheet, table);
  model.record({
    kind: "table.columns.add",
    sheet: sheet.name,
    address: formatLocalAddress(rect(table.area.row, column, table.area.rowCount, 1)),
    table: table.name,
    index: at,
    name: typeof name === "string" ? name : null,
  });
}

function shiftContents(sheet: SheetModel, band: Rect): void {
  const moving = [...sheet.contents.entries()].filter(([p]) => containsCell(band, p.row, p.column));
  for (const [p] of moving) sheet.contents.set(p.row, p.column, { value: "", formula: null, quotePrefix: false });
  for (const [p, content] of moving) sheet.contents.set(p.row, p.column + 1, content);
}
