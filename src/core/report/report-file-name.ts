import type { ReviewReport } from "./review-report";

/** A file name for the report: "Home Office progress review 2026-12-02.docx", safe on every system. */
export function reportFileName(report: ReviewReport): string {
  const who = report.organisation === null ? "" : `${report.organisation} `;
  const name = `${who}progress review ${report.madeOn}`
    .replace(/[\\/:*?"<>|\u0000-\u001F]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 120);
  return `${name}.docx`;
}
