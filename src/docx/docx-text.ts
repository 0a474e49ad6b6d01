import { TextRun } from "docx";

// Characters XML 1.0 cannot hold at all (most control characters, unpaired surrogates, U+FFFE/FFFF).
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text from the workbook as it will appear in the document: literally (the docx package escapes
 * markup; Word runs hold no fields or formulas), less the few characters an XML file cannot carry,
 * which would otherwise make Word refuse the whole file.
 */
export function documentText(text: string): string {
  return text.replace(NOT_IN_XML, "");
}

export interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** "#RRGGBB" or null. */
  readonly colour?: string | null;
}

/** Runs for a text, line breaks kept as breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const colour = style.colour ? { color: style.colour.replace("#", "") } : {};
  return documentText(text)
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...(style.bold ? { bold: true } : {}), ...(style.italics ? { italics: true } : {}), ...colour }));
}
