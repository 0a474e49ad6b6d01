import { ABOUT_CELLS } from "../core/about-plan";
import { planRepair, REPAIR_LISTS_CELLS } from "../core/repair-plan";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

/** Repair formatting: re-applies dropdowns and colours; never changes a cell value. */
export async function repairFormatting(host: WorkbookHost): Promise<WorkflowResult> {
  try {
    // Cells on Lists are read too: an older workbook gets the About table, and a missing Lists
    // table is re-created, only where their cells are empty.
    const snapshot = await host.read({ ...CONTRACT_READ, cells: [ABOUT_CELLS, REPAIR_LISTS_CELLS] });
    const decision = planRepair(snapshot);
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    return succeeded("Dropdowns and colours re-applied. No values were changed.", decision.notes, outcome);
  } catch (error) {
    return failed(error);
  }
}
