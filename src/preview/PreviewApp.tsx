import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  PortalMountNodeProvider,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { WorkbookError } from "../core/workbook-error";
import { App } from "../taskpane/App";
import { ReportDownloadContext, type DownloadReport } from "../taskpane/report-download";
import { savedDarkChoice, systemPrefersDark } from "../taskpane/theme-choice";
import { openXlsx, saveXlsx } from "../xlsx/xlsx-file";
import type { XlsxWorkbookHost } from "../xlsx/xlsx-host";
import { workbookFileSizeProblem } from "../xlsx/zip-limits";
import { PreviewToolbar } from "./PreviewToolbar";
import { PreviewWorkbookHost } from "./preview-host";
import { makeReportFile } from "./report-file";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  // The page is the window's height: the pane and the workbook each scroll inside their own box, as
  // a task pane beside a sheet does in Excel.
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    height: "100vh",
    boxSizing: "border-box",
  },
  columns: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "stretch", flex: "1 1 auto", minHeight: 0 },
  // The pane's width is the task pane's (Excel gives 320 px and up); popups open inside it, as they
  // open inside the task pane's own window in Excel.
  pane: {
    flex: "0 0 auto",
    position: "relative",
    overflowX: "hidden",
    overflowY: "auto",
    boxSizing: "content-box",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  workbook: { flex: "1 1 0", minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  // Popups mount here: a layer of no height stuck to the top of the pane's visible area, and (by its
  // transform) the containing block of the lists Fluent places with position: fixed. Mounted on the
  // scrolling pane itself, a list that opened before it was placed counted as above the pane's view,
  // and Fluent's "scroll the active option into view" scrolled the whole pane to its top, away from
  // the dropdown clicked. Fluent looks for the option's nearest ancestor whose content overflows; this
  // layer is that ancestor now, and it does not scroll. (In Excel the pane's document scrolls, which
  // Fluent's test does not pick, so nothing moves there.)
  popups: { position: "sticky", top: 0, height: 0, zIndex: 1000000, transform: "translateZ(0)" },
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
  /** The task pane's width in CSS pixels (Excel's task pane is 320 px and wider). */
  readonly paneWidth: number;
}

type Message = { readonly intent: "success" | "error"; readonly text: string } | null;

/** Light or dark: the user's own choice once made, otherwise the system's, followed as it changes. */
function useDarkTheme(): [boolean, (dark: boolean) => void] {
  const [dark, setDark] = useState(() => savedDarkChoice() ?? systemPrefersDark());
  useEffect(() => {
    if (typeof window.matchMedia !== "function") return undefined;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = (event: MediaQueryListEvent) => {
      if (savedDarkChoice() === null) setDark(event.matches);
    };
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);
  return [dark, setDark];
}

/** The task pane beside a read-only view of the workbook it works on. */
export function PreviewApp({ initial, sample, empty, download, paneWidth }: PreviewAppProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(initial);
  const [generation, setGeneration] = useState(0);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [dark, setDark] = useDarkTheme();
  const [popupLayer, setPopupLayer] = useState<HTMLElement | null>(null);

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
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <div className={styles.page}>
        <header>
          <PreviewToolbar
            busy={busy}
            onOpen={(file) =>
              void run(async () => {
                // Refused before it is read into memory, as the command line refuses it.
                const tooLarge = workbookFileSizeProblem(file.size);
                if (tooLarge !== null) throw new WorkbookError(`${file.name}: ${tooLarge}`, "TooLarge");
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
          <div className={styles.pane} style={{ width: `${paneWidth}px` }} data-testid="task-pane">
            <div ref={setPopupLayer} className={styles.popups} />
            {popupLayer !== null && (
              <PortalMountNodeProvider value={popupLayer}>
                <ReportDownloadContext.Provider value={downloadReport}>
                  <App key={generation} host={host} dark={dark} onDarkChange={setDark} />
                </ReportDownloadContext.Provider>
              </PortalMountNodeProvider>
            )}
          </div>
          <div className={styles.workbook}>
            <WorkbookView workbook={open.file.workbook} fileName={open.name} version={version + generation} selection={open.file.selection} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
}
