import type { Table, Worksheet } from "exceljs";

/** What exceljs keeps of a table; its typings do not describe the model. */
export interface TableModel {
  readonly name: string;
  /** The whole table, header included, e.g. "A1:F11". */
  readonly tableRef: string;
}

export function tableModel(table: Table): TableModel {
  const model = (table as unknown as { model: { name?: unknown; tableRef?: unknown; ref?: unknown } }).model;
  const name = typeof model.name === "string" ? model.name : "";
  const tableRef = typeof model.tableRef === "string" ? model.tableRef : typeof model.ref === "string" ? model.ref : "";
  return { name, tableRef };
}

/** Every table on a sheet, in the order the file lists them. */
export function sheetTables(worksheet: Worksheet): Table[] {
  // exceljs types getTables() as [Table, void][], but it returns the tables themselves.
  return worksheet.getTables() as unknown as Table[];
}

/**
 * A table without a style (LibreOffice writes them so) loads into exceljs with a null style, which
 * exceljs then fails to write. Give such tables an empty style: no name, no stripes, as they were.
 */
export function repairLoadedTableStyles(worksheets: readonly Worksheet[]): void {
  for (const worksheet of worksheets) {
    for (const table of sheetTables(worksheet)) {
      const model = (table as unknown as { model: { style?: unknown } }).model;
      if (model.style === null || typeof model.style !== "object") {
        model.style = { showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
  }
}
