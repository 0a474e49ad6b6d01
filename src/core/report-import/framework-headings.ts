import type { Framework } from "../framework";
import { FRAMEWORK_PRESETS } from "../framework-presets";
import { labelKey } from "../label-key";
import type { ReportLine } from "./report-lines";

/** A known framework recognised from the report's headings, and the round the report is about. */
export interface FrameworkFromHeadings {
  readonly framework: Framework;
  readonly round: string;
}

// A heading may carry its number ("2.1 Establishing control").
const HEADING_NUMBER = /^\d+(?:\.\d+)*\.?\s+/;
// "IMA 2014", "Review 2016/17", "Progress review 2018", "Assessment 2012".
const ROUND_IN_TEXT = /\b(IMA|(?:progress\s+)?review|assessment)\s+((?:19|20)\d{2}(?:\/\d{2})?)\b/i;
const YEAR = /\b((?:19|20)\d{2})\b/;

function roundNamed(lines: readonly ReportLine[]): string | null {
  for (const line of lines) {
    const match = ROUND_IN_TEXT.exec(line.text);
    if (match !== null) {
      const word = (match[1] as string).toUpperCase() === "IMA" ? "IMA" : (match[1] as string).charAt(0).toUpperCase() + (match[1] as string).slice(1).toLowerCase();
      return `${word.replace(/\s+/g, " ")} ${match[2] as string}`;
    }
  }
  for (const line of lines) {
    const year = YEAR.exec(line.text);
    if (year !== null) return `Review ${year[1] as string}`;
  }
  return null;
}

/**
 * Older reports gave ratings as colours in a matrix, so their text holds no rating words. Their
 * headings still name the framework's areas: a preset framework is recognised when at least half
 * its areas (and two or more) stand as headings of their own. Null when none is, or when the text
 * names no year to call the round by.
 */
export function frameworkFromHeadings(lines: readonly ReportLine[]): FrameworkFromHeadings | null {
  const headings = new Set(lines.map((line) => labelKey(line.text.replace(HEADING_NUMBER, ""))));
  let best: { framework: Framework; found: number } | null = null;
  for (const framework of FRAMEWORK_PRESETS) {
    const areas = framework.themes.flatMap((theme) => theme.areas);
    const found = areas.filter((area) => headings.has(labelKey(area))).length;
    if (areas.length > 0 && found >= 2 && found * 2 >= areas.length && (best === null || found > best.found)) best = { framework, found };
  }
  if (best === null) return null;
  const round = roundNamed(lines);
  return round === null ? null : { framework: best.framework, round };
}
