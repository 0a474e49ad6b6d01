import type { PlanOutcome } from "../core/plan";
import { WorkbookError } from "../core/workbook-error";

/** What a user action came to, in words for the task pane or command line. */
export type WorkflowResult =
  | { readonly ok: true; readonly message: string; readonly notices: readonly string[] }
  | { readonly ok: false; readonly problems: readonly string[] };

export function succeeded(message: string, notes: readonly string[], outcome: PlanOutcome): WorkflowResult {
  const skipped = [...new Set(outcome.skipped.map((s) => s.reason))];
  return { ok: true, message, notices: [...notes, ...skipped] };
}

export type WorkflowFailure = Extract<WorkflowResult, { ok: false }>;

export function refused(problems: readonly string[]): WorkflowFailure {
  return { ok: false, problems };
}

/** Turns anything thrown by a host into a result; nothing escapes to the user as a bare exception. */
export function failed(error: unknown): WorkflowFailure {
  if (error instanceof WorkbookError) return refused([error.message]);
  const detail = error instanceof Error ? error.message : String(error);
  return refused([`Something unexpected went wrong, and the workbook may be unchanged or part-changed: ${detail}`]);
}
