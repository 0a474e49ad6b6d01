import { actionsTarget } from "../core/actions-target";
import { planAddAction, type NewAction } from "../core/add-action-plan";
import { readWorkbook } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { ACTIONS_READ } from "./action-counts";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { NewAction };

/** Adds an action: one read (the table and the row under it), then one write. */
export async function addAction(host: WorkbookHost, action: NewAction): Promise<WorkflowResult> {
  try {
    const snapshot = await host.read(ACTIONS_READ);
    const read = readWorkbook(snapshot);
    if (!read.ok) return refused(read.problems.map((p) => p.message));
    const { workbook } = read;
    const target = actionsTarget(snapshot, workbook.actions);
    if ("problem" in target) return refused([target.problem]);
    if (workbook.actions === null) return refused(["There is no Actions table."]);
    const decision = planAddAction(action, {
      target,
      actions: workbook.actions,
      areas: workbook.ratings.areas,
      statuses: workbook.statuses,
      priorities: workbook.priorities,
    });
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    return succeeded(`Added action ${decision.ref} on the sheet "${target.sheet}" (${decision.address}).`, [], outcome);
  } catch (error) {
    return failed(error);
  }
}
