import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useContext, useState } from "react";
import { WorkbookError } from "../core/workbook-error";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { ReportDownloadContext, type ReportChoice } from "./report-download";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start", "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export interface ReportDownloadPanelProps {
  readonly choice: ReportChoice;
  readonly disabled: boolean;
}

/**
 * "Download report" where the host can save a file (the preview); elsewhere (inside Excel) a plain
 * sentence saying it cannot, and where the report can be made instead.
 */
export function ReportDownloadPanel({ choice, disabled }: ReportDownloadPanelProps) {
  const styles = useStyles();
  const download = useContext(ReportDownloadContext);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly text: string } | null>(null);
  const save = async () => {
    if (download === null) return;
    setBusy(true);
    setMessage(null);
    try {
      const name = await download(choice);
      setMessage({ ok: true, text: `Downloaded ${name}.` });
    } catch (error) {
      setMessage({ ok: false, text: `The report was not made: ${error instanceof WorkbookError ? error.message : describeError(error)}` });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={styles.panel} aria-label="Progress-review report">
      <h3 className={styles.heading}>Progress-review report</h3>
      {download === null ? (
        <p>
          The report is a Word document, and an add-in cannot save a file from inside Excel. Make it with the command line
          (rating-matrix report workbook.xlsx -o review.docx) or in the browser preview, which can download it.
        </p>
      ) : (
        <>
          <p>A Word document of {choice.rounds.join(" and ")}: each theme&apos;s ratings, the commentary, the areas needing attention and the next steps.</p>
          <Button disabledFocusable={disabled || busy} onClick={() => void save()}>
            Download report
          </Button>
          {busy && <BusyIndicator activity="Making the report…" />}
        </>
      )}
      {message !== null && <p role={message.ok ? "status" : "alert"}>{message.text}</p>}
    </section>
  );
}
