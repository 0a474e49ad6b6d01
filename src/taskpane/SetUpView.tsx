import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { repairFormatting } from "../workflows/repair-formatting";
import { setUpWorkbook, type SetUpOptions } from "../workflows/set-up-workbook";
import { BlockedPanel } from "./BlockedPanel";
import { BusyIndicator } from "./BusyIndicator";
import { RepairPanel } from "./RepairPanel";
import { SetUpForm } from "./SetUpForm";
import { useWorkbookInspection, type Inspection } from "./use-workbook-inspection";
import { useWorkflowRun, type WorkflowRun } from "./use-workflow-run";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

interface PanelProps {
  readonly host: WorkbookHost;
  readonly inspection: Inspection;
  readonly checkAgain: () => void;
  readonly workflow: WorkflowRun;
}

/** What to offer for what the workbook holds: a form when empty, a repair when set up, the problems when blocked. */
function SetUpPanel({ host, inspection, checkAgain, workflow }: PanelProps) {
  const create = async (options: SetUpOptions) => {
    const result = await workflow.run({
      activity: "Creating the rating workbook…",
      successTitle: "Rating workbook created",
      failureTitle: "The rating workbook was not created",
      work: () => setUpWorkbook(host, options),
    });
    // The workbook has changed: look again, so the view offers a repair rather than a second set-up.
    if (result.ok) checkAgain();
  };
  const repair = () =>
    void workflow.run({
      activity: "Repairing the formatting…",
      successTitle: "Formatting repaired",
      failureTitle: "The formatting was not repaired",
      work: () => repairFormatting(host),
    });

  switch (inspection.phase) {
    case "checking":
      return <BusyIndicator activity="Checking the workbook…" />;
    case "failed":
      return (
        <BlockedPanel
          title="The workbook could not be checked"
          problems={[inspection.problem]}
          onCheckAgain={checkAgain}
          disabled={workflow.activity !== null}
        />
      );
    case "known":
      break;
  }
  const { status } = inspection;
  switch (status.kind) {
    case "empty":
      return <SetUpForm activity={workflow.activity} onCreate={(options) => void create(options)} />;
    case "set-up":
      return (
        <RepairPanel rounds={status.rounds} areaCount={status.areaCount} activity={workflow.activity} onRepair={repair} />
      );
    case "blocked":
      return (
        <BlockedPanel
          title="This workbook cannot be set up as it is"
          problems={status.problems}
          onCheckAgain={checkAgain}
          disabled={workflow.activity !== null}
        />
      );
  }
}

/** Sets up a rating workbook, or repairs one that is set up already. */
export function SetUpView({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const headingId = useId();
  const { inspection, checkAgain } = useWorkbookInspection(host);
  const workflow = useWorkflowRun();
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Set up the workbook
      </h2>
      <SetUpPanel host={host} inspection={inspection} checkAgain={checkAgain} workflow={workflow} />
      {workflow.outcome !== null && <WorkflowResultMessage outcome={workflow.outcome} />}
    </section>
  );
}
