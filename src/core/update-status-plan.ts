import { cellAddress } from "./a1";
import { findStatus, type ActionStatus } from "./action-status";
import { labelKey } from "./label-key";
import type { Plan } from "./plan";
import type { ActionItem, ActionsTable } from "./rating-workbook";

/** The action the user picked, as the pane last read it: its row and what identifies it. */
export interface ActionIdentity {
  readonly row: number;
  readonly ref: string;
  readonly nextStep: string;
}

export type UpdateStatusDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly action: ActionItem; readonly status: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

function same(item: ActionItem, identity: ActionIdentity): boolean {
  return labelKey(item.ref) === labelKey(identity.ref) && labelKey(item.nextStep) === labelKey(identity.nextStep);
}

/**
 * Plans writing a new status into one action's Status cell. The action is found again in a fresh
 * read: at its old row if it is still there, otherwise wherever the table now has it (after a sort),
 * and refused when it is gone or no longer unique, so the wrong row is never changed.
 */
export function planUpdateStatus(
  actions: ActionsTable | null,
  statuses: readonly ActionStatus[],
  identity: ActionIdentity,
  statusText: string,
): UpdateStatusDecision {
  if (actions === null) return { kind: "refused", problems: ["There is no Actions table."] };
  const status = findStatus(statuses, statusText);
  if (!status) return { kind: "refused", problems: [`"${statusText}" is not a status (the statuses are ${statuses.map((s) => s.label).join(", ")}).`] };
  if (actions.columns.status < 0) return { kind: "refused", problems: ["The Actions table has no Status column."] };
  const atRow = actions.items.find((item) => item.row === identity.row && same(item, identity));
  const matches = actions.items.filter((item) => same(item, identity));
  const action = atRow ?? (matches.length === 1 ? matches[0] : undefined);
  if (!action) {
    const name = identity.ref !== "" ? `action ${identity.ref}` : `action "${identity.nextStep}"`;
    return {
      kind: "refused",
      problems: [
        matches.length > 1
          ? `The table now has ${matches.length} rows like the ${name}, so the add-in cannot tell which one to change. Change its status in the table.`
          : `The ${name} is no longer in the Actions table (it may have been changed or deleted). The list has been read again.`,
      ],
    };
  }
  const address = cellAddress(action.row, actions.columns.status);
  return {
    kind: "plan",
    plan: { title: "Changing the action's status", steps: [{ kind: "setValues", sheet: actions.source.sheet, address, values: [[status.label]] }] },
    action,
    status: status.label,
  };
}
