import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { ActionsFilter } from "../core/action-filter-plan";
import type { NewAction } from "../core/add-action-plan";
import type { WorkbookHost } from "../core/workbook-host";
import type { ActionsOverview } from "../workflows/action-counts";
import { addAction } from "../workflows/add-action";
import { addStatusSlicer } from "../workflows/add-status-slicer";
import { filterActions } from "../workflows/filter-actions";
import { updateActionStatus, type ActionIdentity } from "../workflows/update-action-status";
import { ActionCountsPanel } from "./ActionCountsPanel";
import { ActionFilterBar } from "./ActionFilterBar";
import { AddActionForm } from "./AddActionForm";
import { BusyIndicator } from "./BusyIndicator";
import { ChangeStatusForm } from "./ChangeStatusForm";
import { useActionsOverview } from "./use-actions-overview";
import { useWorkflowRun, type WorkflowRun } from "./use-workflow-run";
import { NoRatingsTable } from "./NoRatingsTable";
import { MessageList, WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

interface LoadedProps {
  readonly host: WorkbookHost;
  readonly overview: ActionsOverview;
  readonly notes: readonly string[];
  readonly workflow: WorkflowRun;
  readonly refresh: () => void;
  readonly watching: boolean;
}

function LoadedActions({ host, overview, notes, workflow, refresh, watching }: LoadedProps) {
  const styles = useStyles();
  const [active, setActive] = useState<ActionsFilter | null>(null);
  const busy = workflow.activity !== null;

  const filter = async (choice: ActionsFilter) => {
    const result = await workflow.run({
      activity: "Filtering the Actions table…",
      successTitle: choice.kind === "clear" ? "Filters cleared" : "Filter applied",
      failureTitle: "The filter was not changed",
      work: () => filterActions(host, overview, choice),
    });
    if (result.ok) setActive(choice.kind === "clear" ? null : choice);
  };
  const add = async (action: NewAction): Promise<boolean> => {
    const result = await workflow.run({
      activity: "Adding the action…",
      successTitle: "Action added",
      failureTitle: "The action was not added",
      work: () => addAction(host, action),
    });
    if (result.ok) refresh();
    return result.ok;
  };
  const changeStatus = async (action: ActionIdentity, status: string) => {
    const result = await workflow.run({
      activity: "Changing the status…",
      successTitle: "Status changed",
      failureTitle: "The status was not changed",
      work: () => updateActionStatus(host, action, status),
    });
    refresh();
    return result;
  };
  const addSlicer = () =>
    void workflow.run({
      activity: "Adding the status slicer…",
      successTitle: "Slicer added",
      failureTitle: "The slicer was not added",
      work: () => addStatusSlicer(host, overview),
    });

  return (
    <>
      {notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageList items={notes} />
          </MessageBarBody>
        </MessageBar>
      )}
      <h3 className={styles.subheading}>Counts</h3>
      <ActionCountsPanel counts={overview.counts} />
      <div className={styles.row}>
        <Button size="small" onClick={refresh} disabledFocusable={busy}>
          Refresh counts
        </Button>
        {!watching && <p>Counts do not update by themselves in this version of Excel: refresh them after editing the table.</p>}
      </div>
      <h3 className={styles.subheading}>Filter the Actions table</h3>
      <p>Filters hide rows in Excel; they never change a value. Clear filters removes only the filters on Status, Due and Owner.</p>
      <ActionFilterBar
        counts={overview.counts}
        active={active}
        busy={busy}
        onFilter={(choice) => void filter(choice)}
        slicer={{ available: host.capabilities.slicers === true, note: host.capabilities.slicersNote ?? "", onAdd: addSlicer }}
      />
      {workflow.activity !== null && <BusyIndicator activity={workflow.activity} />}
      {workflow.outcome !== null && <WorkflowResultMessage outcome={workflow.outcome} />}
      <h3 className={styles.subheading}>Add an action</h3>
      <AddActionForm overview={overview} busy={busy} onAdd={add} />
      <h3 className={styles.subheading}>Change an action's status</h3>
      <ChangeStatusForm overview={overview} busy={busy} onChange={(action, status) => void changeStatus(action, status)} />
    </>
  );
}

/** Managers' view of the Actions table: counts, one-click filters, a slicer, and adding or updating actions. */
export function ActionsView({ host, today }: { host: WorkbookHost; today?: () => string }) {
  const styles = useStyles();
  const headingId = useId();
  const { state, refresh, watching } = useActionsOverview(host, today);
  const workflow = useWorkflowRun();
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Actions
      </h2>
      {state.phase === "reading" && <BusyIndicator activity="Reading the actions…" />}
      {state.phase === "failed" && state.noRatingsTable && <NoRatingsTable purpose="follow the actions" onCheckAgain={refresh} />}
      {state.phase === "failed" && !state.noRatingsTable && (
        <>
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>The actions could not be read</MessageBarTitle>
              <MessageList items={state.problems} />
            </MessageBarBody>
          </MessageBar>
          <div>
            <Button onClick={refresh}>Read again</Button>
          </div>
        </>
      )}
      {state.phase === "known" && (
        <LoadedActions host={host} overview={state.overview} notes={state.notes} workflow={workflow} refresh={refresh} watching={watching} />
      )}
    </section>
  );
}
