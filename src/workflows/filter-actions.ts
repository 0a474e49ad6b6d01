import { planActionsFilter, type ActionsFilter } from "../core/action-filter-plan";
import { featureUnavailable } from "../core/skip-policy";
import type { WorkbookHost } from "../core/workbook-host";
import type { ActionsOverview } from "./action-counts";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

function describe(filter: ActionsFilter, overview: ActionsOverview): string {
  switch (filter.kind) {
    case "clear":
      return "The add-in's filters on Status, Due and Owner are cleared; filters you set on other columns are unchanged.";
    case "owner":
      if (filter.owner === null) return "Showing the actions of every owner.";
      return filter.owner.trim() === "" ? "Showing actions with no owner." : `Showing the actions of ${filter.owner.trim()}.`;
    case "allOpen":
      return `Showing the ${overview.counts.open} open ${overview.counts.open === 1 ? "action" : "actions"}.`;
    case "overdue":
      return `Showing open actions due before ${filter.today}.`;
    case "statuses": {
      const names = [...filter.labels, ...(filter.blanks ? ["no status"] : [])];
      return `Showing actions with status ${names.join(", ")}.`;
    }
  }
}

/**
 * Filters the Actions table in Excel, from the view's last read: one write round trip, no read.
 * Filters hide rows; no cell changes.
 */
export async function filterActions(host: WorkbookHost, overview: ActionsOverview, filter: ActionsFilter): Promise<WorkflowResult> {
  // The pane disables its filter buttons on such a host; this keeps other callers to the same rule.
  const missing = featureUnavailable(host.capabilities, "filters");
  if (missing !== null) return refused([missing]);
  try {
    const decision = planActionsFilter(overview.target, overview.actions.items, overview.statuses, filter);
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    const notes =
      filter.kind === "overdue" && overview.counts.overdueDueAsText.length > 0
        ? [
            `${overview.counts.overdueDueAsText.length} overdue ${overview.counts.overdueDueAsText.length === 1 ? "action has its" : "actions have their"} due date typed as text (${overview.counts.overdueDueAsText.join(", ")}), which Excel's filter cannot compare: retype ${overview.counts.overdueDueAsText.length === 1 ? "it" : "them"} as a date to see ${overview.counts.overdueDueAsText.length === 1 ? "it" : "them"} here.`,
          ]
        : [];
    return succeeded(describe(filter, overview), notes, outcome);
  } catch (error) {
    return failed(error);
  }
}
