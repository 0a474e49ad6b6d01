import { isOpenAction, isOverdue } from "../action-progress";
import type { ActionStatus } from "../action-status";
import { labelKey } from "../label-key";
import type { ActionItem, RatedArea } from "../rating-workbook";

export interface OpenAction {
  readonly item: ActionItem;
  readonly overdue: boolean;
}

/** One line of the counts: a status from the Lists table, or text that names none (kept apart). */
export interface StatusCount {
  readonly status: string;
  /** "Yes"/"No" for listed statuses; null for a status that is not on the list (counted as open). */
  readonly open: boolean | null;
  readonly listed: boolean;
  readonly actions: number;
  readonly overdue: number;
}

export interface ActionOverview {
  readonly total: number;
  readonly open: number;
  readonly overdue: number;
  /** Open actions grouped by theme, then area, in the Ratings table's order; the rest after, by theme and area. */
  readonly openActions: readonly OpenAction[];
  /** Every listed status in list order (zeros included), then unlisted texts in order of first appearance. */
  readonly byStatus: readonly StatusCount[];
  /** Actions whose status text is on no list (blank excluded). */
  readonly unlisted: number;
}

export const BLANK_STATUS = "(blank)";

/** Open actions, overdue ones marked, and counts by status. `todayIso` decides what is overdue. */
export function overviewActions(
  items: readonly ActionItem[],
  statuses: readonly ActionStatus[],
  areas: readonly RatedArea[],
  todayIso: string,
): ActionOverview {
  const themeOrder = new Map<string, number>();
  const areaOrder = new Map<string, number>();
  areas.forEach((area, i) => {
    if (!themeOrder.has(labelKey(area.theme))) themeOrder.set(labelKey(area.theme), themeOrder.size);
    const key = `${labelKey(area.theme)}\n${labelKey(area.area)}`;
    if (!areaOrder.has(key)) areaOrder.set(key, i);
  });
  const open = items
    .filter(isOpenAction)
    .map((item, index) => {
      const theme = labelKey(item.theme);
      const area = labelKey(item.area);
      return {
        item,
        index,
        theme,
        area,
        themeRank: themeOrder.get(theme) ?? Number.MAX_SAFE_INTEGER,
        areaRank: areaOrder.get(`${theme}\n${area}`) ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort(
      (a, b) =>
        a.themeRank - b.themeRank ||
        a.areaRank - b.areaRank ||
        (a.theme === b.theme ? 0 : a.theme < b.theme ? -1 : 1) ||
        (a.area === b.area ? 0 : a.area < b.area ? -1 : 1) ||
        a.index - b.index,
    )
    .map(({ item }) => ({ item, overdue: isOverdue(item, todayIso) }));

  const listed = statuses.map((status) => ({ status, actions: 0, overdue: 0 }));
  const unlisted = new Map<string, { status: string; actions: number; overdue: number }>();
  for (const item of items) {
    const overdue = isOverdue(item, todayIso) ? 1 : 0;
    const entry = item.status ? listed.find((l) => l.status === item.status) : undefined;
    if (entry) {
      entry.actions += 1;
      entry.overdue += overdue;
      continue;
    }
    const text = item.statusText.trim() === "" ? BLANK_STATUS : item.statusText.trim();
    const key = labelKey(text);
    const other = unlisted.get(key) ?? { status: text, actions: 0, overdue: 0 };
    other.actions += 1;
    other.overdue += overdue;
    unlisted.set(key, other);
  }
  const byStatus: StatusCount[] = [
    ...listed.map((l) => ({ status: l.status.label, open: l.status.open, listed: true, actions: l.actions, overdue: l.overdue })),
    ...[...unlisted.values()].map((u) => ({ ...u, open: null, listed: false })),
  ];
  return {
    total: items.length,
    open: open.length,
    overdue: open.filter((o) => o.overdue).length,
    openActions: open,
    byStatus,
    unlisted: [...unlisted.values()].filter((u) => u.status !== BLANK_STATUS).reduce((n, u) => n + u.actions, 0),
  };
}
