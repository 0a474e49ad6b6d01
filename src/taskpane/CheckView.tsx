import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { About } from "../core/about";
import type { Finding } from "../core/checks";
import { WorkbookError } from "../core/workbook-error";
import type { WorkbookHost } from "../core/workbook-host";
import { fixFindings, type ChosenFix } from "../workflows/fix-findings";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { FindingGroups } from "./FindingGroups";
import { DEFAULT_CHECK_OPTIONS, useWorkbookCheck, type WorkbookCheckOptions } from "./use-workbook-check";
import { useWorkflowRun } from "./use-workflow-run";
import { NoRatingsTable } from "./NoRatingsTable";
import { MessageList, WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  about: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
});

/** "Home Office, on the framework IMA 2015-2018 (4 themes, 10 areas)": what the About table says; null when nothing. */
function aboutText(about: About): string | null {
  if (about.organisation === null && about.framework === null) return null;
  if (about.framework === null) return `Assessing ${about.organisation ?? ""}.`;
  return about.organisation === null ? `Framework: ${about.framework}.` : `Assessing ${about.organisation}, on the framework ${about.framework}.`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function summary(findings: readonly Finding[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.length - errors;
  const fixable = findings.filter((f) => f.fix !== undefined).length;
  const parts = [plural(errors, "error", "errors"), plural(warnings, "warning", "warnings")];
  return `${parts.join(" and ")}${fixable > 0 ? `; ${fixable} can be fixed automatically` : ""}.`;
}

export interface CheckViewProps {
  readonly host: WorkbookHost;
  /** For tests and previews: the re-check delay and today's date. */
  readonly options?: WorkbookCheckOptions;
}

/** Check: what is missing or wrong in the workbook, where, and a one-click fix where there is one. */
export function CheckView({ host, options = DEFAULT_CHECK_OPTIONS }: CheckViewProps) {
  const styles = useStyles();
  const headingId = useId();
  const check = useWorkbookCheck(host, options);
  const workflow = useWorkflowRun();
  const [selectProblem, setSelectProblem] = useState<string | null>(null);
  const busy = workflow.activity !== null;
  const { result } = check;

  const goTo = (finding: Finding) => {
    setSelectProblem(null);
    host.select(finding.sheet, finding.address).catch((error: unknown) => {
      setSelectProblem(error instanceof WorkbookError ? error.message : describeError(error));
    });
  };

  const fix = async (chosen: readonly ChosenFix[], activity: string) => {
    await workflow.run({
      activity,
      successTitle: "Fixed",
      failureTitle: "Nothing was fixed",
      work: () => check.whileWriting(() => fixFindings(host, chosen, { todayIso: options.today() })),
    });
    check.checkAgain();
  };

  const fixable = result?.ok ? result.findings.filter((f) => f.fix !== undefined) : [];

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Check the workbook
      </h2>
      <p>
        {check.watching
          ? "The findings are updated by themselves when the workbook changes."
          : "After editing the workbook, choose Check again to update the findings."}
      </p>
      {result?.ok && aboutText(result.about) !== null && <p className={styles.about}>{aboutText(result.about)}</p>}
      <div className={styles.buttons}>
        <Button onClick={check.checkAgain} disabledFocusable={busy || check.checking}>
          Check again
        </Button>
        {fixable.length > 0 && (
          <Button
            appearance="primary"
            disabledFocusable={busy}
            onClick={() => void fix(fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), "Fixing…")}
          >
            {`Fix all (${fixable.length})`}
          </Button>
        )}
      </div>
      {(check.checking || busy) && <BusyIndicator activity={workflow.activity ?? "Checking the workbook…"} />}
      {workflow.outcome !== null && <WorkflowResultMessage outcome={workflow.outcome} />}
      {selectProblem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The cell could not be selected</MessageBarTitle>
            {selectProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {result !== null && !result.ok && result.noRatingsTable === true && <NoRatingsTable purpose="check the workbook" onCheckAgain={check.checkAgain} />}
      {result !== null && !result.ok && result.noRatingsTable !== true && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>The workbook could not be checked</MessageBarTitle>
            <MessageList items={result.problems} />
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && result.findings.length === 0 && (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>No problems found</MessageBarTitle>
            {`Checked ${plural(result.areaCount, "area", "areas")} and ${plural(result.actionCount, "action", "actions")}.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && result.findings.length > 0 && (
        <MessageBar intent={result.findings.some((f) => f.severity === "error") ? "error" : "warning"} layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>{`${plural(result.findings.length, "finding", "findings")}`}</MessageBarTitle>
            {summary(result.findings)}
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && result.notes.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Please note</MessageBarTitle>
            <MessageList items={result.notes} />
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.ok && (
        <FindingGroups
          findings={result.findings}
          busy={busy}
          onGoTo={goTo}
          onFix={(finding, value) => void fix([{ finding, value }], "Fixing…")}
        />
      )}
    </section>
  );
}
