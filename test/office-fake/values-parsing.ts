/**
 * How Excel turns a value written through `range.values` / `range.formulas` into cell content: like typed
 * input (en-US). This is the part that catches "text became a formula / a number / a date" bugs.
 */
import { invalidArgument, FakeErrorCodes, FakeOfficeError } from "./errors";

/** What a cell holds as its value; "" is an empty cell. */
export type CellScalar = string | number | boolean;

/** What `values` reads back for a formula cell: the fake stores formulas but never evaluates them. */
export const FORMULA_VALUE = "#FORMULA";

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

/** Excel's cell limits. */
const MAX_CELL_TEXT = 32_767;
const MAX_FORMULA = 8_192;

export type ParsedInput =
  | { readonly kind: "unchanged" }
  | {
      readonly kind: "content";
      readonly value: CellScalar;
      readonly formula: string | null;
      readonly quotePrefix: boolean;
      /** A number format Excel applies on its own (dates, percentages), only to General cells. */
      readonly impliedFormat: string | null;
    };

const empty: ParsedInput = { kind: "content", value: "", formula: null, quotePrefix: false, impliedFormat: null };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(\d+(\.\d*)?|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FORMULA_TRIGGER = /^[=+\-@]/;

/** Excel's serial for a date (1900 system, including its phantom 29 Feb 1900), or null when invalid. */
export function dateSerial(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  const days = Math.round((utc - Date.UTC(1899, 11, 30)) / 86_400_000);
  return days < 61 ? days - 1 : days;
}

function serialToIsoDate(serial: number): string {
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole + 1 : whole;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  const pad = (n: number, w: number): string => String(n).padStart(w, "0");
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * Parses one written value. `null` means "leave this cell unchanged" (office-js), `""` clears the cell.
 * `cellFormat` is the cell's number format: a Text ("@") cell stores strings literally.
 */
export function parseWrittenValue(raw: unknown, cellFormat: string, location: string): ParsedInput {
  if (raw === null) return { kind: "unchanged" };
  if (raw === undefined) {
    // Real office-js serialises undefined as null (cell left unchanged). A grid with holes is almost
    // always a host bug, so the fake refuses it.
    throw invalidArgument("A value is undefined (the fake rejects undefined; use null to leave a cell unchanged).", location);
  }
  if (typeof raw === "boolean") return { kind: "content", value: raw, formula: null, quotePrefix: false, impliedFormat: null };
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) throw invalidArgument(`The number ${raw} cannot be written to a cell.`, location);
    return { kind: "content", value: raw, formula: null, quotePrefix: false, impliedFormat: null };
  }
  if (typeof raw !== "string") {
    throw invalidArgument(`Cell values must be strings, numbers, booleans or null; got ${typeof raw}.`, location);
  }
  if (raw.length > MAX_CELL_TEXT) {
    throw invalidArgument(`Text of ${raw.length} characters exceeds Excel's ${MAX_CELL_TEXT}-character cell limit.`, location);
  }
  if (raw === "") return empty;
  if (raw.startsWith("'")) {
    return { kind: "content", value: raw.slice(1), formula: null, quotePrefix: true, impliedFormat: null };
  }
  if (cellFormat === TEXT_FORMAT) {
    return { kind: "content", value: raw, formula: null, quotePrefix: false, impliedFormat: null };
  }
  if (NUMBER.test(raw)) return { kind: "content", value: Number(raw), formula: null, quotePrefix: false, impliedFormat: null };
  const percent = PERCENT.exec(raw);
  if (percent) {
    const digits = percent[1] ?? "0";
    const decimals = digits.includes(".") ? "0.00%" : "0%";
    return { kind: "content", value: Number(digits) / 100, formula: null, quotePrefix: false, impliedFormat: decimals };
  }
  if (FORMULA_TRIGGER.test(raw)) {
    const formula = raw.startsWith("=") ? raw : `=${raw}`;
    if (formula.length > MAX_FORMULA) {
      throw new FakeOfficeError(
        FakeErrorCodes.formulaLengthExceedsLimit,
        `A formula of ${formula.length} characters exceeds Excel's ${MAX_FORMULA}-character limit.`,
        location,
      );
    }
    return { kind: "content", value: FORMULA_VALUE, formula, quotePrefix: false, impliedFormat: null };
  }
  if (/^(true|false)$/i.test(raw)) {
    return { kind: "content", value: raw.toLowerCase() === "true", formula: null, quotePrefix: false, impliedFormat: null };
  }
  const iso = ISO_DATE.exec(raw);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== null) {
      return { kind: "content", value: serial, formula: null, quotePrefix: false, impliedFormat: "yyyy-mm-dd" };
    }
  }
  return { kind: "content", value: raw, formula: null, quotePrefix: false, impliedFormat: null };
}

function generalNumberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** The displayed text of a cell (`range.text`), for the handful of number formats the fake knows. */
export function displayText(value: CellScalar, formula: string | null, numberFormat: string): string {
  if (formula !== null) return FORMULA_VALUE;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  switch (numberFormat) {
    case "yyyy-mm-dd":
      return serialToIsoDate(value);
    case "0%":
      return `${Math.round(value * 100)}%`;
    case "0.00%":
      return `${(value * 100).toFixed(2)}%`;
    case "0":
      return value.toFixed(0);
    case "0.00":
      return value.toFixed(2);
    default:
      return generalNumberText(value);
  }
}
