/**
 * How tall a row must be for its wrapped text, for hosts with no layout engine of their own (an
 * .xlsx file written without Excel) and for merged cells, which Excel's autofit ignores.
 *
 * Column widths are counted in widths of the digit "0" of the workbook's font, so text is measured
 * in the same unit. The widths below are DejaVu Sans's (what LibreOffice draws Calibri with where
 * Calibri is missing), which is wider than Calibri: rows come out tall enough in both, a little
 * roomy in Excel. Lines break at spaces only, which never gives fewer lines than Excel or
 * LibreOffice (they may also break after a hyphen). test/libreoffice checks the estimate against
 * LibreOffice's own rendering.
 */

/** Advance widths of " " to "~" in DejaVu Sans, in widths of its "0". */
const ASCII_WIDTHS = [
  0.5, 0.63, 0.72, 1.32, 1.0, 1.49, 1.23, 0.43, 0.61, 0.61, 0.79, 1.32, 0.5, 0.57, 0.5, 0.53, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0,
  0.53, 0.53, 1.32, 1.32, 1.32, 0.83, 1.57, 1.08, 1.08, 1.1, 1.21, 0.99, 0.9, 1.22, 1.18, 0.46, 0.46, 1.03, 0.88, 1.36, 1.18, 1.24, 0.95, 1.24,
  1.09, 1.0, 0.96, 1.15, 1.08, 1.55, 1.08, 0.96, 1.08, 0.61, 0.53, 0.61, 1.32, 0.79, 0.79, 0.96, 1.0, 0.86, 1.0, 0.97, 0.55, 1.0, 1.0, 0.44,
  0.44, 0.91, 0.44, 1.53, 1.0, 0.96, 1.0, 1.0, 0.65, 0.82, 0.62, 1.0, 0.93, 1.29, 0.93, 0.93, 0.83, 1.0, 0.53, 1.0, 1.32,
];
/** Bold text is about this much wider (DejaVu Sans Bold against the regular digit). */
const BOLD_FACTOR = 1.1;
/** Anything else: accented letters and most symbols are about a digit wide; wide scripts two. */
const OTHER_WIDTH = 1.25;
const WIDE_WIDTH = 2.1;

/** The font size column widths are counted in (Excel's default font, 11 points). */
export const DEFAULT_FONT_SIZE = 11;
/** Height of one line of 11-point text: Excel's default row height. */
export const LINE_HEIGHT = 15;
/** Excel's tallest row, in points. */
export const MAX_ROW_HEIGHT = 409.5;
/** Room a cell leaves between its text and its borders, in digit widths. */
const CELL_PADDING = 0.45;

function charWidth(code: number): number {
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32] ?? 1;
  if (code === 0x2019 || code === 0x2018) return 0.5;
  if ((code >= 0x1100 && code <= 0x11ff) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) {
    return WIDE_WIDTH;
  }
  return OTHER_WIDTH;
}

/** Width of a text on one line, in digit widths of the default font. */
export function textWidth(text: string, style: TextStyle = {}): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch.codePointAt(0) ?? 32);
  return width * scaleOf(style);
}

export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
}

function scaleOf(style: TextStyle): number {
  return ((style.size ?? DEFAULT_FONT_SIZE) / DEFAULT_FONT_SIZE) * (style.bold ? BOLD_FACTOR : 1);
}

/**
 * A word too wide for a line, cut where LibreOffice breaks it (after a hyphen or dash; not after a
 * slash, so a web address is cut wherever it reaches the edge), so that its pieces start new lines
 * as the engine's do.
 */
function breakablePieces(word: string): string[] {
  return word.split(/(?<=[-\u2010-\u2014])/);
}

/** Lines `text` takes when wrapped in a column `width` characters wide (at least 1). */
export function wrappedLines(text: string, width: number, style: TextStyle = {}): number {
  const room = Math.max(width - CELL_PADDING, 1);
  const space = textWidth(" ", style);
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let used = 0;
    let paragraphLines = 1;
    const place = (piece: string, gap: number): void => {
      const wide = textWidth(piece, style);
      const needed = used === 0 ? wide : used + gap + wide;
      if (needed <= room) {
        used = needed;
        return;
      }
      if (used > 0) paragraphLines += 1;
      // A piece wider than the column is broken wherever it reaches the edge.
      const whole = Math.max(Math.ceil(wide / room), 1);
      paragraphLines += whole - 1;
      used = wide - (whole - 1) * room;
    };
    for (const word of paragraph.split(" ")) {
      if (textWidth(word, style) <= room) {
        place(word, space);
        continue;
      }
      // LibreOffice starts a word too wide for any line (a web address) on a line of its own.
      if (used > 0) {
        paragraphLines += 1;
        used = 0;
      }
      breakablePieces(word).forEach((piece) => place(piece, 0));
    }
    lines += paragraphLines;
  }
  return Math.max(lines, 1);
}

/** Height of one line of text of this size. */
export function lineHeight(style: TextStyle = {}): number {
  return (LINE_HEIGHT * (style.size ?? DEFAULT_FONT_SIZE)) / DEFAULT_FONT_SIZE;
}

/** One cell of a row: its text as shown, the width it has (summed over a merged block) and its font. */
export interface CellText extends TextStyle {
  readonly text: string;
  readonly width: number;
  readonly wrap: boolean;
}

/** The height a row needs for its cells, in points: one line at least, Excel's tallest row at most. */
export function rowHeightFor(cells: readonly CellText[]): number {
  let height = LINE_HEIGHT;
  for (const cell of cells) {
    if (cell.text === "") continue;
    const lines = cell.wrap ? wrappedLines(cell.text, cell.width, cell) : 1;
    height = Math.max(height, lines * lineHeight(cell));
  }
  return Math.min(Math.ceil(height * 4) / 4, MAX_ROW_HEIGHT);
}
