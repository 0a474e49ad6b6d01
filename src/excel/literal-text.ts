import type { CellValue } from "../core/cell";

const FORMULA_START = /^[=+\-@\t\r\n']/;
const NUMBER_LIKE = /^\s*[-+]?(\d[\d,]*\.?\d*|\.\d+)(e[-+]?\d+)?\s*%?\s*$/i;
const CURRENCY_LIKE = /^\s*[-+]?[$£€¥]\s*\d/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
const ERROR_LIKE = /^\s*#/;
const DATE_LIKE = /^\s*\d{1,4}[/.-]\d{1,2}([/.-]\d{1,4})?\s*$/;
const TIME_LIKE = /^\s*\d{1,2}:\d{2}(:\d{2})?\s*(am|pm)?\s*$/i;
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const MONTH_DATE_LIKE = new RegExp(`^\\s*(\\d{1,2}[\\s-]+${MONTH}([\\s-]+\\d{2,4})?|${MONTH}[\\s-]+\\d{1,4}(,?\\s+\\d{2,4})?)\\s*$`, "i");

/**
 * Excel parses text written through `Range.values` as if typed: "=..." becomes a formula, "12" a
 * number, "TRUE" a boolean, "1/2" or "March 2017" a date. A leading apostrophe is Excel's own
 * "this is text" mark; it is not part of the value. We add it only where Excel would otherwise
 * change the text, so ordinary labels read the same in the formula bar.
 */
export function needsTextMark(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    NUMBER_LIKE.test(text) ||
    CURRENCY_LIKE.test(text) ||
    BOOLEAN_LIKE.test(text) ||
    ERROR_LIKE.test(text) ||
    DATE_LIKE.test(text) ||
    TIME_LIKE.test(text) ||
    MONTH_DATE_LIKE.test(text)
  );
}

/** The value to assign to `Range.values` so that a string is stored exactly as given. */
export function literalCell(value: CellValue): string | number | boolean {
  if (value === null) return "";
  if (typeof value !== "string") return value;
  return needsTextMark(value) ? `'${value}` : value;
}

/** A string as a text literal inside an Excel formula: `="He said ""yes"""`. */
export function formulaText(text: string): string {
  return `="${text.replace(/"/g, '""')}"`;
}
