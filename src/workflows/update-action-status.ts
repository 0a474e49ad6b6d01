import { planUpdateStatus, type ActionIdentity } from "../core/update-status-plan";
import { readWorkbook } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { ActionIdentity };

/**
 * Changes one action's status: one read, to find the action again where the table has it now,
 * then one write of that single cell.
 */
export async function updateActionStatus(host: WorkbookHost, action: ActionIdentity, status: string): Promise<WorkflowResult> {
  try {
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return refused(read.problems.map((p) => p.message));
    const decision = planUpdateStatus(read.workbook.actions, read.workbook.statuses, action, status);
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    const name = decision.action.ref !== "" ? `Action ${decision.action.ref}` : "The action";
    return succeeded(`${name} is now "${decision.status}".`, [], outcome);
  } catch (error) {
    return failed(error);
  }
}
