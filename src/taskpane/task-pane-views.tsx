import { lazy, type ComponentType, type ReactElement } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { LazyView } from "./LazyView";

/** One view of the task pane, shown as a tab. Adding a view is adding one entry to TASK_PANE_VIEWS. */
export interface TaskPaneView {
  /** Stable identifier, used for element ids. */
  readonly id: string;
  /** The tab's label, in the users' words. */
  readonly label: string;
  readonly render: (host: WorkbookHost) => ReactElement;
}

type ViewComponent = ComponentType<{ host: WorkbookHost }>;

/**
 * A view loaded when its tab is first chosen, so its code (the workbook reader, Fluent's popup
 * positioning for dropdowns) stays out of the first paint (goal: 125 KiB gzipped). Set up too: the
 * first paint is the pane's frame and tabs, and the Set up view follows a moment later.
 */
function lazyView(id: string, label: string, load: () => Promise<ViewComponent>): TaskPaneView {
  const View = lazy(() => load().then((component) => ({ default: component })));
  return { id, label, render: (host) => <LazyView label={label} host={host} view={View} /> };
}

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  lazyView("set-up", "Set up", () => import(/* webpackChunkName: "set-up-view" */ "./SetUpView").then((m) => m.SetUpView)),
  lazyView("rate", "Rate", () => import(/* webpackChunkName: "rate-view" */ "./RateView").then((m) => m.RateView)),
  lazyView("check", "Check", () => import(/* webpackChunkName: "check-view" */ "./CheckView").then((m) => m.CheckView)),
  lazyView("summary", "Summary", () => import(/* webpackChunkName: "summary-view" */ "./SummaryView").then((m) => m.SummaryView)),
  lazyView("actions", "Actions", () => import(/* webpackChunkName: "actions-view" */ "./ActionsView").then((m) => m.ActionsView)),
  // The report parser, and pdf.js (its own chunk) only once a PDF is opened.
  lazyView("import", "Import", () => import(/* webpackChunkName: "import-view" */ "./ImportView").then((m) => m.ImportView)),
];
