import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { NotInExcelMessage } from "./NotInExcelMessage";
import { TASK_PANE_VIEWS, type TaskPaneView } from "./task-pane-views";
import { TaskPaneTabs } from "./TaskPaneTabs";
import { ThemeToggle } from "./ThemeToggle";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
});

export interface AppProps {
  /** The workbook to work on; null when the pane is not running inside Excel. */
  readonly host: WorkbookHost | null;
  /** Whether Office's theme was dark at start-up. */
  readonly dark: boolean;
  /** Why there is no host, when known; shown as a detail. */
  readonly unavailableReason?: string | undefined;
  /** The views to offer; all of them unless a test or preview chooses. */
  readonly views?: readonly TaskPaneView[];
}

export function App({ host, dark: startDark, unavailableReason, views = TASK_PANE_VIEWS }: AppProps) {
  const styles = useStyles();
  const [dark, setDark] = useState(startDark);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>Rating Matrix</h1>
          <ThemeToggle dark={dark} onChange={setDark} />
        </header>
        {host === null ? <NotInExcelMessage reason={unavailableReason} /> : <TaskPaneTabs host={host} views={views} />}
      </main>
    </FluentProvider>
  );
}
