import { lazy, Suspense, type ComponentType, type ReactElement } from "react";
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

type ViewComponent = ComponentType<{ host: WorkbookHost }>;

/**
 * A view loaded when its tab is first chosen, so its code (and the workbook reader) stays out of
 * the first paint (target: 150 KB gzipped). Fluent and React stay in the shared vendor chunk.
 */
function lazyView(id: string, label: string, load: () => Promise<ViewComponent>): TaskPaneView {
  const View = lazy(() => load().then((component) => ({ default: component })));
  return {
    id,
    label,
    render: (host) => (
      <Suspense fallback={<BusyIndicator activity={`Opening ${label}…`} />}>
        <View host={host} />
      </Suspense>
    ),
  };
}

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  { id: "set-up", label: "Set up", render: (host) => <SetUpView host={host} /> },
  lazyView("check", "Check", () => import(/* webpackChunkName: "check-view" */ "./CheckView").then((m) => m.CheckView)),
  lazyView("actions", "Actions", () => import(/* webpackChunkName: "actions-view" */ "./ActionsView").then((m) => m.ActionsView)),
];
