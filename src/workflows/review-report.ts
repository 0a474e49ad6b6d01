import { readWorkbook } from "../core/read-workbook";
import { buildReviewReport, type ReportOptions, type ReviewReport } from "../core/report/review-report";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed } from "./workflow-result";

export type { ReportOptions, ReviewReport };

export type ReviewReportRead = { readonly ok: true; readonly report: ReviewReport; readonly notes: readonly string[] } | { readonly ok: false; readonly problems: readonly string[] };

/**
 * The progress-review report of a workbook, as data: one read, nothing written. A writer (src/docx)
 * makes the file; where it goes is the caller's business (a file for the command line, a download
 * in the preview).
 */
export async function readReviewReport(host: WorkbookHost, options: ReportOptions): Promise<ReviewReportRead> {
  try {
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message) };
    const built = buildReviewReport(read.workbook, options);
    return built.ok ? { ok: true, report: built.report, notes: read.notes } : { ok: false, problems: built.problems };
  } catch (error) {
    const result = failed(error);
    return { ok: false, problems: result.ok ? [] : result.problems };
  }
}
