import { labelKey } from "../core/label-key";
import type { ReadRequest } from "../core/workbook-host";
import type { BlockSnapshot, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../core/workbook-snapshot";
import { isResponseTooLarge } from "./error-messages";
import type { BlockToRead } from "./read-in-parts";

interface ValuesRead {
  readonly sheet: string;
  readonly range: Excel.Range;
  /** Set when the values were read in parts, after Excel on the web refused them in one answer. */
  values?: unknown[][];
}

/**
 * When the one read of every value is refused for its size (Excel on the web answers at most 5 MB),
 * learns the addresses in one more round trip and reads the values in runs of rows.
 */
async function readLargeValues(context: Excel.RequestContext, reads: readonly ValuesRead[]): Promise<void> {
  for (const read of reads) read.range.load("address");
  await context.sync();
  const blocks: BlockToRead[] = reads.flatMap((read) => (read.range.isNullObject ? [] : [{ sheet: read.sheet, address: read.range.address }]));
  // Loaded only for a workbook past the limit.
  const { readValuesInParts } = await import(/* webpackChunkName: "excel-large-reads" */ "./read-in-parts");
  const values = await readValuesInParts(context, blocks);
  let next = 0;
  for (const read of reads) if (!read.range.isNullObject) read.values = values[next++] ?? [];
}

/**
 * Reads what the add-in owns. The first round trip learns which sheets, tables and names exist;
 * the second, only when something the request names exists, reads those cells. Two round trips at
 * most, whatever the size of the workbook, unless Excel on the web refuses an answer past 5 MB: then
 * the cells are read in runs of rows (read-in-parts.ts).
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

  // Every range whose values are read, so that a refusal for size can read them again in parts.
  const tableValues = tableReads.map(({ table, range, below }) => ({
    whole: { sheet: table.worksheet.name, range } as ValuesRead,
    below: below ? ({ sheet: table.worksheet.name, range: below } as ValuesRead) : null,
  }));
  const sheetValues = sheetReads.map(({ name, used }) => ({ sheet: name, range: used }) as ValuesRead);
  const blockValues = blockReads.map(({ sheet, range }) => ({ sheet, range }) as ValuesRead);
  if (tableReads.length > 0 || sheetReads.length > 0 || blockReads.length > 0) {
    try {
      await context.sync();
    } catch (error) {
      if (!isResponseTooLarge(error)) throw error;
      await readLargeValues(context, [...tableValues.flatMap((t) => (t.below ? [t.whole, t.below] : [t.whole])), ...sheetValues, ...blockValues]);
    }
  }
  const valuesOf = (read: ValuesRead): unknown[][] => read.values ?? (read.range.values as unknown[][]);

  const snapshotTables: TableSnapshot[] = tableReads.map(({ table, range }, i) => {
    const read = tableValues[i] as (typeof tableValues)[number];
    return {
      name: table.name,
      sheet: table.worksheet.name,
      address: range.address,
      values: valuesOf(read.whole) as TableSnapshot["values"],
      ...(read.below ? { below: valuesOf(read.below) as NonNullable<TableSnapshot["below"]> } : {}),
    };
  });
  const snapshotSheets: SheetSnapshot[] = sheetReads.map(({ name, used }, i) =>
    used.isNullObject ? { name, usedAddress: null, values: [] } : { name, usedAddress: used.address, values: valuesOf(sheetValues[i] as ValuesRead) as SheetSnapshot["values"] },
  );
  const cells: BlockSnapshot[] = blockReads.map(({ sheet, address }, i) => ({ sheet, address, values: valuesOf(blockValues[i] as ValuesRead) as BlockSnapshot["values"] }));
  return { sheetNames, tableNames, tables: snapshotTables, sheets: snapshotSheets, names: definedNames, ...(request.cells ? { cells } : {}) };
}
