import { labelKey } from "./label-key";

/** A year, or a span such as "2019/20" or "2019-2020", standing on its own in a label. */
const YEAR_SPAN = /(?<!\d)((?:19|20)\d{2})(?:([/-])(\d{4}|\d{2}))?(?!\d)/g;

/**
 * The label to offer for a new round: the latest round's label with its (last) year moved on to
 * `currentYear`, or to the year after the latest when that is this year or later. "Review 2017"
 * becomes "Review 2026" in 2026; "2019/20 review" becomes "2026/27 review". Without a latest round,
 * or without a year in it, "Review <currentYear>". Never one of `taken` (compared as labels are).
 */
export function suggestRoundLabel(rounds: readonly string[], currentYear: number, taken: readonly string[] = rounds): string {
  const latest = rounds[rounds.length - 1]?.trim() ?? "";
  const spans = [...latest.matchAll(YEAR_SPAN)];
  const last = spans[spans.length - 1];
  const used = new Set([...rounds, ...taken].map(labelKey));
  const latestYear = last ? Number(last[1]) : null;
  let year = latestYear !== null && latestYear >= currentYear ? latestYear + 1 : currentYear;
  for (let tries = 0; tries < 100; tries++, year++) {
    const label = last ? withYear(latest, last, year) : `Review ${year}`;
    if (!used.has(labelKey(label))) return label;
  }
  return `Review ${year}`;
}

function withYear(label: string, span: RegExpMatchArray, year: number): string {
  const [whole, first = "", separator, second] = span;
  const start = span.index ?? 0;
  let replacement = String(year);
  if (separator !== undefined && second !== undefined) {
    const gap = Number(second.length === 2 ? first.slice(0, 2) + second : second) - Number(first);
    const end = year + (gap > 0 ? gap : 1);
    replacement += separator + (second.length === 2 ? String(end % 100).padStart(2, "0") : String(end));
  }
  return label.slice(0, start) + replacement + label.slice(start + whole.length);
}
