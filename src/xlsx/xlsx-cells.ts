import type { CellValue as ExcelJsValue } from "exceljs";
import type { CellValue } from "../core/cell";

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A cell as the core reads it, the way office-js hands it over: numbers, text, booleans, dates as
 * serial numbers, error values as their text ("#N/A"), and a formula's last calculated result.
 */
export function rawCell(value: ExcelJsValue | undefined): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("formula" in value || "sharedFormula" in value || "result" in value) {
    const result = (value as { result?: unknown }).result;
    if (result === undefined || result === null) return "";
    return rawCell(result as ExcelJsValue);
  }
  if ("hyperlink" in value) return rawCell((value as { text?: ExcelJsValue }).text);
  return "";
}

/** Excel's serial day number of a date as exceljs reads it (exceljs reads dates as UTC). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

/**
 * The value to store for a planned cell. A string is stored as a string cell, never parsed: an
 * .xlsx file keeps the type with the value, so "=SUM(A1)" or "12" stays the text it is.
 */
export function storedCell(value: CellValue): ExcelJsValue {
  return value;
}
