import { useCallback, useEffect, useRef, useState } from "react";
import { localIsoDate } from "../core/action-progress";
import type { WorkbookHost } from "../core/workbook-host";
import { checkOpenWorkbook, type CheckResult } from "../workflows/check-workbook";
import { describeError } from "./describe-error";

export interface WorkbookCheck {
  /** The latest check's result; kept on screen while a new check runs. */
  readonly result: CheckResult | null;
  readonly checking: boolean;
  /** Whether the host re-checks by itself on edits (false: the pane offers Check again only). */
  readonly watching: boolean;
  readonly checkAgain: () => void;
  /** Runs work that writes to the workbook; edits reported meanwhile are ours, so they are ignored. */
  readonly whileWriting: <T>(work: () => Promise<T>) => Promise<T>;
}

export interface WorkbookCheckOptions {
  /** Wait this long after the last reported edit before checking again. */
  readonly recheckDelayMs: number;
  readonly today: () => string;
}

export const DEFAULT_CHECK_OPTIONS: WorkbookCheckOptions = {
  recheckDelayMs: 600,
  today: () => localIsoDate(new Date()),
};

/**
 * Checks the workbook on mount, and again (debounced) whenever the host reports a user edit. Only
 * the latest check's answer is shown.
 */
export function useWorkbookCheck(host: WorkbookHost, options: WorkbookCheckOptions = DEFAULT_CHECK_OPTIONS): WorkbookCheck {
  const { recheckDelayMs, today } = options;
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(true);
  const [watching, setWatching] = useState(false);
  const latest = useRef(0);
  const writing = useRef(0);
  // Held in a ref so that options written inline do not start a new check on every render.
  const todayRef = useRef(today);
  useEffect(() => {
    todayRef.current = today;
  }, [today]);

  const checkAgain = useCallback(() => {
    const request = ++latest.current;
    setChecking(true);
    checkOpenWorkbook(host, { todayIso: todayRef.current() }).then(
      (checked) => {
        if (request !== latest.current) return;
        setResult(checked);
        setChecking(false);
      },
      (error: unknown) => {
        if (request !== latest.current) return;
        setResult({ ok: false, problems: [describeError(error)], findings: [] });
        setChecking(false);
      },
    );
  }, [host]);

  useEffect(() => {
    checkAgain();
    const requests = latest;
    return () => {
      requests.current++; // a check finishing after unmount is ignored
    };
  }, [checkAgain]);

  useEffect(() => {
    let stop: (() => Promise<void>) | null = null;
    let ended = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onEdit = () => {
      if (writing.current > 0) return;
      clearTimeout(timer);
      timer = setTimeout(checkAgain, recheckDelayMs);
    };
    host.watch(onEdit).then(
      (stopWatching) => {
        if (ended) void stopWatching?.().catch(() => {});
        else {
          stop = stopWatching;
          setWatching(stopWatching !== null);
        }
      },
      () => {
        if (!ended) setWatching(false);
      },
    );
    return () => {
      ended = true;
      clearTimeout(timer);
      void stop?.().catch(() => {});
    };
  }, [host, checkAgain, recheckDelayMs]);

  const whileWriting = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    writing.current++;
    try {
      return await work();
    } finally {
      writing.current--;
    }
  }, []);

  return { result, checking, watching, checkAgain, whileWriting };
}
