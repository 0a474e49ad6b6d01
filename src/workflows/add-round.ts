import { planAddRound } from "../core/add-round-plan";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

/** Add round: reads the workbook, then adds the column, its dropdowns and colours in one batch. */
export async function addRound(host: WorkbookHost, label: string): Promise<WorkflowResult> {
  try {
    const snapshot = await host.read(CONTRACT_READ);
    const decision = planAddRound(snapshot, label);
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    return succeeded(
      `Added the round "${decision.label}" to the Ratings table (column ${decision.column}), with the rating dropdown and colours.`,
      [],
      outcome,
    );
  } catch (error) {
    return failed(error);
  }
}
