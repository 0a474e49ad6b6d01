import type { WorkbookHost } from "../core/workbook-host";
import { inspectWorkbook, type WorkbookStatus } from "../workflows/workbook-status";
import { useWorkbookCheck, type WorkbookCheck } from "./use-workbook-check";

export type Inspection = WorkbookCheck<WorkbookStatus>;

/** What the workbook holds now: checked on mount and again on request. Only the latest check counts. */
export function useWorkbookInspection(host: WorkbookHost): { inspection: Inspection; checkAgain: () => void } {
  const { state, checkAgain } = useWorkbookCheck(host, inspectWorkbook);
  return { inspection: state, checkAgain };
}
