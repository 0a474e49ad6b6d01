import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useState } from "react";
import { localIsoDate } from "../core/action-progress";
import { WorkbookError } from "../core/workbook-error";
import type { WorkbookHost } from "../core/workbook-host";
import { reversedRoundsProblem } from "../core/summary/round-comparison";
import { generateSummary, type GenerateSummaryResult } from "../workflows/generate-summary";
import { summaryChoices, type SummaryChoices } from "../workflows/summary-choices";
import { summaryOutline } from "../workflows/summary-outline";
import { BlockedPanel } from "./BlockedPanel";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { ReplaceSummaryPrompt } from "./ReplaceSummaryPrompt";
import { ReportDownloadPanel } from "./ReportDownloadPanel";
import { SummaryContents } from "./SummaryContents";
import { useWorkbookRead } from "./use-workbook-read";
import { useWorkflowRun } from "./use-workflow-run";
import { NoRatingsTable } from "./NoRatingsTable";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

type Ready = Extract<SummaryChoices, { kind: "ready" }>;

interface OptionSelectProps {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly options: readonly string[];
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly disabled: boolean;
}

/** A labelled native select of plain text options (keyboard- and screen-reader-friendly as it is). */
function OptionSelect({ label, hint, error, options, value, onChange, disabled }: OptionSelectProps) {
  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error === undefined ? "none" : "error"}>
      <Select value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </Select>
    </Field>
  );
}

interface FormProps {
  readonly host: WorkbookHost;
  readonly choices: Ready;
  readonly today: () => string;
}

function SummaryForm({ host, choices, today }: FormProps) {
  const { rounds, levels } = choices;
  const [earlier, setEarlier] = useState(rounds[rounds.length - 2] ?? "");
  const [later, setLater] = useState(rounds[rounds.length - 1] ?? "");
  const [target, setTarget] = useState(choices.target);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [written, setWritten] = useState<string | null>(null);
  const [goError, setGoError] = useState<string | null>(null);
  const workflow = useWorkflowRun();
  const same = earlier === later;
  const reversed = rounds.indexOf(earlier) > rounds.indexOf(later);
  const roundsProblem = same ? "Choose two different rounds." : reversed ? reversedRoundsProblem(earlier, later) : undefined;
  const todayIso = today();
  const outline = useMemo(() => summaryOutline(choices.workbook, { rounds: [earlier, later], target, todayIso }), [choices.workbook, earlier, later, target, todayIso]);

  useEffect(() => {
    setEarlier(rounds[rounds.length - 2] ?? "");
    setLater(rounds[rounds.length - 1] ?? "");
    setTarget(choices.target);
  }, [rounds, choices.target]);

  const generate = async (replace?: boolean) => {
    if (roundsProblem !== undefined) return;
    setConfirming(null);
    setWritten(null);
    setGoError(null);
    const result = (await workflow.run({
      activity: "Writing the summary sheet…",
      successTitle: "Summary written",
      failureTitle: "The summary was not written",
      work: () => generateSummary(host, { rounds: [earlier, later], target, todayIso: today(), ...(replace === undefined ? {} : { replace }) }),
    })) as GenerateSummaryResult;
    if (!result.ok && result.confirmReplace !== undefined) setConfirming(result.confirmReplace);
    if (result.ok) setWritten(result.sheet);
  };
  const goToSheet = async (sheet: string) => {
    setGoError(null);
    try {
      await host.select(sheet, "A1");
    } catch (error) {
      setGoError(error instanceof WorkbookError ? error.message : describeError(error));
    }
  };
  const busy = workflow.activity !== null;
  const outcome = workflow.outcome;
  const showOutcome = outcome !== null && confirming === null && !("confirmReplace" in outcome.result && outcome.result.confirmReplace !== undefined);

  return (
    <>
      <OptionSelect
        label="Earlier round"
        options={rounds}
        value={earlier}
        onChange={setEarlier}
        disabled={busy}
        error={roundsProblem}
      />
      <OptionSelect label="Later round" options={rounds} value={later} onChange={setLater} disabled={busy} />
      <OptionSelect
        label="Target level"
        hint="Areas rated below this level are listed as needing attention."
        options={levels}
        value={target}
        onChange={setTarget}
        disabled={busy}
      />
      <p>The summary goes on a new sheet named “Next steps {today()}”. No other sheet is changed.</p>
      {roundsProblem === undefined && <SummaryContents outline={outline} />}
      <div>
        <Button appearance="primary" disabledFocusable={busy || roundsProblem !== undefined} onClick={() => void generate()}>
          Generate summary
        </Button>
      </div>
      {busy && workflow.activity !== null && <BusyIndicator activity={workflow.activity} />}
      {confirming !== null && (
        <ReplaceSummaryPrompt
          sheet={confirming}
          onReplace={() => void generate(true)}
          onSecondSheet={() => void generate(false)}
          onCancel={() => setConfirming(null)}
        />
      )}
      {showOutcome && <WorkflowResultMessage outcome={outcome} />}
      {written !== null && (
        <div>
          <Button onClick={() => void goToSheet(written)}>Go to “{written}”</Button>
        </div>
      )}
      {goError !== null && <p role="alert">{goError}</p>}
      <ReportDownloadPanel choice={{ rounds: [earlier, later], target, todayIso }} disabled={busy || same} />
    </>
  );
}

export interface SummaryViewProps {
  readonly host: WorkbookHost;
  /** Today as YYYY-MM-DD; the computer's local date unless a test or preview says otherwise. */
  readonly today?: () => string;
}

/** Generates the Next steps summary sheet: pick the rounds and the target, generate, go to the sheet. */
export function SummaryView({ host, today = () => localIsoDate(new Date()) }: SummaryViewProps) {
  const styles = useStyles();
  const headingId = useId();
  const { state, checkAgain } = useWorkbookRead(host, summaryChoices);
  let body;
  if (state.phase === "checking") body = <BusyIndicator activity="Reading the rounds…" />;
  else if (state.phase === "failed") body = <BlockedPanel title="The workbook could not be read" problems={[state.problem]} onCheckAgain={checkAgain} disabled={false} />;
  else if (state.status.kind === "blocked" && state.status.noRatingsTable === true) body = <NoRatingsTable purpose="make a summary" onCheckAgain={checkAgain} />;
  else if (state.status.kind === "blocked") {
    body = <BlockedPanel title="A summary cannot be made yet" problems={state.status.problems} onCheckAgain={checkAgain} disabled={false} />;
  } else body = <SummaryForm host={host} choices={state.status} today={today} />;
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Next steps summary
      </h2>
      {body}
    </section>
  );
}
