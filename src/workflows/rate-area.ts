import { planRating, type RatingChoice } from "../core/rating-plan";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { RatingChoice };

/**
 * Writes one rating: reads the workbook afresh (the row may have moved since the list was shown),
 * then writes the one cell in a single batch.
 */
export async function rateArea(host: WorkbookHost, choice: RatingChoice): Promise<WorkflowResult> {
  try {
    const snapshot = await host.read(CONTRACT_READ);
    const decision = planRating(snapshot, choice);
    if (decision.kind === "refused") return refused(decision.problems);
    const where = `${decision.sheet}!${decision.address}`;
    const what = decision.label === null ? `"${choice.area}" is not rated for ${choice.round}` : `"${choice.area}" is rated ${decision.label} for ${choice.round}`;
    if (decision.kind === "unchanged") return succeeded(`${what} already (${where}).`, [], { skipped: [] });
    const outcome = await host.apply(decision.plan);
    return succeeded(`${what} (${where}).`, [], outcome);
  } catch (error) {
    return failed(error);
  }
}
