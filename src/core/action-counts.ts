import { cellAddress } from "./a1";
import { isOpenAction, isOverdue } from "./action-progress";
import type { ActionStatus } from "./action-status";
import { labelKey } from "./label-key";
import type { ActionsTable } from "./rating-workbook";

export interface StatusCount {
  readonly status: ActionStatus;
  readonly count: number;
}

/** Text in the Status column that names no status of the Lists table, with where it is. */
export interface UnknownStatusCount {
  /** As first found (case and spacing variants of one text are counted together). */
  readonly text: string;
  readonly count: number;
  /** A1 addresses on the Actions sheet. */
  readonly cells: readonly string[];
}

/** Open actions of one owner or one theme; `name` is "" for actions with none. */
export interface OpenGroup {
  readonly name: string;
  readonly open: number;
}

export interface ActionCounts {
  /** Every action row (blank rows are not actions). */
  readonly total: number;
  /** One per status of the Lists table, in its order, zero counts included. */
  readonly statuses: readonly StatusCount[];
  /** Actions with an empty Status cell. */
  readonly blank: number;
  readonly unknown: readonly UnknownStatusCount[];
  /** Open as isOpenAction says: open statuses, blanks and unknown text. */
  readonly open: number;
  readonly overdue: number;
  /** Overdue actions whose due date is typed as text: counted, but Excel's date filter cannot show them. */
  readonly overdueDueAsText: readonly string[];
  readonly openByOwner: readonly OpenGroup[];
  readonly openByTheme: readonly OpenGroup[];
  /** The day "overdue" was measured against, "YYYY-MM-DD". */
  readonly today: string;
}

function grouped(names: readonly string[]): OpenGroup[] {
  const groups = new Map<string, { name: string; open: number }>();
  for (const name of names) {
    const key = labelKey(name);
    const group = groups.get(key) ?? { name: name.trim(), open: 0 };
    group.open += 1;
    groups.set(key, group);
  }
  // Most open first; actions with no owner (or theme) last, as a line of their own.
  return [...groups.values()].sort(
    (a, b) => Number(a.name === "") - Number(b.name === "") || b.open - a.open || a.name.localeCompare(b.name, "en-GB"),
  );
}

/**
 * Counts the Actions table by status, and the open ones by owner and theme. Nothing is dropped:
 * total = sum of status counts + blank + unknown counts.
 */
export function countActions(actions: ActionsTable | null, statuses: readonly ActionStatus[], todayIso: string): ActionCounts {
  const items = actions?.items ?? [];
  const byStatus = new Map<ActionStatus, number>(statuses.map((s) => [s, 0]));
  const unknown = new Map<string, { text: string; count: number; cells: string[] }>();
  let blank = 0;
  for (const item of items) {
    if (item.status) {
      byStatus.set(item.status, (byStatus.get(item.status) ?? 0) + 1);
    } else if (item.statusText === "") {
      blank += 1;
    } else {
      const key = labelKey(item.statusText);
      const entry = unknown.get(key) ?? { text: item.statusText, count: 0, cells: [] };
      entry.count += 1;
      if (actions && actions.columns.status >= 0) entry.cells.push(cellAddress(item.row, actions.columns.status));
      unknown.set(key, entry);
    }
  }
  const open = items.filter(isOpenAction);
  const overdue = items.filter((item) => isOverdue(item, todayIso));
  const dueColumn = actions?.columns.due ?? -1;
  return {
    total: items.length,
    statuses: statuses.map((status) => ({ status, count: byStatus.get(status) ?? 0 })),
    blank,
    unknown: [...unknown.values()],
    open: open.length,
    overdue: overdue.length,
    overdueDueAsText: overdue
      .filter((item) => typeof item.dueRaw === "string" && dueColumn >= 0)
      .map((item) => cellAddress(item.row, dueColumn)),
    openByOwner: grouped(open.map((item) => item.owner)),
    openByTheme: grouped(open.map((item) => item.theme)),
    today: todayIso,
  };
}
