/**
 * Excel tables as data on a sheet: creation rules (header-only range gets a blank data row, no overlaps,
 * unique workbook-wide names), header cells that are always unique text, and auto-expansion when values
 * are written into the row just below a table.
 */
import { intersects, lastColumn, lastRow, rect, formatLocalAddress, type Rect, MAX_ROWS } from "./addresses";
import { invalidArgument, notImplemented } from "./errors";
import { definedNameProblem, sameName } from "./naming-rules";
import { displayText } from "./values-parsing";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";

export function headerArea(table: TableModel): Rect {
  return rect(table.area.row, table.area.column, 1, table.area.columnCount);
}

/** Excel tables always keep at least one data row, so the body is never empty. */
export function bodyArea(table: TableModel): Rect {
  return rect(table.area.row + 1, table.area.column, table.area.rowCount - 1, table.area.columnCount);
}

export function tablesOnSheet(model: WorkbookModel, sheet: SheetModel): TableModel[] {
  return model.tables.filter((t) => t.sheetId === sheet.id);
}

export function headerNames(sheet: SheetModel, table: TableModel): string[] {
  const names: string[] = [];
  for (let c = 0; c < table.area.columnCount; c += 1) {
    const cell = sheet.contents.get(table.area.row, table.area.column + c);
    names.push(cell ? String(cell.value) : "");
  }
  return names;
}

/** Header cells hold unique, non-blank text: Excel converts numbers, fills blanks, numbers duplicates. */
export function normaliseHeaders(sheet: SheetModel, table: TableModel): void {
  const taken: string[] = [];
  for (let c = 0; c < table.area.columnCount; c += 1) {
    const row = table.area.row;
    const column = table.area.column + c;
    const cell = sheet.contents.get(row, column);
    let text = cell ? (cell.formula ?? displayText(cell.value, null, "General")) : "";
    if (text === "") text = `Column${c + 1}`;
    let unique = text;
    for (let n = 2; taken.some((t) => sameName(t, unique)); n += 1) unique = `${text}${n}`;
    taken.push(unique);
    sheet.contents.set(row, column, { value: unique, formula: null, quotePrefix: cell?.quotePrefix ?? false });
  }
}

export function checkTableName(model: WorkbookModel, name: unknown, exceptId: string | null, location: string): string {
  const problem = definedNameProblem(name, "table");
  if (problem !== null || typeof name !== "string") throw invalidArgument(problem ?? "Invalid table name.", location);
  model.assertNameFree(name, exceptId, location);
  return name;
}

function nextTableName(model: WorkbookModel): string {
  for (let n = 1; ; n += 1) {
    const candidate = `Table${n}`;
    if (!model.tableByName(candidate) && !model.nameByName(candidate)) return candidate;
  }
}

/** `tables.add`: the table covers `area`, plus one blank data row when `area` is only a header row. */
export function addTable(model: WorkbookModel, sheet: SheetModel, area: Rect, hasHeaders: unknown, location: string): TableModel {
  if (hasHeaders !== true) {
    throw notImplemented("tables.add with hasHeaders false (Excel would insert a header row).", location);
  }
  model.assertWritable(sheet, location);
  const full = area.rowCount === 1 ? rect(area.row, area.column, 2, area.columnCount) : area;
  if (lastRow(full) >= MAX_ROWS) throw invalidArgument("The table would extend beyond the last row of the sheet.", location);
  const clash = tablesOnSheet(model, sheet).find((t) => intersects(t.area, full));
  if (clash) {
    throw invalidArgument(`A table can't overlap another table: ${formatLocalAddress(full)} overlaps "${clash.name}".`, location);
  }
  const table: TableModel = {
    id: model.newId("table"),
    name: nextTableName(model),
    sheetId: sheet.id,
    area: full,
    style: DEFAULT_TABLE_STYLE,
    showBandedRows: true,
    showBandedColumns: false,
    showFilterButton: true,
  };
  model.tables.push(table);
  normaliseHeaders(sheet, table);
  return table;
}

/** After cells changed: keep header rows valid. */
export function afterCellsChanged(model: WorkbookModel, sheet: SheetModel, area: Rect): void {
  for (const table of tablesOnSheet(model, sheet)) {
    if (intersects(headerArea(table), area)) normaliseHeaders(sheet, table);
  }
}

/**
 * Writing values into the row right below a table, inside its columns, grows the table (Microsoft's
 * recommended bulk-append: `getDataBodyRange().getRowsBelow(n).values = ...`). A first row with nothing
 * in it does not. Rules and validation that cover a whole table column grow with it.
 */
export function autoExpandTables(
  model: WorkbookModel,
  sheet: SheetModel,
  area: Rect,
  firstRowHasContent: boolean,
): void {
  if (!firstRowHasContent) return;
  for (const table of tablesOnSheet(model, sheet)) {
    const below = lastRow(table.area) + 1;
    if (area.row !== below || area.column < table.area.column || lastColumn(area) > lastColumn(table.area)) continue;
    const oldBody = bodyArea(table);
    const grown = rect(table.area.row, table.area.column, table.area.rowCount + area.rowCount, table.area.columnCount);
    if (tablesOnSheet(model, sheet).some((t) => t !== table && intersects(t.area, grown))) continue;
    table.area = grown;
    growColumnRules(sheet, oldBody, bodyArea(table));
  }
}

function growColumnRules(sheet: SheetModel, oldBody: Rect, newBody: Rect): void {
  const coversColumnsOfBody = (a: Rect): boolean =>
    a.row === oldBody.row && a.rowCount === oldBody.rowCount && a.column >= oldBody.column && lastColumn(a) <= lastColumn(oldBody);
  for (const cf of sheet.conditionalFormats) {
    if (coversColumnsOfBody(cf.area)) cf.area = rect(newBody.row, cf.area.column, newBody.rowCount, cf.area.columnCount);
  }
  for (const region of [...sheet.validation.all()]) {
    if (coversColumnsOfBody(region.area)) {
      sheet.validation.set(rect(newBody.row, region.area.column, newBody.rowCount, region.area.columnCount), region.entry);
    }
  }
}
