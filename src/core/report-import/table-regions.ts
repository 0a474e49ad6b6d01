import { labelKey } from "../label-key";
import type { RatingPhrases } from "./rating-phrases";
import { isLoneNumber, isNoise, isProse, wordCount, type ReportLine } from "./report-lines";

/** The lines of one rating table and the theme heading above it. */
export interface TableRegion {
  readonly theme: string;
  readonly lines: readonly ReportLine[];
  /** Index (in the lines given) of the theme heading above the caption, or of the caption when none. */
  readonly start: number;
  /** Index of the first line after the table. */
  readonly end: number;
}

/** The caption a rating table starts with, such as "Performance rating". */
export function isTableCaption(text: string): boolean {
  return /ratings?\s*$/i.test(text) && wordCount(text) <= 4 && /\bratings?$/.test(labelKey(text));
}

export function isNextStepsHeading(text: string): boolean {
  return text.length < 40 && /steps:?\s*$/i.test(text) && /^(?:\d+\.?\s*)?next steps:?$/.test(labelKey(text));
}

/** The heading above a caption: the nearest line that is not noise, less a leading theme number, and where it is. */
function themeAbove(lines: readonly ReportLine[], caption: number, floor: number): { theme: string; at: number } {
  for (let i = caption - 1; i >= floor; i--) {
    const text = (lines[i] as ReportLine).text;
    if (isNoise(text)) continue;
    if (isProse(text)) return { theme: "", at: caption };
    return { theme: text.replace(/^\d+(?:\.\d+)*\.?\s+/, ""), at: i };
  }
  return { theme: "", at: caption };
}

/**
 * Finds each rating table: from a caption line to the first line of prose, the next caption or
 * the Next steps heading. Regions never overlap, so the scan is linear.
 */
export function tableRegions(lines: readonly ReportLine[], phrases: RatingPhrases): TableRegion[] {
  // A row whose cells came out on its label's line is long, but it is not prose.
  const endsTable = (text: string): boolean => {
    if (isTableCaption(text) || isNextStepsHeading(text)) return true;
    if (!isProse(text)) return false;
    const cells = phrases.trailingRatings(text);
    return cells === null || isProse(cells.label);
  };
  const regions: TableRegion[] = [];
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    const caption = lines[i] as ReportLine;
    if (!isTableCaption(caption.text) || isLoneNumber(caption.text)) {
      i++;
      continue;
    }
    const heading = themeAbove(lines, i, floor);
    let end = i + 1;
    while (end < lines.length) {
      const text = (lines[end] as ReportLine).text;
      if (endsTable(text)) break;
      end++;
    }
    regions.push({ theme: heading.theme, lines: lines.slice(i + 1, end), start: heading.at, end });
    floor = end;
    i = end;
  }
  return regions;
}
