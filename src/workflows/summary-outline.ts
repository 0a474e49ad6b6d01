import { buildSummary, type SummaryOptions } from "../core/summary/next-steps-summary";
import { outlineSummary, type SummaryOutline } from "../core/summary/summary-outline";
import type { RatingWorkbook } from "../core/rating-workbook";

export type { SummaryOutline };

export type OutlineResult = { readonly ok: true; readonly outline: SummaryOutline } | { readonly ok: false; readonly problems: readonly string[] };

/** What the summary sheet will contain for these choices, from a workbook already read; nothing is written. */
export function summaryOutline(workbook: RatingWorkbook, options: SummaryOptions): OutlineResult {
  const built = buildSummary(workbook, options);
  return built.ok ? { ok: true, outline: outlineSummary(built.summary) } : { ok: false, problems: built.problems };
}
