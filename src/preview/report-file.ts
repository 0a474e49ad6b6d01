import { reportFileName } from "../core/report/report-file-name";
import { WorkbookError } from "../core/workbook-error";
import type { WorkbookHost } from "../core/workbook-host";
import type { ReportChoice } from "../taskpane/report-download";
import { readReviewReport } from "../workflows/review-report";

export interface ReportFile {
  readonly bytes: Uint8Array;
  readonly name: string;
  readonly type: string;
}

/**
 * The progress-review report of the workbook the preview holds, as a .docx file's bytes. The docx
 * package loads only now, in its own chunk: the preview's first paint does not carry it.
 */
export async function makeReportFile(host: WorkbookHost, choice: ReportChoice): Promise<ReportFile> {
  const read = await readReviewReport(host, choice);
  if (!read.ok) throw new WorkbookError(read.problems.join(" "));
  const { reviewDocumentBytes, DOCX_TYPE } = await import(/* webpackChunkName: "docx-report" */ "../docx/review-document");
  return { bytes: await reviewDocumentBytes(read.report), name: reportFileName(read.report), type: DOCX_TYPE };
}
