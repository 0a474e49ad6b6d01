import type { CellValue, Workbook } from "exceljs";
import { sheetTables } from "./xlsx-tables";

/** Excel's limit on the text of one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * Characters an XML 1.0 file cannot hold (C0 controls but tab, line feed and carriage return;
 * U+FFFE and U+FFFF; halves of surrogate pairs standing alone). Excel refuses a file holding one.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML file cannot hold. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, "");
}

interface Fitting {
  stripped: number;
  cut: string[];
  formulas: string[];
}

function fitText(text: string, where: string, fitting: Fitting): string {
  let safe = xmlSafe(text);
  if (safe.length !== text.length) fitting.stripped++;
  if (safe.length > CELL_TEXT_LIMIT) {
    fitting.cut.push(where);
    // Never cut a surrogate pair in half.
    const end = /[\uD800-\uDBFF]/.test(safe.charAt(CELL_TEXT_LIMIT - 1)) ? CELL_TEXT_LIMIT - 1 : CELL_TEXT_LIMIT;
    safe = safe.slice(0, end);
  }
  return safe;
}

/** The value as written: a formula's result when the formula itself cannot be written. */
function fitValue(value: CellValue, where: string, masters: ReadonlySet<string>, fitting: Fitting): CellValue {
  if (typeof value === "string") return fitText(value, where, fitting);
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) {
    const text = value.richText.map((run) => run.text).join("");
    const fitted = fitText(text, where, fitting);
    return fitted === text ? value : fitted;
  }
  // exceljs reads a shared-formula copy whose master it cannot find as a result with no formula.
  if ("formula" in value || "sharedFormula" in value || "result" in value) {
    const formula = (value as { formula?: unknown }).formula;
    const shared = (value as { sharedFormula?: unknown }).sharedFormula;
    const writable =
      (typeof formula === "string" && formula.trim() !== "" && xmlSafe(formula) === formula) ||
      (typeof shared === "string" && masters.has(shared.toUpperCase()));
    const result = (value as { result?: unknown }).result;
    const kept = result === undefined || result === null || typeof result === "object" ? null : (result as CellValue);
    if (!writable) {
      fitting.formulas.push(where);
      return typeof kept === "string" ? fitText(kept, where, fitting) : kept;
    }
    if (typeof result === "string") {
      const fitted = fitText(result, where, fitting);
      if (fitted !== result) return { ...(value as object), result: fitted } as CellValue;
    }
    return value;
  }
  if ("hyperlink" in value) {
    const text = (value as { text?: unknown }).text;
    if (typeof text === "string") {
      const fitted = fitText(text, where, fitting);
      const link = xmlSafe(String((value as { hyperlink: unknown }).hyperlink));
      return { ...(value as object), text: fitted, hyperlink: link } as CellValue;
    }
  }
  return value;
}

/**
 * Makes what the workbook holds fit what Excel opens before it is written: characters XML cannot
 * hold are left out, a cell's text is cut at 32,767 characters, and a formula that cannot be
 * written whole (empty, or a shared-formula copy whose master cell is not in the file) is
 * replaced by its last value, never written as an empty <f/>. Returns a sentence for each kind of
 * change made, for the user; none when nothing needed changing. Costs one visit per cell with data.
 */
export function fitForExcel(workbook: Workbook): string[] {
  const fitting: Fitting = { stripped: 0, cut: [], formulas: [] };
  for (const worksheet of workbook.worksheets) {
    const masters = new Set<string>();
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const formula = (cell.value as { formula?: unknown } | null)?.formula;
        if (typeof formula === "string" && formula.trim() !== "") masters.add(cell.address.toUpperCase());
      });
    });
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        const fitted = fitValue(value, `${worksheet.name}!${cell.address}`, masters, fitting);
        if (fitted !== value) cell.value = fitted;
      });
    });
    for (const table of sheetTables(worksheet)) {
      const model = (table as unknown as { model: { columns?: { name?: unknown }[] } }).model;
      for (const column of model.columns ?? []) {
        if (typeof column.name === "string" && xmlSafe(column.name) !== column.name) {
          column.name = xmlSafe(column.name);
          fitting.stripped++;
        }
      }
    }
  }
  const notes: string[] = [];
  const some = (list: readonly string[]): string => `${list.slice(0, 3).join(", ")}${list.length > 3 ? ` and ${list.length - 3} more` : ""}`;
  if (fitting.stripped > 0) notes.push(`Characters an Excel file cannot hold (control characters, U+FFFE, U+FFFF) were left out of ${fitting.stripped} ${fitting.stripped === 1 ? "text" : "texts"}.`);
  if (fitting.cut.length > 0) notes.push(`Text longer than Excel's ${CELL_TEXT_LIMIT.toLocaleString("en-GB")} characters per cell was cut at that length in ${some(fitting.cut)}.`);
  if (fitting.formulas.length > 0) notes.push(`Formulas that could not be written whole were replaced by their last value in ${some(fitting.formulas)}.`);
  return notes;
}
