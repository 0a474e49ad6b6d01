import { planUpdateStatus, type ActionChange, type ActionIdentity } from "../core/update-status-plan";
import { readWorkbook } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { ActionChange, ActionIdentity };

const FIELD_NAMES = { status: "status", update: "update", due: "due date" } as const;

/**
 * Changes one action's status, and its Update and Due cells when given: one read, to find the
 * action again where the table has it now, then one write of the cells that change (none when
 * nothing does), whatever the size of the table.
 */
export async function updateActionStatus(host: WorkbookHost, action: ActionIdentity, change: string | ActionChange): Promise<WorkflowResult> {
  try {
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return refused(read.problems.map((p) => p.message));
    const decision = planUpdateStatus(read.workbook.actions, read.workbook.statuses, action, change);
    if (decision.kind === "refused") return refused(decision.problems);
    const name = decision.action.ref !== "" ? `Action ${decision.action.ref}` : "The action";
    if (decision.changed.length === 0) return succeeded(`${name} already has these values; nothing was written.`, [], { skipped: [] });
    const outcome = await host.apply(decision.plan);
    const others = decision.changed.filter((f) => f !== "status").map((f) => FIELD_NAMES[f]);
    const also = others.length === 0 ? "" : ` Its ${others.join(" and ")} ${others.length === 1 ? "was" : "were"} changed too.`;
    const statusLine = decision.changed.includes("status") ? `${name} is now "${decision.status}".` : `${name} stays "${decision.status}".`;
    return succeeded(`${statusLine}${also}`, [], outcome);
  } catch (error) {
    return failed(error);
  }
}
