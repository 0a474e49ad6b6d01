import type { NextStepsSummary } from "./next-steps-summary";
import { MOVEMENTS, type Movement } from "./round-comparison";

export type SummarySectionId = "ratings" | "attention" | "openActions" | "actionCounts" | "levels" | "noActions";

/** One block of the summary sheet: its heading, how many rows its table has, and a few words more. */
export interface SummarySection {
  readonly id: SummarySectionId;
  readonly title: string;
  /** Rows of its table (0 for a section with no table). */
  readonly rows: number;
  readonly detail: string;
}

export interface SummaryOutline {
  /** The sheet's title, e.g. "Next steps summary for Home Office: IMA 2015 to Review 2017". */
  readonly title: string;
  readonly headline: string;
  readonly sections: readonly SummarySection[];
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function summaryTitle(summary: NextStepsSummary): string {
  const { earlierRound, laterRound } = summary.comparison;
  const about = summary.organisation === null ? "" : ` for ${summary.organisation}`;
  return `Next steps summary${about}: ${earlierRound} to ${laterRound}`;
}

/**
 * What the summary sheet will contain, section by section, worked out before anything is written:
 * the pane shows it beside the Generate button, and the sheet is laid out from the same sections.
 */
export function outlineSummary(summary: NextStepsSummary): SummaryOutline {
  const { comparison, actions } = summary;
  const moved = (m: Movement): number => comparison.areas.filter((a) => a.movement === m).length;
  const movements = MOVEMENTS.filter((m) => moved(m) > 0).map((m) => `${moved(m)} ${m}`);
  const attention = comparison.areas.filter((a) => a.attention.length > 0).length;
  const sections: SummarySection[] = [
    { id: "ratings", title: "How the ratings moved", rows: comparison.areas.length, detail: `${count(comparison.areas.length, "area", "areas")}: ${movements.join(", ") || "none rated"}` },
    {
      id: "attention",
      title: `Areas needing attention (below ${comparison.target}, declined or not rated)`,
      rows: attention,
      detail: attention === 0 ? "none" : count(attention, "area", "areas"),
    },
  ];
  if (actions === null) {
    sections.push({ id: "noActions", title: "Actions", rows: 0, detail: "The workbook has no Actions table, so no actions are listed." });
  } else {
    sections.push(
      {
        id: "openActions",
        title: "Open actions by theme and area",
        rows: actions.openActions.length,
        detail: `${count(actions.open, "open action", "open actions")}, ${actions.overdue === 0 ? "none" : actions.overdue} overdue`,
      },
      { id: "actionCounts", title: "Actions by status", rows: actions.byStatus.length, detail: count(actions.total, "action", "actions") },
    );
  }
  sections.push({ id: "levels", title: "Areas at each level", rows: comparison.levelCounts.length, detail: `${comparison.earlierRound} and ${comparison.laterRound}, with a chart in Excel` });
  return { title: summaryTitle(summary), headline: summary.headline, sections };
}
