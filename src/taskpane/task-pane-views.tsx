import { Suspense, lazy, type ReactElement } from "react";
import { BusyIndicator } from "./BusyIndicator";
import type { WorkbookHost } from "../core/workbook-host";
import { SetUpView } from "./SetUpView";

/** One view of the task pane, shown as a tab. Adding a view is adding one entry to TASK_PANE_VIEWS. */
export interface TaskPaneView {
  /** Stable identifier, used for element ids. */
  readonly id: string;
  /** The tab's label, in the users' words. */
  readonly label: string;
  readonly render: (host: WorkbookHost) => ReactElement;
}

// The Import view (the report parser, and pdf.js when a PDF is opened) loads when its tab is
// opened, so it adds nothing to the first paint.
const ImportView = lazy(() => import(/* webpackChunkName: "import-view" */ "./ImportView").then((m) => ({ default: m.ImportView })));

export const TASK_PANE_VIEWS: readonly TaskPaneView[] = [
  { id: "set-up", label: "Set up", render: (host) => <SetUpView host={host} /> },
  {
    id: "import",
    label: "Import",
    render: (host) => (
      <Suspense fallback={<BusyIndicator activity="Opening the Import view…" />}>
        <ImportView host={host} />
      </Suspense>
    ),
  },
];
