import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { actionsShown, NO_FILTERS, ownersOf, type ListFilters } from "../core/action-list";
import type { ActionsFilter } from "../core/action-filter-plan";
import type { NewAction } from "../core/add-action-plan";
import type { WorkbookHost } from "../core/workbook-host";
import type { ActionsOverview } from "../workflows/action-counts";
import { addAction } from "../workflows/add-action";
import { addStatusSlicer } from "../workflows/add-status-slicer";
import { filterActions } from "../workflows/filter-actions";
import { updateActionStatus, type ActionChange, type ActionIdentity } from "../workflows/update-action-status";
import { ActionList } from "./ActionList";
import { ActionCountsPanel } from "./ActionCountsPanel";
import { ActionFilterBar } from "./ActionFilterBar";
import { AddActionForm } from "./AddActionForm";
import { BusyIndicator } from "./BusyIndicator";
import { ChangeStatusForm } from "./ChangeStatusForm";
import { useActionsOverview } from "./use-actions-overview";
import { useWorkflowRun, type WorkflowRun, type WorkflowTask } from "./use-workflow-run";
import { NoRatingsTable } from "./NoRatingsTable";
import { MessageList, WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, "& p": { margin: 0 } },
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

/** The pane's filters in words, for the line above the list. */
function describeFilters({ status, owner }: ListFilters): string {
  const parts: string[] = [];
  if (status?.kind === "statuses") parts.push(`status ${[...status.labels, ...(status.blanks ? ["no status"] : [])].join(", ")}`);
  if (status?.kind === "allOpen") parts.push("open actions");
  if (status?.kind === "overdue") parts.push("overdue actions");
  if (owner !== null) parts.push(owner.trim() === "" ? "no owner" : `owner ${owner.trim()}`);
  return parts.join("; ");
}

/** Which part of the view started the last workflow: its result is shown there, next to the control used. */
type Part = "filter" | "add" | "status" | "slicer";

function LoadedActions({ host, overview, notes, workflow, refresh, watching }: LoadedProps) {
  const styles = useStyles();
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const [part, setPart] = useState<Part | null>(null);
  const [picked, setPicked] = useState<number | null>(null);
  const changeRef = useRef<HTMLHeadingElement>(null);
  const busy = workflow.activity !== null;
  const items = overview.actions.items;
  const shown = useMemo(() => actionsShown(items, filters, overview.counts.today), [items, filters, overview.counts.today]);
  const owners = useMemo(() => ownersOf(items), [items]);

  // A change re-reads the workbook: the list above its message may grow, so the message is
  // scrolled into sight again once the new read is shown.
  const revealAfterRead = useRef(false);
  const [readsShown, setReadsShown] = useState(0);
  useEffect(() => {
    if (!revealAfterRead.current) return;
    revealAfterRead.current = false;
    setReadsShown((n) => n + 1);
  }, [overview]);
  const run = (which: Part, task: WorkflowTask) => {
    setPart(which);
    return workflow.run(task);
  };
  /** The result and activity of a part, placed right after its controls. */
  const feedback = (which: Part) =>
    part === which && (
      <>
        {workflow.activity !== null && <BusyIndicator activity={workflow.activity} />}
        {workflow.outcome !== null && <WorkflowResultMessage outcome={workflow.outcome} revealKey={readsShown} />}
      </>
    );

  const filter = async (choice: ActionsFilter) => {
    const result = await run("filter", {
      activity: "Filtering the Actions table…",
      successTitle: choice.kind === "clear" ? "Filters cleared" : "Filter applied",
      failureTitle: "The filter was not changed",
      work: () => filterActions(host, overview, choice),
    });
    if (!result.ok) return;
    if (choice.kind === "clear") setFilters(NO_FILTERS);
    else if (choice.kind === "owner") setFilters((f) => ({ ...f, owner: choice.owner }));
    else setFilters((f) => ({ ...f, status: choice }));
  };
  const add = async (action: NewAction): Promise<boolean> => {
    const result = await run("add", {
      activity: "Adding the action…",
      successTitle: "Action added",
      failureTitle: "The action was not added",
      work: () => addAction(host, action),
    });
    if (result.ok) {
      revealAfterRead.current = true;
      refresh();
    }
    return result.ok;
  };
  const changeStatus = async (action: ActionIdentity, change: ActionChange) => {
    const result = await run("status", {
      activity: "Changing the status…",
      successTitle: "Status changed",
      failureTitle: "The status was not changed",
      work: () => updateActionStatus(host, action, change),
    });
    revealAfterRead.current = true;
    refresh();
    return result;
  };
  const addSlicer = () =>
    void run("slicer", {
      activity: "Adding the status slicer…",
      successTitle: "Slicer added",
      failureTitle: "The slicer was not added",
      work: () => addStatusSlicer(host, overview),
    });
  const pick = (row: number) => {
    setPicked(row);
    changeRef.current?.scrollIntoView({ block: "start", inline: "nearest" });
  };

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
        active={filters.status}
        busy={busy}
        onFilter={(choice) => void filter(choice)}
        capabilities={host.capabilities}
        onAddSlicer={addSlicer}
        owners={owners}
        owner={filters.owner}
      />
      {feedback("filter")}
      {feedback("slicer")}
      <h3 className={styles.subheading}>The actions</h3>
      <ActionList items={shown} total={items.length} filtersText={describeFilters(filters)} today={overview.counts.today} picked={picked} onPick={(item) => pick(item.row)} />
      <h3 className={styles.subheading} ref={changeRef}>
        Change an action's status
      </h3>
      <ChangeStatusForm overview={overview} busy={busy} row={picked} onRowChange={setPicked} onChange={(action, change) => void changeStatus(action, change)} />
      {feedback("status")}
      <h3 className={styles.subheading}>Add an action</h3>
      <AddActionForm overview={overview} busy={busy} onAdd={add} />
      {feedback("add")}
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
