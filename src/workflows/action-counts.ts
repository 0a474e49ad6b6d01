import { countActions, type ActionCounts } from "../core/action-counts";
import type { ActionStatus } from "../core/action-status";
import { actionsTarget, type ActionsTarget } from "../core/actions-target";
import { lacksRatingsTable, readWorkbook } from "../core/read-workbook";
import type { ActionsTable } from "../core/rating-workbook";
import type { ReadRequest, WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";

/** The contract read, plus the row under each table (to check it is free before appending). */
export const ACTIONS_READ: ReadRequest = { ...CONTRACT_READ, rowsBelow: 1 };

/** A theme of the Ratings table and its areas, for the add-action form. */
export interface ThemeAreas {
  readonly theme: string;
  readonly areas: readonly string[];
}

/** What the Actions view shows and works from, as of one read. */
export interface ActionsOverview {
  readonly counts: ActionCounts;
  readonly actions: ActionsTable;
  readonly target: ActionsTarget;
  readonly statuses: readonly ActionStatus[];
  readonly priorities: readonly string[];
  readonly themes: readonly ThemeAreas[];
}

export type ActionsOverviewResult =
  | { readonly ok: true; readonly overview: ActionsOverview; readonly notes: readonly string[] }
  /** `noRatingsTable`: the workbook is not a rating workbook yet (offer Set up or Import). */
  | { readonly ok: false; readonly problems: readonly string[]; readonly noRatingsTable?: boolean };

function themesOf(areas: readonly { theme: string; area: string }[]): ThemeAreas[] {
  const themes: { theme: string; areas: string[] }[] = [];
  for (const { theme, area } of areas) {
    if (theme === "") continue;
    let entry = themes.find((t) => t.theme === theme);
    if (!entry) {
      entry = { theme, areas: [] };
      themes.push(entry);
    }
    if (area !== "" && !entry.areas.includes(area)) entry.areas.push(area);
  }
  return themes;
}

/** Reads the workbook once and counts the actions; `today` is "YYYY-MM-DD" (see localIsoDate). */
export async function readActionsOverview(host: WorkbookHost, today: string): Promise<ActionsOverviewResult> {
  const snapshot = await host.read(ACTIONS_READ);
  const read = readWorkbook(snapshot);
  if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message), noRatingsTable: lacksRatingsTable(read.problems) };
  const { workbook } = read;
  const target = actionsTarget(snapshot, workbook.actions);
  if ("problem" in target) return { ok: false, problems: [target.problem] };
  if (workbook.actions === null) return { ok: false, problems: ["There is no Actions table."] };
  return {
    ok: true,
    overview: {
      counts: countActions(workbook.actions, workbook.statuses, today),
      actions: workbook.actions,
      target,
      statuses: workbook.statuses,
      priorities: workbook.priorities,
      themes: themesOf(workbook.ratings.areas),
    },
    notes: read.notes,
  };
}
