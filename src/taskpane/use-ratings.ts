import { useCallback, useEffect, useRef, useState } from "react";
import type { RatingScale } from "../core/rating-scale";
import type { RatingCell, RatingsTable } from "../core/rating-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { readRatings } from "../workflows/read-ratings";
import { describeError } from "./describe-error";

export type RatingsState =
  | { readonly phase: "reading" }
  | { readonly phase: "failed"; readonly problems: readonly string[]; readonly noRatingsTable: boolean }
  /** `refreshing`: a new read is under way; the list stays on screen (and keeps focus) meanwhile. */
  | { readonly phase: "ready"; readonly ratings: RatingsTable; readonly scale: RatingScale; readonly refreshing: boolean };

export interface Ratings {
  readonly state: RatingsState;
  readonly refresh: () => void;
  /** Shows a rating the add-in has just written, without reading the workbook again. */
  readonly showWritten: (row: number, roundIndex: number, level: string | null) => void;
  /** Shows Notes the add-in has just written, without reading the workbook again. */
  readonly showNotes: (row: number, text: string) => void;
}

function writtenCell(cell: RatingCell, level: string | null): RatingCell {
  return level === null
    ? { ...cell, raw: "", text: "", level: null, match: "blank" }
    : { ...cell, raw: level, text: level, level, match: "exact" };
}

/** The Ratings table and scale, read on mount and on request. Only the latest read counts. */
export function useRatings(host: WorkbookHost): Ratings {
  const [state, setState] = useState<RatingsState>({ phase: "reading" });
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const request = ++latest.current;
    setState((before) => (before.phase === "ready" ? { ...before, refreshing: true } : { phase: "reading" }));
    readRatings(host).then(
      (read) => {
        if (request !== latest.current) return;
        setState(
          read.ok
            ? { phase: "ready", ratings: read.ratings, scale: read.scale, refreshing: false }
            : { phase: "failed", problems: read.problems, noRatingsTable: read.noRatingsTable === true },
        );
      },
      (error: unknown) => {
        if (request === latest.current) setState({ phase: "failed", problems: [describeError(error)], noRatingsTable: false });
      },
    );
  }, [host]);

  useEffect(() => {
    refresh();
    const requests = latest;
    return () => {
      requests.current++; // ignore a read that finishes after unmount
    };
  }, [refresh]);

  const showWritten = useCallback((row: number, roundIndex: number, level: string | null) => {
    setState((before) => {
      if (before.phase !== "ready") return before;
      const areas = before.ratings.areas.map((area) =>
        area.row !== row ? area : { ...area, ratings: area.ratings.map((cell, i) => (i === roundIndex ? writtenCell(cell, level) : cell)) },
      );
      return { ...before, ratings: { ...before.ratings, areas } };
    });
  }, []);

  const showNotes = useCallback((row: number, text: string) => {
    setState((before) => {
      if (before.phase !== "ready") return before;
      const areas = before.ratings.areas.map((area) => (area.row !== row ? area : { ...area, notes: text }));
      return { ...before, ratings: { ...before.ratings, areas } };
    });
  }, []);

  return { state, refresh, showWritten, showNotes };
}
