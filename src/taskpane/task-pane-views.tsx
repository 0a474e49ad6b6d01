import { lazy, type ReactElement } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { LazyView } from "./LazyView";
import { SetUpView } from "./SetUpView";

// Loaded when its tab is first opened: its dropdowns bring Fluent's popup-positioning code, which the
// first paint does not need.
const RateView = lazy(() => import("./RateView").then((module) => ({ default: module.RateView })));

/** One view of the task pane, shown as a tab. Adding a view is adding one entry to TASK_PANE_VIEWS. */
export interface TaskPaneView {
  /** Stable identifier, used for element ids. */
  readonly id: string;
  /** The tab's label, in the users' words. */
  readonly label: string;
  readonly render: (host: WorkbookHost) => ReactElement;
}

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  { id: "set-up", label: "Set up", render: (host) => <SetUpView host={host} /> },
  { id: "rate", label: "Rate", render: (host) => <LazyView label="Rate" host={host} view={RateView} /> },
];
