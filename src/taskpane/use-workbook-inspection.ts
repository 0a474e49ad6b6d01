import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { inspectWorkbook, type WorkbookStatus } from "../workflows/workbook-status";
import { describeError } from "./describe-error";

export type Inspection =
  | { readonly phase: "checking" }
  | { readonly phase: "known"; readonly status: WorkbookStatus }
  | { readonly phase: "failed"; readonly problem: string };

/** What the workbook holds now: checked on mount and again on request. Only the latest check counts. */
export function useWorkbookInspection(host: WorkbookHost): { inspection: Inspection; checkAgain: () => void } {
  const [inspection, setInspection] = useState<Inspection>({ phase: "checking" });
  const latest = useRef(0);

  const checkAgain = useCallback(() => {
    const request = ++latest.current;
    setInspection({ phase: "checking" });
    inspectWorkbook(host).then(
      (status) => {
        if (request === latest.current) setInspection({ phase: "known", status });
      },
      (error: unknown) => {
        if (request === latest.current) setInspection({ phase: "failed", problem: describeError(error) });
      },
    );
  }, [host]);

  useEffect(() => {
    checkAgain();
    const requests = latest;
    return () => {
      requests.current++; // ignore a check that finishes after unmount
    };
  }, [checkAgain]);

  return { inspection, checkAgain };
}
