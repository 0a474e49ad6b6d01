import { FluentProvider, MessageBar, MessageBarBody, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { WorkbookError } from "../core/workbook-error";
import { App } from "../taskpane/App";
import { ReportDownloadContext, type DownloadReport } from "../taskpane/report-download";
import { openXlsx, saveXlsx } from "../xlsx/xlsx-file";
import type { XlsxWorkbookHost } from "../xlsx/xlsx-host";
import { PreviewToolbar } from "./PreviewToolbar";
import { PreviewWorkbookHost } from "./preview-host";
import { makeReportFile } from "./report-file";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: "100vh", boxSizing: "border-box" },
  columns: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, alignItems: "flex-start" },
  pane: { flex: "0 0 360px", maxWidth: "100%", border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, overflow: "hidden" },
  workbook: { flex: "1 1 480px", minWidth: 0 },
});

export interface OpenWorkbook {
  readonly file: XlsxWorkbookHost;
  readonly name: string;
}

export interface PreviewAppProps {
  readonly initial: OpenWorkbook;
  readonly sample: () => Promise<XlsxWorkbookHost>;
  readonly empty: () => XlsxWorkbookHost;
  /** Hands the saved bytes to the browser as a download (an .xlsx workbook unless `type` says otherwise). */
  readonly download: (bytes: Uint8Array, name: string, type?: string) => void;
}

type Message = { readonly intent: "success" | "error"; readonly text: string } | null;

/** The task pane beside a read-only view of the workbook it works on. */
export function PreviewApp({ initial, sample, empty, download }: PreviewAppProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const redraw = useCallback(() => setVersion((v) => v + 1), []);
  const host = useMemo(() => new PreviewWorkbookHost(open.file, redraw), [open, redraw]);
  // The Summary view's "Download report": the preview can save files, Excel cannot.
  const downloadReport = useMemo<DownloadReport>(
    () => async (choice) => {
      const file = await makeReportFile(host, choice);
      download(file.bytes, file.name, file.type);
      return file.name;
    },
    [host, download],
  );

  const replace = (next: OpenWorkbook, text: string) => {
    setOpen(next);
    setGeneration((g) => g + 1);
    setMessage({ intent: "success", text });
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      const text = error instanceof WorkbookError ? error.message : `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
      setMessage({ intent: "error", text });
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header>
          <PreviewToolbar
            busy={busy}
            onOpen={(file) =>
              void run(async () => {
                const opened = await openXlsx(new Uint8Array(await file.arrayBuffer())).catch((error: unknown) => {
                  throw error instanceof WorkbookError ? new WorkbookError(`${file.name}: ${error.message}`, error.code) : error;
                });
                replace({ file: opened, name: file.name }, `Opened ${file.name}.`);
              })
            }
            onSample={() => void run(async () => replace({ file: await sample(), name: "sample.xlsx" }, "Loaded the sample workbook."))}
            onEmpty={() => void run(async () => replace({ file: empty(), name: "workbook.xlsx" }, "Started a new, empty workbook."))}
            onDownload={() =>
              void run(async () => {
                if (open.file.wouldLose.length > 0) {
                  throw new WorkbookError(`This workbook has ${open.file.wouldLose.join(", ")}, which the preview cannot keep, so it cannot be downloaded from here.`);
                }
                download(await saveXlsx(open.file), open.name);
                setMessage({ intent: "success", text: `Downloaded ${open.name}.` });
              })
            }
          />
          <div role="status" aria-live="polite">
            {message && (
              <MessageBar intent={message.intent}>
                <MessageBarBody>{message.text}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </header>
        <div className={styles.columns}>
          <div className={styles.pane}>
            <ReportDownloadContext.Provider value={downloadReport}>
              <App key={generation} host={host} dark={false} />
            </ReportDownloadContext.Provider>
          </div>
          <div className={styles.workbook}>
            <WorkbookView workbook={open.file.workbook} fileName={open.name} version={version + generation} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
