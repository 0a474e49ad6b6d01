import type { ActionItem } from "./rating-workbook";

/**
 * Whether an action still needs work. A blank status counts as open (a new row nobody has touched
 * yet), and so does text that names no known status: only a status marked closed in the Lists
 * sheet (e.g. "Complete") takes an action off the open list. Unknown statuses are reported
 * separately by whoever counts them; they are never silently dropped.
 */
export function isOpenAction(item: ActionItem): boolean {
  return item.status === undefined ? true : item.status.open;
}

/**
 * Open and past its due date. `todayIso` is today's date as "YYYY-MM-DD" in the local time of the
 * computer running Excel, the same day Excel's TODAY() gives there (see localIsoDate). An action
 * due today is not overdue yet; one with no readable due date is never overdue.
 */
export function isOverdue(item: ActionItem, todayIso: string): boolean {
  return isOpenAction(item) && item.due !== null && item.due < todayIso;
}

/** The local calendar date of `now` as "YYYY-MM-DD". */
export function localIsoDate(now: Date): string {
  const y = String(now.getFullYear()).padStart(4, "0");
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}
