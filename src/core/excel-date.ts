/**
 * Excel stores dates as serial day numbers from 1900 (with its famous 29 February 1900). Cells may
 * also hold dates typed as text. These turn either into an ISO date, "2026-11-22", or null.
 */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export function serialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

export function isoDateToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (!validDate(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  return Math.round((ms - EPOCH_MS) / DAY_MS);
}

function validDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function iso(y: number, m: number, d: number): string | null {
  if (!validDate(y, m, d)) return null;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * A due date from a cell: a serial number, or text as ISO (2026-11-22) or British day-first
 * (22/11/2026, 22-11-2026, 22.11.2026). Anything else is not a date.
 */
export function cellToIsoDate(value: unknown): string | null {
  if (typeof value === "number") return serialToIsoDate(value);
  if (typeof value !== "string") return null;
  const text = value.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  return null;
}
