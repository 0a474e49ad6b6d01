import { cellAddress } from "./a1";
import { findStatus, type ActionStatus } from "./action-status";
import { isoDateToSerial } from "./excel-date";
import { labelKey } from "./label-key";
import type { Plan, PlanStep } from "./plan";
import type { ActionItem, ActionsTable } from "./rating-workbook";
import { DUE_DATE_FORMAT } from "./workbook-contract";

/** The action the user picked, as the pane last read it: its row and what identifies it. */
export interface ActionIdentity {
  readonly row: number;
  readonly ref: string;
  readonly nextStep: string;
}

/**
 * What Change status writes: the status, and when given the Update text and the due date
 * ("YYYY-MM-DD", or "" to empty the cell). A field left undefined is not touched.
 */
export interface ActionChange {
  readonly status: string;
  readonly update?: string;
  readonly due?: string;
}

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32_767;

export type UpdateStatusDecision =
  | {
      readonly kind: "plan";
      readonly plan: Plan;
      readonly action: ActionItem;
      readonly status: string;
      /** The fields whose cells the plan writes (a field already holding the value is not written). */
      readonly changed: readonly ("status" | "update" | "due")[];
    }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

function same(item: ActionItem, identity: ActionIdentity): boolean {
  return labelKey(item.ref) === labelKey(identity.ref) && labelKey(item.nextStep) === labelKey(identity.nextStep);
}

/**
 * Plans writing a new status, and the Update and Due cells when asked, into one action's row. The
 * action is found again in a fresh read: at its old row if it is still there, otherwise wherever
 * the table now has it (after a sort), and refused when it is gone or no longer unique, so the wrong
 * row is never changed. Only cells whose value differs are written; bad input refuses everything.
 */
export function planUpdateStatus(
  actions: ActionsTable | null,
  statuses: readonly ActionStatus[],
  identity: ActionIdentity,
  change: string | ActionChange,
): UpdateStatusDecision {
  const { status: statusText, update, due } = typeof change === "string" ? { status: change, update: undefined, due: undefined } : change;
  if (actions === null) return { kind: "refused", problems: ["There is no Actions table."] };
  const status = findStatus(statuses, statusText);
  const problems: string[] = [];
  if (!status) problems.push(`"${statusText}" is not a status (the statuses are ${statuses.map((s) => s.label).join(", ")}).`);
  if (actions.columns.status < 0) problems.push("The Actions table has no Status column.");
  if (update !== undefined && actions.columns.update < 0 && update.trim() !== "") problems.push("The Actions table has no Update column to write the update into.");
  if (update !== undefined && update.length > MAX_CELL_TEXT) problems.push(`The update is ${update.length} characters long; an Excel cell holds at most ${MAX_CELL_TEXT}.`);
  const dueSerial = due === undefined || due.trim() === "" ? null : isoDateToSerial(due.trim());
  if (due !== undefined && due.trim() !== "" && dueSerial === null) problems.push(`"${due}" is not a date (expected YYYY-MM-DD).`);
  if (due !== undefined && actions.columns.due < 0 && due.trim() !== "") problems.push("The Actions table has no Due column to write the date into.");
  if (problems.length > 0 || !status) return { kind: "refused", problems };
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
  const sheet = actions.source.sheet;
  const steps: PlanStep[] = [];
  const changed: ("status" | "update" | "due")[] = [];
  // A status is written unless the cell already holds exactly this label.
  if (action.statusText !== status.label) {
    steps.push({ kind: "setValues", sheet, address: cellAddress(action.row, actions.columns.status), values: [[status.label]] });
    changed.push("status");
  }
  if (update !== undefined && actions.columns.update >= 0 && update.trim() !== action.update.trim()) {
    steps.push({ kind: "setValues", sheet, address: cellAddress(action.row, actions.columns.update), values: [[update.trim() === "" ? null : update.trim()]] });
    changed.push("update");
  }
  if (due !== undefined && actions.columns.due >= 0 && (due.trim() === "" ? action.dueRaw !== null && action.dueRaw !== "" : action.due !== due.trim() || typeof action.dueRaw !== "number")) {
    steps.push({ kind: "setValues", sheet, address: cellAddress(action.row, actions.columns.due), values: [[dueSerial]], numberFormat: dueSerial === null ? undefined : DUE_DATE_FORMAT });
    changed.push("due");
  }
  return { kind: "plan", plan: { title: "Changing the action's status", steps }, action, status: status.label, changed };
}
