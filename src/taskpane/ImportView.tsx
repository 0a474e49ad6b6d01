import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { parseReview } from "../core/report-import/parse-review";
import { PdfReadError } from "../pdf/pdf-text";
import type { WorkbookHost } from "../core/workbook-host";
import { importReview, type OverwriteChoice, type RatingConflict } from "../workflows/import-review";
import type { WorkflowResult } from "../workflows/workflow-result";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { draftOf, reviewToWrite, withRating, type ImportDraft } from "./import-draft";
import { ImportConflicts } from "./ImportConflicts";
import { ImportPreview } from "./ImportPreview";
import { readReportFile } from "./read-report-file";
import { ReportSourceForm } from "./ReportSourceForm";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Reads a published review (pasted text or its PDF), shows what was found, then writes it into the workbook. */
export function ImportView({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const headingId = useId();
  const [activity, setActivity] = useState<string | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  const [conflicts, setConflicts] = useState<readonly RatingConflict[] | null>(null);
  const [result, setResult] = useState<WorkflowResult | null>(null);
  const busy = activity !== null;

  const takeText = (text: string, source: string) => {
    const parsed = parseReview(text);
    if (parsed.kind === "not-a-review") {
      setReadProblem(`${source}: ${parsed.message}. Is it a published IMA report or progress review?`);
      return;
    }
    setDraft(draftOf(parsed.review));
  };
  const reset = () => {
    setReadProblem(null);
    setDraft(null);
    setConflicts(null);
    setResult(null);
  };
  const readFile = async (file: File) => {
    reset();
    setActivity(`Reading ${file.name}…`);
    try {
      takeText(await readReportFile(file), file.name);
    } catch (error) {
      setReadProblem(error instanceof PdfReadError ? `${file.name}: ${error.message}` : describeError(error));
    } finally {
      setActivity(null);
    }
  };
  const write = async (choice?: OverwriteChoice) => {
    if (draft === null) return;
    setResult(null);
    setActivity("Writing into the workbook…");
    try {
      const outcome = await importReview(host, reviewToWrite(draft), choice);
      if (outcome.kind === "conflicts") setConflicts(outcome.conflicts);
      else {
        setConflicts(null);
        setResult(outcome.result);
      }
    } catch (error) {
      setResult({ ok: false, problems: [describeError(error)] });
    } finally {
      setActivity(null);
    }
  };

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Import a published review
      </h2>
      {draft === null ? (
        <>
          <p>Start from the last published report: its ratings, rounds and next steps go into this workbook.</p>
          <ReportSourceForm
            busy={busy}
            onFile={(file) => void readFile(file)}
            onText={(text) => {
              reset();
              takeText(text, "The pasted text");
            }}
          />
        </>
      ) : (
        <ImportPreview
          draft={draft}
          busy={busy}
          onRating={(index, rating) => setDraft(withRating(draft, index, rating))}
          onWrite={() => void write()}
          onStartAgain={reset}
        />
      )}
      {activity !== null && <BusyIndicator activity={activity} />}
      {readProblem !== null && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Nothing was imported</MessageBarTitle>
            {readProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {conflicts !== null && draft !== null && (
        <ImportConflicts
          conflicts={conflicts}
          busy={busy}
          onKeep={() => void write({ replace: [], keepOthers: true })}
          onReplace={() => void write({ replace: conflicts.map((c) => c.id), keepOthers: false })}
        />
      )}
      {result !== null && <WorkflowResultMessage outcome={{ result, successTitle: "Review imported", failureTitle: "The review was not imported" }} />}
    </section>
  );
}
