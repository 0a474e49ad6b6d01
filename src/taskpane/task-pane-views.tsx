import { lazy, Suspense, type ReactElement } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { BusyIndicator } from "./BusyIndicator";
import { SetUpView } from "./SetUpView";

/** One view of the task pane, shown as a tab. Adding a view is adding one entry to TASK_PANE_VIEWS. */
export interface TaskPaneView {
  /** Stable identifier, used for element ids. */
  readonly id: string;
  /** The tab's label, in the users' words. */
  readonly label: string;
  readonly render: (host: WorkbookHost) => ReactElement;
}

// Loaded when its tab is first opened, so the summary code stays out of the first paint.
const SummaryView = lazy(() => import("./SummaryView").then((module) => ({ default: module.SummaryView })));

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  { id: "set-up", label: "Set up", render: (host) => <SetUpView host={host} /> },
  {
    id: "summary",
    label: "Summary",
    render: (host) => (
      <Suspense fallback={<BusyIndicator activity="Opening the summary…" />}>
        <SummaryView host={host} />
      </Suspense>
    ),
  },
];
