/**
 * A1 addresses and rectangles on a worksheet grid (0-based internally, as office-js's `rowIndex` and
 * `columnIndex` are). Kept separate from src/core/a1.ts on purpose: the fake must not share code with the
 * code it tests, or a shared bug would hide itself.
 */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A block of cells, 0-based and inclusive of `row`/`column`. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function rect(row: number, column: number, rowCount: number, columnCount: number): Rect {
  return { row, column, rowCount, columnCount };
}

export const lastRow = (r: Rect): number => r.row + r.rowCount - 1;
export const lastColumn = (r: Rect): number => r.column + r.columnCount - 1;
export const cellCount = (r: Rect): number => r.rowCount * r.columnCount;

export function isEntireColumn(r: Rect): boolean {
  return r.row === 0 && r.rowCount === MAX_ROWS;
}

export function isEntireRow(r: Rect): boolean {
  return r.column === 0 && r.columnCount === MAX_COLUMNS;
}

export function isInsideSheet(r: Rect): boolean {
  return (
    Number.isInteger(r.row) &&
    Number.isInteger(r.column) &&
    Number.isInteger(r.rowCount) &&
    Number.isInteger(r.columnCount) &&
    r.row >= 0 &&
    r.column >= 0 &&
    r.rowCount >= 1 &&
    r.columnCount >= 1 &&
    lastRow(r) < MAX_ROWS &&
    lastColumn(r) < MAX_COLUMNS
  );
}

/** "A" for 0, "AA" for 26, "XFD" for 16383. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0 for "A"; -1 when the text is not 1-3 letters within the sheet's columns. */
export function columnIndexOf(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : -1;
}

function rowIndexOf(digits: string): number {
  if (!/^\d{1,7}$/.test(digits)) return -1;
  const n = Number(digits);
  return n >= 1 && n <= MAX_ROWS ? n - 1 : -1;
}

function cellParts(text: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!m) return null;
  const column = columnIndexOf(m[1] ?? "");
  const row = rowIndexOf(m[2] ?? "");
  return column < 0 || row < 0 ? null : { row, column };
}

function span(a: number, b: number): { start: number; count: number } {
  return { start: Math.min(a, b), count: Math.abs(a - b) + 1 };
}

/**
 * Parses a local address: "A1", "$A$1:C5", whole columns "B:B" / "B:D", whole rows "1:1" / "2:5".
 * Returns null when the text is none of those (a sheet-qualified address is not local).
 */
export function parseLocalAddress(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length === 1) {
    const cell = cellParts(parts[0] ?? "");
    return cell ? rect(cell.row, cell.column, 1, 1) : null;
  }
  if (parts.length !== 2) return null;
  const [a = "", b = ""] = parts;
  const ca = cellParts(a);
  const cb = cellParts(b);
  if (ca && cb) {
    const rows = span(ca.row, cb.row);
    const cols = span(ca.column, cb.column);
    return rect(rows.start, cols.start, rows.count, cols.count);
  }
  const colA = /^\$?([A-Za-z]{1,3})$/.exec(a);
  const colB = /^\$?([A-Za-z]{1,3})$/.exec(b);
  if (colA && colB) {
    const x = columnIndexOf(colA[1] ?? "");
    const y = columnIndexOf(colB[1] ?? "");
    if (x < 0 || y < 0) return null;
    const cols = span(x, y);
    return rect(0, cols.start, MAX_ROWS, cols.count);
  }
  const rowA = /^\$?(\d{1,7})$/.exec(a);
  const rowB = /^\$?(\d{1,7})$/.exec(b);
  if (rowA && rowB) {
    const x = rowIndexOf(rowA[1] ?? "");
    const y = rowIndexOf(rowB[1] ?? "");
    if (x < 0 || y < 0) return null;
    const rows = span(x, y);
    return rect(rows.start, 0, rows.count, MAX_COLUMNS);
  }
  return null;
}

