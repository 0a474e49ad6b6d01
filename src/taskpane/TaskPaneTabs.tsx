import { Overflow, OverflowItem, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { MoreViewsMenu } from "./MoreViewsMenu";
import type { TaskPaneView } from "./task-pane-views";
import { ViewNavigation } from "./view-navigation";

const useStyles = makeStyles({
  // The tab list never grows wider than the pane: tabs that do not fit move into the "More" menu.
  bar: { display: "flex", alignItems: "center", minWidth: 0, overflow: "hidden" },
  tabs: { minWidth: 0, flexShrink: 1 },
  panel: { paddingTop: tokens.spacingVerticalM, minWidth: 0 },
});

export interface TaskPaneTabsProps {
  readonly host: WorkbookHost;
  readonly views: readonly TaskPaneView[];
  /** The view to open first; the first view when absent. */
  readonly initialView?: string;
}

/**
 * A tab per view; only the chosen view is rendered, so each view reads the workbook afresh when opened.
 * Views that do not fit the pane's width are offered in a "More" menu after the last visible tab; the
 * chosen view always keeps its tab.
 */
export function TaskPaneTabs({ host, views, initialView }: TaskPaneTabsProps) {
  const styles = useStyles();
  const idPrefix = useId();
  const [selectedId, setSelectedId] = useState(initialView ?? views[0]?.id ?? "");
  const selected = views.find((view) => view.id === selectedId) ?? views[0];
  const tabId = (view: TaskPaneView) => `${idPrefix}-tab-${view.id}`;
  const panelId = (view: TaskPaneView) => `${idPrefix}-panel-${view.id}`;
  const open = useCallback((id: string) => {
    setSelectedId(id);
    // A view chosen from the menu takes the place of a visible tab; keyboard users land on its tab.
    requestAnimationFrame(() => document.getElementById(`${idPrefix}-tab-${id}`)?.focus());
  }, [idPrefix]);
  return (
    <ViewNavigation.Provider value={open}>
      {/* The "More" button sits beside the tab list, not in it: a tab list may hold only tabs. */}
      <Overflow minimumVisible={1} padding={8}>
        <div className={styles.bar}>
          <TabList
            className={styles.tabs}
            aria-label="Views"
            size="small"
            selectedValue={selected?.id}
            onTabSelect={(_event, data) => setSelectedId(String(data.value))}
          >
            {views.map((view) => (
              <OverflowItem key={view.id} id={view.id} priority={view.id === selected?.id ? 2 : 1}>
                <Tab id={tabId(view)} value={view.id} aria-controls={panelId(view)}>
                  {view.label}
                </Tab>
              </OverflowItem>
            ))}
          </TabList>
          <MoreViewsMenu views={views} onOpen={open} />
        </div>
      </Overflow>
      {selected !== undefined && (
        <div role="tabpanel" id={panelId(selected)} aria-labelledby={tabId(selected)} className={styles.panel}>
          {selected.render(host)}
        </div>
      )}
    </ViewNavigation.Provider>
  );
}
