/** One line of the report text, as extraction left it. `number` is 1-based, for pointing back. */
export interface ReportLine {
  readonly number: number;
  /** The line without surrounding spaces or lost bullet glyphs. */
  readonly text: string;
  /** The line as it was, less its line break. */
  readonly raw: string;
}

// Bullet glyphs that survive extraction as private-use or symbol characters, plus ordinary bullets.
const LEADING_BULLETS = /^[\s\u2022\u25AA\u25CF\u25E6\u2023\u2043\u00B7\u2219\uF0A7\uF0B7\uF076\uF0D8\uE000-\uF8FF]+/;

/**
 * Splits text into lines (any of \r\n, \n, \r, form feed) and tidies each: ligatures a PDF may
 * keep ("ﬁ") become letters, soft hyphens go, surrounding spaces and lost bullets are trimmed.
 */
export function reportLines(text: string): ReportLine[] {
  const raws = text.split(/\r\n|[\n\r\f\u2028\u2029]/);
  return raws.map((raw, i) => ({
    number: i + 1,
    raw,
    text: raw.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC")).replace(/\u00AD/g, "").replace(LEADING_BULLETS, "").trim(),
  }));
}

// A list item's number or letter: "1.", "2)", "(a)", "iv.".
const LIST_NUMBER = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)]|\([a-z]\)|[ivx]{1,4}[.)]|\([ivx]{1,4}\))\s+(?=\S)/i;

/** The line opened with a bullet glyph or an item number: the PDF marked a list item here. */
export function opensListItem(line: ReportLine): boolean {
  return /^\s*[\u2022\u25AA\u25CF\u25E6\u2023\u2043\u00B7\u2219\uF0A7\uF0B7\uF076\uF0D8\uE000-\uF8FF]/.test(line.raw) || LIST_NUMBER.test(line.text);
}

/** The text less an item number at its start ("2. Agree..." becomes "Agree..."). */
export function withoutListNumber(text: string): string {
  return text.replace(LIST_NUMBER, "");
}

/** How far the line was indented, in characters, as extraction gave it. */
export function indentOf(line: ReportLine): number {
  return line.raw.length - line.raw.trimStart().length;
}

/** A page number or footnote number standing alone on its line. */
export function isLoneNumber(text: string): boolean {
  return /^\d{1,4}$/.test(text);
}

/** A footnote URL, or the wrapped tail of one ("action-plans/"). */
export function isUrlLine(text: string): boolean {
  if (/\s/.test(text) || text === "") return false;
  return text.includes("://") || /^www\./i.test(text) || text.endsWith("/") || /\.(?:html?|pdf|aspx?)(?:[#?].*)?$/i.test(text);
}

/** Lines that extraction drops into the middle of the text and that carry nothing for the import. */
export function isNoise(text: string): boolean {
  return text === "" || isLoneNumber(text) || isUrlLine(text);
}

export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** A line of running prose rather than a heading, label or table cell. */
export function isProse(text: string): boolean {
  return wordCount(text) >= 8;
}
