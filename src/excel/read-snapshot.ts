import { labelKey } from "../core/label-key";
import type { ReadRequest } from "../core/workbook-host";
import type { BlockSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../core/workbook-snapshot";

/**
 * Reads what the add-in owns. The first round trip learns which sheets, tables and names exist;
 * the second, only when something the request names exists, reads those cells. Two round trips at
 * most, whatever the size of the workbook.
 */
export async function readSnapshot(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookSnapshot> {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load("items/name");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const names = workbook.names.load("items/name,items/formula,items/type");
  await context.sync();

  const sheetNames = worksheets.items.map((ws) => ws.name);
  const tableNames = tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name }));
  const definedNames = names.items.map((n) => ({ name: n.name, formula: String(n.formula ?? "") }));

  const wantedTables = new Set(request.tables.map(labelKey));
  const tableReads = tables.items
    .filter((t) => wantedTables.has(labelKey(t.name)))
    .map((t) => ({
      table: t,
      range: t.getRange().load("address,values"),
      below: request.rowsBelow ? t.getRange().getRowsBelow(request.rowsBelow).load("values") : null,
    }));

  const sheetsWithTables = new Set(tableReads.map((r) => labelKey(r.table.worksheet.name)));
  const wantedSheets = new Set(request.sheets.map(labelKey));
  const sheetReads = worksheets.items
    .filter((ws) => wantedSheets.has(labelKey(ws.name)) && !sheetsWithTables.has(labelKey(ws.name)))
    .map((ws) => ({ name: ws.name, used: ws.getUsedRangeOrNullObject(true).load("address,values") }));

  const blockReads = (request.cells ?? [])
    .map((block) => ({ block, sheet: worksheets.items.find((ws) => labelKey(ws.name) === labelKey(block.sheet)) }))
    .flatMap(({ block, sheet }) => (sheet ? [{ sheet: sheet.name, address: block.address, range: sheet.getRange(block.address).load("values") }] : []));

  if (tableReads.length > 0 || sheetReads.length > 0 || blockReads.length > 0) await context.sync();

  const snapshotTables: TableSnapshot[] = tableReads.map(({ table, range, below }) => ({
    name: table.name,
    sheet: table.worksheet.name,
    address: range.address,
    values: range.values,
    ...(below ? { below: below.values } : {}),
  }));
  const snapshotSheets: SheetSnapshot[] = sheetReads.map(({ name, used }) =>
    used.isNullObject ? { name, usedAddress: null, values: [] } : { name, usedAddress: used.address, values: used.values },
  );
  const cells: BlockSnapshot[] = blockReads.map(({ sheet, address, range }) => ({ sheet, address, values: range.values }));
  return { sheetNames, tableNames, tables: snapshotTables, sheets: snapshotSheets, names: definedNames, ...(request.cells ? { cells } : {}) };
}
