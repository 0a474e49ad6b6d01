import { parseBlock } from "./a1";
import type { CellValue } from "./cell";
import { labelKey } from "./label-key";
import { cellText } from "./ratings-columns";
import type { TableSource } from "./rating-workbook";
import { COMMENTARY_COLUMNS } from "./workbook-contract";
import type { TableSnapshot } from "./workbook-snapshot";

/**
 * A review's narrative, kept in the workbook's Commentary table: for an area and a round (or, with
 * `area` blank, for a whole theme, as published reviews write it), what the assessors wrote. The
 * situation at the time of the assessment belongs to that round; the progress since, to the review.
 */
export interface CommentaryKey {
  readonly theme: string;
  /** "" for the commentary on the theme as a whole. */
  readonly area: string;
  readonly round: string;
}

/** One row of the Commentary table: one paragraph. */
export interface CommentaryParagraph extends CommentaryKey {
  readonly text: string;
  /** 0-based sheet row. */
  readonly row: number;
}

export interface CommentaryTable {
  readonly source: TableSource;
  /** Column of each field within the table (0-based), or -1 when missing. */
  readonly columns: { readonly theme: number; readonly area: number; readonly round: number; readonly text: number };
  /** Non-blank paragraphs, in table order. */
  readonly paragraphs: readonly CommentaryParagraph[];
}

/**
 * One paragraph per row keeps each row short enough to print (a row is at most 409 points tall in
 * Excel, and a row never breaks across pages); a paragraph longer than this is split at a sentence.
 */
export const MAX_PARAGRAPH = 1200;

export function sameKey(a: CommentaryKey, b: CommentaryKey): boolean {
  return labelKey(a.theme) === labelKey(b.theme) && labelKey(a.area) === labelKey(b.area) && labelKey(a.round) === labelKey(b.round);
}

/** Reads the Commentary table; null when its header lacks Theme, Round or Commentary. */
export function readCommentaryTable(table: TableSnapshot): CommentaryTable | null {
  const block = parseBlock(table.address);
  const [header = [], ...body] = table.values;
  const keys = header.map((cell) => labelKey(cellText(cell)));
  const at = (name: string): number => keys.indexOf(labelKey(name));
  const columns = { theme: at(COMMENTARY_COLUMNS[0]), area: at(COMMENTARY_COLUMNS[1]), round: at(COMMENTARY_COLUMNS[2]), text: at(COMMENTARY_COLUMNS[3]) };
  if (!block || columns.theme < 0 || columns.round < 0 || columns.text < 0) return null;
  const paragraphs: CommentaryParagraph[] = [];
  body.forEach((row, i) => {
    const text = cellText(row[columns.text]);
    if (text === "") return;
    paragraphs.push({
      theme: cellText(row[columns.theme]),
      area: columns.area < 0 ? "" : cellText(row[columns.area]),
      round: cellText(row[columns.round]),
      text,
      row: block.top + 1 + i,
    });
  });
  return {
    source: { sheet: table.sheet, table: table.name, headerRow: block.top, left: block.left, columns: block.columns, bodyRows: body.length },
    columns,
    paragraphs,
  };
}

/** The commentary for a key: its paragraphs in table order, a blank line between them; "" when none. */
export function commentaryText(paragraphs: readonly CommentaryParagraph[], key: CommentaryKey): string {
  return paragraphs
    .filter((p) => sameKey(p, key))
    .map((p) => p.text)
    .join("\n\n");
}

/**
 * Text as the rows it is kept in: paragraphs are separated by blank lines (or, in text pasted from a
 * PDF, by nothing but line breaks after a sentence: those are kept as line breaks); a paragraph
 * longer than MAX_PARAGRAPH is cut after the last full stop that fits.
 */
export function paragraphsOf(text: string): string[] {
  const paragraphs = text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  return paragraphs.flatMap(splitLongParagraph);
}

function splitLongParagraph(paragraph: string): string[] {
  const parts: string[] = [];
  let rest = paragraph;
  while (rest.length > MAX_PARAGRAPH) {
    const window = rest.slice(0, MAX_PARAGRAPH);
    const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
    const cut = stop > MAX_PARAGRAPH / 3 ? stop + 1 : Math.max(window.lastIndexOf(" "), MAX_PARAGRAPH / 2);
    parts.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest !== "") parts.push(rest);
  return parts;
}

/** Commentary rows for the table, one per paragraph, in the table's column order. */
export function commentaryRows(key: CommentaryKey, text: string): CellValue[][] {
  return paragraphsOf(text).map((paragraph) => [key.theme, key.area === "" ? null : key.area, key.round, paragraph]);
}
