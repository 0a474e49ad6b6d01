import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { localIsoDate } from "../core/action-progress";
import type { WorkbookHost } from "../core/workbook-host";
import { generateSummary, type GenerateSummaryResult } from "../workflows/generate-summary";
import type { SummaryChoices } from "../workflows/summary-choices";
import { BlockedPanel } from "./BlockedPanel";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { ReplaceSummaryPrompt } from "./ReplaceSummaryPrompt";
import { useSummaryChoices } from "./use-summary-choices";
import { useWorkflowRun } from "./use-workflow-run";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

type Ready = Extract<SummaryChoices, { kind: "ready" }>;

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

  useEffect(() => {
    setEarlier(rounds[rounds.length - 2] ?? "");
    setLater(rounds[rounds.length - 1] ?? "");
    setTarget(choices.target);
  }, [rounds, choices.target]);

  const generate = async (replace?: boolean) => {
    if (same) return;
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
      setGoError(describeError(error));
    }
  };
  const busy = workflow.activity !== null;
  const outcome = workflow.outcome;
  const showOutcome = outcome !== null && confirming === null && !("confirmReplace" in outcome.result && outcome.result.confirmReplace !== undefined);

  return (
    <>
      <Field label="Earlier round" validationMessage={same ? "Choose two different rounds." : undefined} validationState={same ? "error" : "none"}>
        <Select value={earlier} disabled={busy} onChange={(_e, data) => setEarlier(data.value)}>
          {rounds.map((round) => (
            <option key={round} value={round}>
              {round}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Later round">
        <Select value={later} disabled={busy} onChange={(_e, data) => setLater(data.value)}>
          {rounds.map((round) => (
            <option key={round} value={round}>
              {round}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Target level" hint="Areas rated below this level are listed as needing attention.">
        <Select value={target} disabled={busy} onChange={(_e, data) => setTarget(data.value)}>
          {levels.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </Select>
      </Field>
      <p>The summary goes on a new sheet named “Next steps {today()}”. No other sheet is changed.</p>
      <div>
        <Button appearance="primary" disabledFocusable={busy || same} onClick={() => void generate()}>
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
  const { state, checkAgain } = useSummaryChoices(host);
  let body;
  if (state.phase === "checking") body = <BusyIndicator activity="Reading the rounds…" />;
  else if (state.phase === "failed") body = <BlockedPanel title="The workbook could not be read" problems={[state.problem]} onCheckAgain={checkAgain} disabled={false} />;
  else if (state.choices.kind === "blocked") {
    body = <BlockedPanel title="A summary cannot be made yet" problems={state.choices.problems} onCheckAgain={checkAgain} disabled={false} />;
  } else body = <SummaryForm host={host} choices={state.choices} today={today} />;
  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Next steps summary
      </h2>
      {body}
    </section>
  );
}
