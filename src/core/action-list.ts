import type { ActionsFilter } from "./action-filter-plan";
import { isOpenAction, isOverdue } from "./action-progress";
import { labelKey } from "./label-key";
import type { ActionItem } from "./rating-workbook";

/** The filters the pane last applied: one on the statuses (or Overdue), one on the owner; null for none. */
export interface ListFilters {
  readonly status: Exclude<ActionsFilter, { kind: "clear" } | { kind: "owner" }> | null;
  /** An owner's name, "" for actions with no owner, null for every owner. */
  readonly owner: string | null;
}

export const NO_FILTERS: ListFilters = { status: null, owner: null };

function keptByStatus(item: ActionItem, filter: ListFilters["status"], today: string): boolean {
  if (filter === null) return true;
  switch (filter.kind) {
    case "statuses":
      if (item.statusText.trim() === "") return filter.blanks;
      return filter.labels.some((label) => labelKey(label) === labelKey(item.statusText));
    case "allOpen":
      return isOpenAction(item);
    case "overdue":
      // Excel's date filter compares dates only: a due date typed as text is hidden there, so here too.
      return isOverdue(item, filter.today === "" ? today : filter.today) && typeof item.dueRaw === "number";
  }
}

/**
 * The actions the table shows under these filters, as Excel's filters keep them (the same rows the
 * filter plans hide, compared the same way: whole text, ignoring case and outer spaces).
 */
export function actionsShown(items: readonly ActionItem[], filters: ListFilters, today: string): ActionItem[] {
  const owner = filters.owner === null ? null : labelKey(filters.owner);
  return items.filter((item) => keptByStatus(item, filters.status, today) && (owner === null || labelKey(item.owner) === owner));
}

/** The owners named in the table, each once (first spelling), sorted; whether some action has none. */
export function ownersOf(items: readonly ActionItem[]): { readonly names: readonly string[]; readonly someUnowned: boolean } {
  const names = new Map<string, string>();
  let someUnowned = false;
  for (const item of items) {
    const key = labelKey(item.owner);
    if (key === "") someUnowned = true;
    else if (!names.has(key)) names.set(key, item.owner.trim());
  }
  return { names: [...names.values()].sort((a, b) => a.localeCompare(b, "en-GB")), someUnowned };
}
