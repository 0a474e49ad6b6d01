/**
 * `Table.resize(newRange)` (ExcelApi 1.13): the new range must be on the table's sheet, keep the
 * header row where it is, overlap the old range and no other table; no cells move.
 */
import { formatLocalAddress, intersects, parseLocalAddress, splitSheetQualifier, type Rect } from "./addresses";
import { invalidArgument } from "./errors";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { normaliseHeaders, tablesOnSheet } from "./table-model";
import type { TableModel } from "./workbook-model";

export const TABLE_RESIZE_API = "1.13";

export function resizeTable(context: FakeRequestContext, table: TableModel, newRange: unknown, location: string): void {
  const model = context.model;
  const sheet = model.requireSheetById(table.sheetId, location);
  let area: Rect | null = null;
  if (newRange instanceof FakeRange) {
    context.assertSameContext(newRange, location);
    const ref = newRange.refFor(location);
    if (ref.sheet !== sheet) throw invalidArgument("The new range is on another worksheet than the table.", location);
    area = ref.area;
  } else if (typeof newRange === "string") {
    const split = splitSheetQualifier(newRange);
    if (split?.sheet != null && model.sheetByName(split.sheet) !== sheet) throw invalidArgument("The new range is on another worksheet.", location);
    area = split ? parseLocalAddress(split.local) : null;
  }
  if (!area) throw invalidArgument(`"${String(newRange)}" is not a range.`, location);
  if (area.row !== table.area.row) throw invalidArgument("The header row of a table must stay in the same row.", location);
  if (area.rowCount < 2) throw invalidArgument("A table needs a header row and at least one data row.", location);
  if (!intersects(area, table.area)) throw invalidArgument("The new range must overlap the table.", location);
  const fixed = area;
  if (tablesOnSheet(model, sheet).some((t) => t !== table && intersects(t.area, fixed))) {
    throw invalidArgument("A table can't overlap another table.", location);
  }
  model.assertWritable(sheet, location);
  table.area = area;
  normaliseHeaders(sheet, table);
  model.record({ kind: "table.resize", table: table.name, address: formatLocalAddress(area) });
}
