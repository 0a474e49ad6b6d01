import { matchRating } from "../rating-scale";
import type { RatingWorkbook } from "../rating-workbook";
import { overviewActions, type ActionOverview } from "./action-overview";
import { headline } from "./headline";
import { chooseRounds, compareRounds, type RoundComparison } from "./round-comparison";
import { targetLevel } from "./target-level";

export interface SummaryOptions {
  /** The two rounds to compare, by label; the latest two by default. */
  readonly rounds?: readonly [string, string];
  /** The level areas should reach, by label or alias; the scale's target by default (targetLevel). */
  readonly target?: string;
  /** Today, "YYYY-MM-DD", local to the person running it: decides what is overdue and names the sheet. */
  readonly todayIso: string;
}

/** What the summary sheet shows, worked out from the workbook before anything is written. */
export interface NextStepsSummary {
  readonly comparison: RoundComparison;
  /** Null when the workbook has no Actions table. */
  readonly actions: ActionOverview | null;
  readonly headline: string;
  readonly todayIso: string;
  /** The organisation the workbook is about (its About table), or null. */
  readonly organisation: string | null;
}

export type SummaryBuild = { readonly ok: true; readonly summary: NextStepsSummary } | { readonly ok: false; readonly problems: readonly string[] };

export function buildSummary(workbook: RatingWorkbook, options: SummaryOptions): SummaryBuild {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.todayIso)) {
    return { ok: false, problems: [`Today's date must be written YYYY-MM-DD (got "${options.todayIso}").`] };
  }
  const { ratings, scale } = workbook;
  const chosen = chooseRounds(ratings, options.rounds);
  if ("problem" in chosen) return { ok: false, problems: [chosen.problem] };
  const target = options.target ?? targetLevel(scale);
  const targetMatch = matchRating(scale, target);
  if (targetMatch.kind === "none") {
    return { ok: false, problems: [`"${target}" is not a level of the rating scale. The levels are: ${scale.levels.map((l) => l.label).join(", ")}.`] };
  }
  const comparison = compareRounds(
    ratings.areas,
    ratings.rounds.map((r) => r.label),
    chosen,
    scale,
    targetMatch.level.label,
  );
  const actions = workbook.actions ? overviewActions(workbook.actions.items, workbook.statuses, ratings.areas, options.todayIso) : null;
  return { ok: true, summary: { comparison, actions, headline: headline(comparison, actions), todayIso: options.todayIso, organisation: workbook.about.organisation } };
}
