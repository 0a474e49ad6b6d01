import { cellText } from "../ratings-columns";

const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA|PYTHON!|EXTERNAL!)$/i;
const LONGEST_SHOWN = 80;

/** True when a cell holds one of Excel's error values (#N/A, #REF!...). */
export function isErrorValue(raw: unknown): boolean {
  return typeof raw === "string" && ERROR_VALUE.test(raw.trim());
}

/** A cell's content as a finding shows it: quoted text (shortened when long), a number, TRUE, an error value. */
export function shownValue(raw: unknown): string {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) return "a blank cell";
  if (isErrorValue(raw)) return `the error value ${String(raw).trim()}`;
  if (typeof raw === "number") return `the number ${raw}`;
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  const text = cellText(raw);
  if (text === "") return "a value that is not text or a number";
  if (text.length <= LONGEST_SHOWN) return `"${text}"`;
  return `"${text.slice(0, LONGEST_SHOWN)}…" (${text.length.toLocaleString("en-GB")} characters)`;
}

/** A name for a row in a sentence: its text shortened, as `"…"`. */
export function shownName(text: string): string {
  return text.length <= LONGEST_SHOWN ? `"${text}"` : `"${text.slice(0, LONGEST_SHOWN)}…"`;
}

/** "The IMA 2015 rating of "Asset"", or "on row 7" when the row has no area name. */
export function ratingOf(round: string, area: string, row: number): string {
  return area === "" ? `The ${round} rating on row ${row + 1}` : `The ${round} rating of ${shownName(area)}`;
}
