import type { Workbook, Worksheet } from "exceljs";
import { blockAddress, parseBlock, type CellBlock } from "../core/a1";
import { labelKey } from "../core/label-key";
import type { ReadRequest } from "../core/workbook-host";
import type { BlockSnapshot, DefinedName, SheetSnapshot, TableLocation, TableSnapshot, WorkbookSnapshot } from "../core/workbook-snapshot";
import { rawCell } from "./xlsx-cells";
import type { StoredName } from "./xlsx-package";
import { sheetTables, tableModel } from "./xlsx-tables";

/** The same snapshot the Excel host reads: sheet and table names, the requested cells, workbook names. */
export function readXlsxSnapshot(workbook: Workbook, names: readonly StoredName[], request: ReadRequest): WorkbookSnapshot {
  const worksheets = workbook.worksheets;
  const tableNames: TableLocation[] = [];
  const tables: TableSnapshot[] = [];
  const wantedTables = new Set(request.tables.map(labelKey));
  const sheetsWithTables = new Set<string>();
  for (const worksheet of worksheets) {
    for (const table of sheetTables(worksheet)) {
      const model = tableModel(table);
      tableNames.push({ name: model.name, sheet: worksheet.name });
      const claimed = parseBlock(model.tableRef);
      if (!wantedTables.has(labelKey(model.name)) || !claimed) continue;
      // Rows past the last row the sheet holds are empty: a table claiming a million of them is
      // read as far as the sheet goes, so that reading costs what the data costs.
      const block = { ...claimed, rows: Math.max(1, Math.min(claimed.rows, worksheet.rowCount - claimed.top)) };
      sheetsWithTables.add(labelKey(worksheet.name));
      const below = request.rowsBelow ? blockValues(worksheet, { top: block.top + block.rows, left: block.left, rows: request.rowsBelow, columns: block.columns }) : undefined;
      tables.push({
        name: model.name,
        sheet: worksheet.name,
        address: `${worksheet.name}!${blockAddress(block)}`,
        values: blockValues(worksheet, block),
        ...(below ? { below } : {}),
      });
    }
  }
  const wantedSheets = new Set(request.sheets.map(labelKey));
  const sheets: SheetSnapshot[] = worksheets
    .filter((ws) => wantedSheets.has(labelKey(ws.name)) && !sheetsWithTables.has(labelKey(ws.name)))
    .map((ws) => {
      const used = usedBlock(ws);
      return used
        ? { name: ws.name, usedAddress: `${ws.name}!${blockAddress(used)}`, values: blockValues(ws, used) }
        : { name: ws.name, usedAddress: null, values: [] };
    });
  const definedNames: DefinedName[] = names.filter((n) => n.localSheetId === null).map((n) => ({ name: n.name, formula: n.formula }));
  const cells: BlockSnapshot[] = (request.cells ?? []).flatMap((wanted) => {
    const ws = worksheets.find((w) => labelKey(w.name) === labelKey(wanted.sheet));
    const block = parseBlock(wanted.address);
    return ws && block ? [{ sheet: ws.name, address: wanted.address, values: blockValues(ws, block) }] : [];
  });
  return { sheetNames: worksheets.map((ws) => ws.name), tableNames, tables, sheets, names: definedNames, ...(request.cells ? { cells } : {}) };
}

export function blockValues(worksheet: Worksheet, block: CellBlock): unknown[][] {
  const rows: unknown[][] = [];
  for (let r = 0; r < block.rows; r++) {
    const row = worksheet.getRow(block.top + r + 1);
    const values: unknown[] = [];
    for (let c = 0; c < block.columns; c++) values.push(rawCell(row.getCell(block.left + c + 1).value));
    rows.push(values);
  }
  return rows;
}

/** The smallest block holding every cell with a value, as Excel's used range "values only"; null when none. */
export function usedBlock(worksheet: Worksheet): CellBlock | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const value = rawCell(cell.value);
      if (value === "") return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, columnNumber - 1);
      right = Math.max(right, columnNumber - 1);
    });
  });
  if (bottom < 0) return null;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}
