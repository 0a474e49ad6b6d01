import { featureUnavailable } from "../core/skip-policy";
import { planStatusSlicer } from "../core/slicer-plan";
import type { WorkbookHost } from "../core/workbook-host";
import type { ActionsOverview } from "./action-counts";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

const STILL_FILTERS = "The filter buttons in this pane still work without a slicer.";

/**
 * Puts a Status slicer beside the Actions table. Where Excel lacks slicers, or the call fails (it
 * does on some builds: office-js#5032, #5392), it says so; nothing else depends on the slicer.
 */
export async function addStatusSlicer(host: WorkbookHost, overview: ActionsOverview): Promise<WorkflowResult> {
  const missing = featureUnavailable(host.capabilities, "slicers");
  if (missing !== null) return refused([missing, STILL_FILTERS]);
  const decision = planStatusSlicer(overview.target);
  if (decision.kind === "refused") return refused(decision.problems);
  try {
    const outcome = await host.apply(decision.plan);
    const skipped = outcome.skipped.map((s) => s.reason);
    if (skipped.length > 0) return refused(skipped);
    return succeeded(`Added a Status slicer beside the ${overview.target.table} table. Click its buttons to filter.`, [], outcome);
  } catch (error) {
    const result = failed(error);
    return result.ok ? result : refused([...result.problems, STILL_FILTERS]);
  }
}
