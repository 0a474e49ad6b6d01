/** A1-style addressing, 0-based in code and 1-based on screen, as Excel shows it. */

/** "A" for 0, "Z" for 25, "AA" for 26. */
export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0) throw new RangeError(`Column index ${index} is not a whole number ≥ 0.`);
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0 for "A", 26 for "AA"; -1 when the text is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" for row 4, column 2 (both 0-based). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A rectangle on a sheet, 0-based and inclusive. */
export interface CellBlock {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** "A1:C3" for a block, or "A1" for a single cell. */
export function blockAddress(block: CellBlock): string {
  const start = cellAddress(block.top, block.left);
  if (block.rows === 1 && block.columns === 1) return start;
  return `${start}:${cellAddress(block.top + block.rows - 1, block.left + block.columns - 1)}`;
}

/**
 * Parses "A1", "$B$2:D10" or "Sheet1!A1:B2" (the sheet part is dropped) into a block; null when the
 * text is not an A1 address of cells.
 */
export function parseBlock(address: string): CellBlock | null {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, "");
  const match = /^([A-Za-z]{1,3})(\d{1,7})(?::([A-Za-z]{1,3})(\d{1,7}))?$/.exec(local);
  if (!match) return null;
  const left = columnIndex(match[1] as string);
  const top = Number(match[2]) - 1;
  const right = match[3] === undefined ? left : columnIndex(match[3]);
  const bottom = match[4] === undefined ? top : Number(match[4]) - 1;
  if (top < 0 || bottom < 0) return null;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    rows: Math.abs(bottom - top) + 1,
    columns: Math.abs(right - left) + 1,
  };
}

/** A sheet name as a formula needs it: quoted, with inner quotes doubled. */
export function quoteSheetName(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}
