import { useCallback, useEffect, useRef, useState } from "react";
import { localIsoDate } from "../core/action-progress";
import type { WorkbookHost } from "../core/workbook-host";
import { readActionsOverview, type ActionsOverview } from "../workflows/action-counts";
import { describeError } from "./describe-error";

export type OverviewState =
  | { readonly phase: "reading" }
  | { readonly phase: "known"; readonly overview: ActionsOverview; readonly notes: readonly string[] }
  | { readonly phase: "failed"; readonly problems: readonly string[]; readonly noRatingsTable: boolean };

export interface ActionsOverviewHook {
  readonly state: OverviewState;
  /** Reads again (keeping the last counts on screen while it reads). */
  readonly refresh: () => void;
  /** False when the host cannot report changes: the view then offers a Refresh button only. */
  readonly watching: boolean;
}

/**
 * The Actions view's data: read when the view opens, and again whenever the user changes the
 * workbook (host.watch). Only the latest read counts. "Today" is the local date of this computer,
 * the day Excel's TODAY() gives here.
 */
export function useActionsOverview(host: WorkbookHost, today: () => string = () => localIsoDate(new Date())): ActionsOverviewHook {
  const [state, setState] = useState<OverviewState>({ phase: "reading" });
  const [watching, setWatching] = useState(false);
  const latest = useRef(0);
  const todayRef = useRef(today);
  todayRef.current = today;

  const refresh = useCallback(() => {
    const request = ++latest.current;
    readActionsOverview(host, todayRef.current()).then(
      (result) => {
        if (request !== latest.current) return;
        setState(result.ok ? { phase: "known", overview: result.overview, notes: result.notes } : { phase: "failed", problems: result.problems, noRatingsTable: result.noRatingsTable === true });
      },
      (error: unknown) => {
        if (request === latest.current) setState({ phase: "failed", problems: [describeError(error)], noRatingsTable: false });
      },
    );
  }, [host]);

  useEffect(() => {
    refresh();
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    host.watch(() => refresh()).then(
      (stopWatching) => {
        if (!live) {
          void stopWatching?.();
          return;
        }
        stop = stopWatching;
        setWatching(stopWatching !== null);
      },
      () => setWatching(false),
    );
    const requests = latest;
    return () => {
      live = false;
      requests.current++;
      void stop?.();
    };
  }, [host, refresh]);

  return { state, refresh, watching };
}
