import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { describeError } from "./describe-error";

export type WorkbookRead<T> =
  | { readonly phase: "checking" }
  | { readonly phase: "known"; readonly status: T }
  | { readonly phase: "failed"; readonly problem: string };

/** Runs `check` on mount and again on request; only the latest check counts, and none after unmount. */
export function useWorkbookRead<T>(host: WorkbookHost, check: (host: WorkbookHost) => Promise<T>): { state: WorkbookRead<T>; checkAgain: () => void } {
  const [state, setState] = useState<WorkbookRead<T>>({ phase: "checking" });
  const latest = useRef(0);

  const checkAgain = useCallback(() => {
    const request = ++latest.current;
    setState({ phase: "checking" });
    check(host).then(
      (status) => {
        if (request === latest.current) setState({ phase: "known", status });
      },
      (error: unknown) => {
        if (request === latest.current) setState({ phase: "failed", problem: describeError(error) });
      },
    );
  }, [host, check]);

  useEffect(() => {
    checkAgain();
    const requests = latest;
    return () => {
      requests.current++; // ignore a check that finishes after unmount
    };
  }, [checkAgain]);

  return { state, checkAgain };
}
