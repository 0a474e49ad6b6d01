/**
 * `worksheet.delete()`: the sheet goes with its tables, validation, formats and charts. Workbook-scoped
 * names that referred to it are kept, their reference becoming #REF! as in Excel. Excel refuses to
 * delete the last visible sheet.
 */
import { invalidOperation } from "./errors";
import { referenceOf } from "./names";
import type { SheetModel, WorkbookModel } from "./workbook-model";

export function deleteSheet(model: WorkbookModel, sheet: SheetModel, location: string): void {
  if (model.sheets.length <= 1) throw invalidOperation("A workbook must contain at least one visible worksheet.", location);
  model.assertWritable(sheet, location);
  for (const name of model.names) {
    const ref = referenceOf(model, name.formula);
    if (ref && ref.sheet === sheet) name.formula = name.formula.replace(/^=.*!/, "=#REF!");
  }
  const tables = model.tables.filter((t) => t.sheetId === sheet.id);
  for (const table of tables) model.tables.splice(model.tables.indexOf(table), 1);
  for (let i = model.charts.length - 1; i >= 0; i--) if (model.charts[i]?.sheetId === sheet.id) model.charts.splice(i, 1);
  for (let i = model.slicers.length - 1; i >= 0; i--) if (model.slicers[i]?.sheetId === sheet.id) model.slicers.splice(i, 1);
  model.sheets.splice(model.sheets.indexOf(sheet), 1);
  if (model.activeSheetId === sheet.id) model.activeSheetId = model.sheets[0]?.id ?? null;
  if (model.selection && model.selection.sheet === sheet.name) model.selection = null;
  model.record({ kind: "deleteSheet", sheet: sheet.name, tables: tables.map((t) => t.name) });
}
