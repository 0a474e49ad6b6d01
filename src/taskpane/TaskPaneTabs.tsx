import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import type { TaskPaneView } from "./task-pane-views";

const useStyles = makeStyles({
  panel: { paddingTop: tokens.spacingVerticalM },
});

export interface TaskPaneTabsProps {
  readonly host: WorkbookHost;
  readonly views: readonly TaskPaneView[];
}

/** A tab per view; only the chosen view is rendered, so each view reads the workbook afresh when opened. */
export function TaskPaneTabs({ host, views }: TaskPaneTabsProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const [selectedId, setSelectedId] = useState(views[0]?.id ?? "");
  const selected = views.find((view) => view.id === selectedId) ?? views[0];
  const tabId = (view: TaskPaneView) => `${idPrefix}-tab-${view.id}`;
  const panelId = (view: TaskPaneView) => `${idPrefix}-panel-${view.id}`;
  return (
    <>
      <TabList
        aria-label="Views"
        selectedValue={selected?.id}
        onTabSelect={(_event, data) => setSelectedId(String(data.value))}
      >
        {views.map((view) => (
          <Tab key={view.id} id={tabId(view)} value={view.id} aria-controls={panelId(view)}>
            {view.label}
          </Tab>
        ))}
      </TabList>
      {selected !== undefined && (
        <div role="tabpanel" id={panelId(selected)} aria-labelledby={tabId(selected)} className={styles.panel}>
          {selected.render(host)}
        </div>
      )}
    </>
  );
}
