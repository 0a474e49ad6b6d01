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

// Views other than the first are loaded when their tab is chosen, keeping them out of the first paint.
const CheckView = lazy(() => import(/* webpackChunkName: "check-view" */ "./CheckView").then((module) => ({ default: module.CheckView })));

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  { id: "set-up", label: "Set up", render: (host) => <SetUpView host={host} /> },
  {
    id: "check",
    label: "Check",
    render: (host) => (
      <Suspense fallback={<BusyIndicator activity="Opening Check…" />}>
        <CheckView host={host} />
      </Suspense>
    ),
  },
];
