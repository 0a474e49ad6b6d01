import { isoDateToSerial } from "./excel-date";
import type { ActionStatus } from "./action-status";
import type { ActionsTarget } from "./actions-target";
import { labelKey } from "./label-key";
import type { Plan, PlanStep } from "./plan";
import type { ActionItem } from "./rating-workbook";

/** What the manager chose in the Actions view. */
export type ActionsFilter =
  /** Rows whose status is one of `labels` (statuses of the Lists table or unknown text found), and blank ones when `blanks`. */
  | { readonly kind: "statuses"; readonly labels: readonly string[]; readonly blanks: boolean }
  /** Every open row: open statuses, unknown text and blanks, exactly the rows counted as open. */
  | { readonly kind: "allOpen" }
  /** Open rows due before `today` ("YYYY-MM-DD"). */
  | { readonly kind: "overdue"; readonly today: string }
  /**
   * Rows of one owner (compared as Excel's filter does: whole text, ignoring case; "" for rows with
   * no owner), or with null every owner again. Only the Owner column's filter changes: it combines
   * with the status and overdue filters, as filters on two columns do in Excel.
   */
  | { readonly kind: "owner"; readonly owner: string | null }
  /** Removes the add-in's filters (on Status, Due and Owner). */
  | { readonly kind: "clear" };

export type FilterDecision = { readonly kind: "plan"; readonly plan: Plan } | { readonly kind: "refused"; readonly problems: readonly string[] };

const TITLE = "Filtering the Actions table";

/**
 * The texts a values filter must list to keep these statuses: each label, plus every spelling of
 * it found in the table (Excel's values filter compares the whole text, so "In  progress" needs
 * listing too). Sorted, without duplicates.
 */
function spellings(labels: readonly string[], items: readonly ActionItem[]): string[] {
  const wanted = new Set(labels.map(labelKey));
  const texts = new Set(labels.map((l) => l.trim()));
  for (const item of items) if (item.statusText !== "" && wanted.has(labelKey(item.statusText))) texts.add(item.statusText);
  return [...texts].filter((t) => t !== "").sort((a, b) => a.localeCompare(b, "en-GB"));
}

/** Open statuses of the Lists table and unknown texts found in the table: what "open" means. */
function openLabels(items: readonly ActionItem[], statuses: readonly ActionStatus[]): string[] {
  const labels = statuses.filter((s) => s.open).map((s) => s.label);
  for (const item of items) if (item.status === undefined && item.statusText !== "") labels.push(item.statusText);
  return labels;
}

/** The Owner column's filter: every spelling of the owner found in the table, or blanks only for "". */
function planOwnerFilter(target: ActionsTarget, items: readonly ActionItem[], owner: string | null): FilterDecision {
  const { sheet, table, ownerColumn } = target;
  if (ownerColumn === null) return { kind: "refused", problems: [`The ${table} table has no Owner column to filter.`] };
  if (owner === null) return { kind: "plan", plan: { title: TITLE, steps: [{ kind: "clearColumnFilter", sheet, table, column: ownerColumn }] } };
  const key = labelKey(owner);
  const found = [...new Set(items.filter((i) => labelKey(i.owner) === key).map((i) => i.owner))];
  const values = key === "" ? [] : (found.length > 0 ? found : [owner.trim()]).sort((a, b) => a.localeCompare(b, "en-GB"));
  return {
    kind: "plan",
    plan: { title: TITLE, steps: [{ kind: "filterColumn", sheet, table, column: ownerColumn, filter: { kind: "values", values, blanks: key === "" } }] },
  };
}

/**
 * Plans the table filters for a choice: a values filter on Status, and (for Overdue) a "before
 * today" filter on Due; other status choices clear the Due filter; an owner choice sets the Owner
 * column's filter only; Clear removes all three. Filters on other columns are left as they are.
 * No step writes a cell.
 */
export function planActionsFilter(
  target: ActionsTarget,
  items: readonly ActionItem[],
  statuses: readonly ActionStatus[],
  filter: ActionsFilter,
): FilterDecision {
  const { sheet, table, statusColumn, dueColumn, ownerColumn } = target;
  if (filter.kind === "owner") return planOwnerFilter(target, items, filter.owner);
  if (statusColumn === null) return { kind: "refused", problems: [`The ${table} table has no Status column to filter.`] };
  const clearDue: PlanStep[] = dueColumn === null ? [] : [{ kind: "clearColumnFilter", sheet, table, column: dueColumn }];
  const byValues = (labels: readonly string[], blanks: boolean): PlanStep => ({
    kind: "filterColumn",
    sheet,
    table,
    column: statusColumn,
    filter: { kind: "values", values: spellings(labels, items), blanks },
  });
  switch (filter.kind) {
    case "clear": {
      const clearOwner: PlanStep[] = ownerColumn === null ? [] : [{ kind: "clearColumnFilter", sheet, table, column: ownerColumn }];
      return { kind: "plan", plan: { title: TITLE, steps: [{ kind: "clearColumnFilter", sheet, table, column: statusColumn }, ...clearDue, ...clearOwner] } };
    }
    case "statuses":
      if (filter.labels.length === 0 && !filter.blanks) return { kind: "refused", problems: ["Choose at least one status to show."] };
      return { kind: "plan", plan: { title: TITLE, steps: [byValues(filter.labels, filter.blanks), ...clearDue] } };
    case "allOpen":
      return { kind: "plan", plan: { title: TITLE, steps: [byValues(openLabels(items, statuses), true), ...clearDue] } };
    case "overdue": {
      if (dueColumn === null) return { kind: "refused", problems: [`The ${table} table has no Due column, so no action can be overdue.`] };
      const serial = isoDateToSerial(filter.today);
      if (serial === null) return { kind: "refused", problems: [`"${filter.today}" is not a date.`] };
      return {
        kind: "plan",
        plan: {
          title: TITLE,
          steps: [byValues(openLabels(items, statuses), true), { kind: "filterColumn", sheet, table, column: dueColumn, filter: { kind: "before", serial } }],
        },
      };
    }
  }
}
