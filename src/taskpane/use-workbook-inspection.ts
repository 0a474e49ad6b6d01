import type { WorkbookHost } from "../core/workbook-host";
import { inspectWorkbook, type WorkbookStatus } from "../workflows/workbook-status";
import { useWorkbookRead, type WorkbookRead } from "./use-workbook-read";

export type Inspection = WorkbookRead<WorkbookStatus>;

/** What the workbook holds now: checked on mount and again on request. Only the latest check counts. */
export function useWorkbookInspection(host: WorkbookHost): { inspection: Inspection; checkAgain: () => void } {
  const { state, checkAgain } = useWorkbookRead(host, inspectWorkbook);
  return { inspection: state, checkAgain };
}
