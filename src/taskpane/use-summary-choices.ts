import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { summaryChoices, type SummaryChoices } from "../workflows/summary-choices";
import { describeError } from "./describe-error";

export type ChoicesState =
  | { readonly phase: "checking" }
  | { readonly phase: "known"; readonly choices: SummaryChoices }
  | { readonly phase: "failed"; readonly problem: string };

/** The rounds and levels the Summary view offers: read on mount and on request; only the latest read counts. */
export function useSummaryChoices(host: WorkbookHost): { state: ChoicesState; checkAgain: () => void } {
  const [state, setState] = useState<ChoicesState>({ phase: "checking" });
  const latest = useRef(0);
  const checkAgain = useCallback(() => {
    const request = ++latest.current;
    setState({ phase: "checking" });
    summaryChoices(host).then(
      (choices) => {
        if (request === latest.current) setState({ phase: "known", choices });
      },
      (error: unknown) => {
        if (request === latest.current) setState({ phase: "failed", problem: describeError(error) });
      },
    );
  }, [host]);
  useEffect(() => {
    checkAgain();
    const requests = latest;
    return () => {
      requests.current++;
    };
  }, [checkAgain]);
  return { state, checkAgain };
}
