import { blockAddress, parseBlock } from "./a1";
import { findStatus, type ActionStatus } from "./action-status";
import type { ActionsTarget } from "./actions-target";
import type { CellValue } from "./cell";
import { isoDateToSerial } from "./excel-date";
import { labelKey } from "./label-key";
import type { Plan, PlanStep } from "./plan";
import { cellText } from "./ratings-columns";
import type { ActionField, ActionsTable, RatedArea } from "./rating-workbook";
import { DUE_DATE_FORMAT } from "./workbook-contract";

/** What the add-action form sends; empty strings mean "left blank". */
export interface NewAction {
  readonly nextStep: string;
  readonly theme: string;
  readonly area: string;
  readonly owner: string;
  /** "YYYY-MM-DD" or "". */
  readonly due: string;
  readonly priority: string;
  readonly status: string;
}

export interface AddActionContext {
  readonly target: ActionsTarget;
  readonly actions: ActionsTable;
  readonly areas: readonly RatedArea[];
  readonly statuses: readonly ActionStatus[];
  readonly priorities: readonly string[];
}

export type AddActionDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly ref: string; readonly address: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32_767;

/** The next reference after the highest "prefix + number" in use (A7 after A6), or A1. */
export function nextRef(refs: readonly string[]): string {
  let best: { prefix: string; number: number; width: number } | null = null;
  for (const ref of refs) {
    const match = /^(.*?)(\d+)$/.exec(ref.trim());
    if (!match) continue;
    const number = Number(match[2]);
    if (best === null || number > best.number) best = { prefix: match[1] ?? "", number, width: (match[2] ?? "").length };
  }
  if (best === null) return "A1";
  return `${best.prefix}${String(best.number + 1).padStart(best.width, "0")}`;
}

function problemsOf(action: NewAction, context: AddActionContext): string[] {
  const problems: string[] = [];
  if (action.nextStep.trim() === "") problems.push("Write the next step: an action needs its text.");
  if (action.nextStep.length > MAX_CELL_TEXT) problems.push(`The next step is ${action.nextStep.length} characters long; an Excel cell holds at most ${MAX_CELL_TEXT}.`);
  if (action.owner.length > MAX_CELL_TEXT) problems.push(`The owner is longer than an Excel cell holds (${MAX_CELL_TEXT} characters).`);
  const theme = labelKey(action.theme);
  if (theme !== "" && !context.areas.some((a) => labelKey(a.theme) === theme)) {
    problems.push(`"${action.theme}" is not a theme of the Ratings table.`);
  }
  if (labelKey(action.area) !== "") {
    const areas = context.areas.filter((a) => theme === "" || labelKey(a.theme) === theme);
    if (!areas.some((a) => labelKey(a.area) === labelKey(action.area))) {
      problems.push(theme === "" ? `"${action.area}" is not an area of the Ratings table.` : `"${action.area}" is not an area of the theme "${action.theme}".`);
    }
  }
  if (action.due.trim() !== "" && isoDateToSerial(action.due.trim()) === null) problems.push(`"${action.due}" is not a date (expected YYYY-MM-DD).`);
  if (action.priority.trim() !== "" && !context.priorities.some((p) => labelKey(p) === labelKey(action.priority))) {
    problems.push(`"${action.priority}" is not a priority (the priorities are ${context.priorities.join(", ")}).`);
  }
  if (!findStatus(context.statuses, action.status)) {
    problems.push(`"${action.status}" is not a status (the statuses are ${context.statuses.map((s) => s.label).join(", ")}).`);
  }
  if (context.target.statusColumn === null) problems.push(`The ${context.target.table} table has no Status column.`);
  return problems;
}

function isBlankRow(row: readonly unknown[] | undefined): boolean {
  return row === undefined || row.every((cell) => cellText(cell) === "");
}

/**
 * Plans a new action row. It goes into the table's first trailing blank row when there is one (a
 * newly set-up table has one), otherwise into the row directly below the table, which must be
 * empty; that write grows the table. Text is stored literally; the due date as an Excel date.
 */
export function planAddAction(action: NewAction, context: AddActionContext): AddActionDecision {
  const problems = problemsOf(action, context);
  if (problems.length > 0) return { kind: "refused", problems };
  const { target, actions } = context;
  const whole = parseBlock(target.snapshot.address);
  if (!whole) return { kind: "refused", problems: [`The ${target.table} table's address "${target.snapshot.address}" could not be read.`] };

  const body = target.snapshot.values.slice(1);
  let firstTrailingBlank = body.length;
  while (firstTrailingBlank > 0 && isBlankRow(body[firstTrailingBlank - 1])) firstTrailingBlank -= 1;
  const inside = firstTrailingBlank < body.length;
  const sheetRow = whole.top + 1 + firstTrailingBlank;
  const address = blockAddress({ top: sheetRow, left: whole.left, rows: 1, columns: whole.columns });

  if (!inside) {
    if (target.snapshot.below === undefined) {
      return { kind: "refused", problems: [`The row under the ${target.table} table could not be checked, so nothing was added.`] };
    }
    if (!isBlankRow(target.snapshot.below[0])) {
      return {
        kind: "refused",
        problems: [
          `The row directly under the ${target.table} table (${target.sheet}!${address}) is not empty. Move what is there, or insert an empty row under the table, then add the action again.`,
        ],
      };
    }
  }

  const statusLabel = findStatus(context.statuses, action.status)?.label ?? action.status;
  const priority = context.priorities.find((p) => labelKey(p) === labelKey(action.priority)) ?? "";
  const theme = context.areas.find((a) => labelKey(a.theme) === labelKey(action.theme))?.theme ?? "";
  const area = context.areas.find((a) => labelKey(a.area) === labelKey(action.area))?.area ?? "";
  const ref = nextRef(actions.items.map((i) => i.ref));
  const fields: Partial<Record<ActionField, CellValue>> = {
    ref,
    nextStep: action.nextStep.trim(),
    theme,
    area,
    owner: action.owner.trim(),
    due: action.due.trim() === "" ? null : isoDateToSerial(action.due.trim()),
    priority,
    status: statusLabel,
  };
  const row: CellValue[] = Array.from({ length: whole.columns }, () => null);
  for (const [field, value] of Object.entries(fields) as [ActionField, CellValue][]) {
    const column = actions.columns[field];
    if (column >= 0 && value !== null && value !== "") row[column - whole.left] = value;
  }
  const dueIndex = actions.columns.due >= 0 ? actions.columns.due - whole.left : -1;
  const numberFormats = row.map((_, i) => (i === dueIndex ? DUE_DATE_FORMAT : null));
  const step: PlanStep = inside
    ? { kind: "setValues", sheet: target.sheet, address, values: [row] }
    : {
        kind: "appendTableRows",
        sheet: target.sheet,
        table: target.table,
        address,
        rows: [row],
        numberFormats,
        tableAddress: blockAddress({ top: whole.top, left: whole.left, rows: whole.rows + 1, columns: whole.columns }),
      };
  // The row as tall as its wrapped next step, so that it prints without overlapping the next.
  const fit: PlanStep = { kind: "fitRows", sheet: target.sheet, rows: { first: parseBlock(address)?.top ?? whole.top + whole.rows, count: 1 } };
  return { kind: "plan", plan: { title: "Adding the action", steps: [step, fit] }, ref, address };
}