/** Splits "Sheet1!A1" / "'My sheet'!A1:B2" into sheet and local part; sheet is null when absent. */
export function splitSheetQualifier(text: string): { sheet: string | null; local: string } | null {
  const trimmed = text.trim();
  if (trimmed.startsWith("'")) {
    let i = 1;
    let name = "";
    while (i < trimmed.length) {
      const ch = trimmed[i];
      if (ch === "'") {
        if (trimmed[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i += 1;
    }
    if (trimmed[i] !== "'" || trimmed[i + 1] !== "!") return null;
    return { sheet: name, local: trimmed.slice(i + 2) };
  }
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: trimmed };
  return { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

function cellText(row: number, column: number, absolute: boolean): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(column)}${d}${row + 1}`;
}

function formatRect(r: Rect, absolute: boolean): string {
  const d = absolute ? "$" : "";
  if (isEntireColumn(r) && !isEntireRow(r)) {
    return `${d}${columnLetters(r.column)}:${d}${columnLetters(lastColumn(r))}`;
  }
  if (isEntireRow(r)) return `${d}${r.row + 1}:${d}${lastRow(r) + 1}`;
  const start = cellText(r.row, r.column, absolute);
  if (r.rowCount === 1 && r.columnCount === 1) return start;
  return `${start}:${cellText(lastRow(r), lastColumn(r), absolute)}`;
}

/** "A1", "A1:C3", "B:D", "1:3" as Excel writes them in `Range.address` (after the sheet). */
export function formatLocalAddress(r: Rect): string {
  return formatRect(r, false);
}

/** "$A$1:$C$3", as Excel writes a reference in a defined name or a validation source. */
export function formatAbsoluteAddress(r: Rect): string {
  return formatRect(r, true);
}

/** True when `text` reads as an A1 or R1C1 cell reference (so it cannot be a name). */
export function looksLikeCellReference(text: string): boolean {
  if (/^[A-Za-z]{1,3}\d+$/.test(text)) {
    const m = /^([A-Za-z]{1,3})(\d+)$/.exec(text);
    const column = columnIndexOf(m?.[1] ?? "");
    const row = Number(m?.[2] ?? "0");
    if (column >= 0 && row >= 1 && row <= MAX_ROWS) return true;
  }
  return /^[Rr]\d*([Cc]\d*)?$/.test(text) || /^[Cc]\d*$/.test(text);
}

/** The sheet name as Excel writes it before "!": quoted when it is not a plain identifier. */
export function sheetPrefix(sheetName: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheetName) && !looksLikeCellReference(sheetName);
  return plain ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, r: Rect): string {
  return `${sheetPrefix(sheetName)}!${formatLocalAddress(r)}`;
}

export function qualifiedAbsoluteAddress(sheetName: string, r: Rect): string {
  return `${sheetPrefix(sheetName)}!${formatAbsoluteAddress(r)}`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row <= lastRow(b) && b.row <= lastRow(a) && a.column <= lastColumn(b) && b.column <= lastColumn(a);
}

export function intersection(a: Rect, b: Rect): Rect | null {
  if (!intersects(a, b)) return null;
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  return rect(row, column, Math.min(lastRow(a), lastRow(b)) - row + 1, Math.min(lastColumn(a), lastColumn(b)) - column + 1);
}

/** True when `inner` lies entirely inside `outer`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    lastRow(inner) <= lastRow(outer) &&
    lastColumn(inner) <= lastColumn(outer)
  );
}

export function containsCell(r: Rect, row: number, column: number): boolean {
  return row >= r.row && row <= lastRow(r) && column >= r.column && column <= lastColumn(r);
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

/** The parts of `a` outside `b`, as up to four non-overlapping rectangles. */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  const cut = intersection(a, b);
  if (!cut) return [a];
  const pieces: Rect[] = [];
  if (cut.row > a.row) pieces.push(rect(a.row, a.column, cut.row - a.row, a.columnCount));
  if (lastRow(cut) < lastRow(a)) pieces.push(rect(lastRow(cut) + 1, a.column, lastRow(a) - lastRow(cut), a.columnCount));
  if (cut.column > a.column) pieces.push(rect(cut.row, a.column, cut.rowCount, cut.column - a.column));
  if (lastColumn(cut) < lastColumn(a)) {
    pieces.push(rect(cut.row, lastColumn(cut) + 1, cut.rowCount, lastColumn(a) - lastColumn(cut)));
  }
  return pieces;
}
