import { cellAddress } from "../a1";
import { labelKey } from "../label-key";
import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";
import { shownName } from "./shown-value";

/** Excel's name for a table column whose header was left blank. */
const EXCEL_BLANK_HEADER = /^Column\d+$/i;

/**
 * Round columns with no label (blank, or Excel's "Column3"), the same label twice (Excel turns a
 * second "Review 2017" in a table into "Review 20172"), or no round column at all.
 */
export function roundHeaderProblems(model: RatingWorkbook): Finding[] {
  const { ratings } = model;
  const { sheet, headerRow, left } = ratings.source;
  if (ratings.rounds.length === 0) {
    return [
      {
        kind: "no-rounds",
        severity: "warning",
        sheet,
        address: cellAddress(headerRow, left),
        found: "no round columns",
        expected: 'a column per round after Theme and Area, headed with a label naming a year, such as "IMA 2015"',
        message: "The Ratings table has no round columns, so there is nothing to rate yet.",
      },
    ];
  }
  const findings: Finding[] = [];
  const seen: string[] = [];
  for (const round of ratings.rounds) {
    const address = cellAddress(headerRow, round.column);
    const label = round.label.trim();
    if (label === "" || EXCEL_BLANK_HEADER.test(label)) {
      findings.push({
        kind: "round-header-blank",
        severity: "error",
        sheet,
        address,
        found: label === "" ? "a blank header" : `Excel's placeholder header "${label}"`,
        expected: 'a round label naming a year, such as "Review 2017"',
        message: `The column at ${address} holds ratings but its header has no round label.`,
      });
      continue;
    }
    const key = labelKey(label);
    const earlier = seen.find((other) => other === key || isExcelRenumbering(other, key));
    if (earlier !== undefined) {
      findings.push({
        kind: "round-header-duplicate",
        severity: "error",
        sheet,
        address,
        found: shownName(label),
        expected: "a label used by no other round",
        message: `The round label ${shownName(label)} repeats an earlier round's label; give each round its own label.`,
      });
    }
    seen.push(key);
  }
  return findings;
}

/** "review 20172" is how Excel renames a second "Review 2017" header in the same table. */
function isExcelRenumbering(original: string, renamed: string): boolean {
  return /(19|20)\d{2}$/.test(original) && renamed.startsWith(original) && /^\d{1,2}$/.test(renamed.slice(original.length));
}
