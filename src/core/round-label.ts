import { labelKey } from "./label-key";
import { RATINGS_COLUMNS } from "./workbook-contract";

/** Longest header Excel shows in full in a table; longer ones are refused. */
export const MAX_ROUND_LABEL = 100;

const YEAR = /(?:^|\D)(19|20)\d{2}(?:\D|$)/;

/** True when a header names a year, which is how a round column is told apart from a free column. */
export function hasYear(label: string): boolean {
  return YEAR.test(label);
}

/** Problems with a list of new round labels, in words for the user; empty when all are usable. */
export function roundLabelProblems(labels: readonly string[], existing: readonly string[] = []): string[] {
  const problems: string[] = [];
  const reserved = new Set(Object.values(RATINGS_COLUMNS).map(labelKey));
  const seen = new Set(existing.map(labelKey));
  if (labels.length === 0) problems.push("Add at least one round, such as \"IMA 2015\".");
  labels.forEach((raw, i) => {
    const label = raw.trim();
    const which = `Round ${existing.length + i + 1}`;
    if (label === "") {
      problems.push(`${which} has no label.`);
      return;
    }
    if (/[\r\n\t]/.test(label)) problems.push(`${which} ("${label}") contains a line break or tab.`);
    if (label.length > MAX_ROUND_LABEL) {
      problems.push(`${which} is ${label.length} characters long; keep round labels to ${MAX_ROUND_LABEL}.`);
    }
    if (!hasYear(label)) {
      problems.push(`${which} ("${label}") needs a year in it, as in "IMA 2015" or "Review 2017", so that round columns can be told apart from your own columns.`);
    }
    const key = labelKey(label);
    if (reserved.has(key)) problems.push(`${which} cannot be called "${label}": the Ratings table already has a column of that name.`);
    else if (seen.has(key)) problems.push(`The round "${label}" appears twice.`);
    seen.add(key);
  });
  return problems;
}
