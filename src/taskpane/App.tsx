import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { loadDarkTheme, loadedDarkTheme } from "./dark-theme";
import { NotInExcelMessage } from "./NotInExcelMessage";
import { TASK_PANE_VIEWS, type TaskPaneView } from "./task-pane-views";
import { TaskPaneTabs } from "./TaskPaneTabs";
import { saveDarkChoice, savedDarkChoice } from "./theme-choice";
import { ThemeToggle } from "./ThemeToggle";

const useStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
    boxSizing: "border-box",
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  // Sized so the title and the theme switch share one line in a 320-pixel pane.
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const FILL_PANE = { minHeight: "100%" } as const;

export interface AppProps {
  /** The workbook to work on; null when the pane is not running inside Excel. */
  readonly host: WorkbookHost | null;
  /**
   * Without `onDarkChange`: the theme to start in when the user never chose one (Office's at
   * start-up). With it, the caller owns the theme (the preview, which themes its page around the pane).
   */
  readonly dark: boolean;
  readonly onDarkChange?: (dark: boolean) => void;
  /** Why there is no host, when known; shown as a detail. */
  readonly unavailableReason?: string | undefined;
  /** The views to offer; all of them unless a test or preview chooses. */
  readonly views?: readonly TaskPaneView[];
}

export function App({ host, dark: startDark, onDarkChange, unavailableReason, views = TASK_PANE_VIEWS }: AppProps) {
  const styles = useStyles();
  const [ownDark, setOwnDark] = useState(() => savedDarkChoice() ?? startDark);
  const dark = onDarkChange === undefined ? ownDark : startDark;
  const [darkTheme, setDarkTheme] = useState(loadedDarkTheme);
  useEffect(() => {
    // Light until the dark theme has loaded (startTaskPane loads it before the first paint when
    // the pane opens dark, so this only waits after the switch is used).
    if (dark && darkTheme === null) void loadDarkTheme().then(setDarkTheme);
  }, [dark, darkTheme]);
  const switchTheme = (next: boolean) => {
    setOwnDark(next);
    saveDarkChoice(next);
    onDarkChange?.(next);
  };
  return (
    // The provider fills the pane with the theme's background through an inline style, never a class:
    // Fluent copies the provider's classes onto the container of every popup (dropdown lists, menus),
    // and a full-height class there once covered the whole pane with a white box.
    <FluentProvider theme={dark && darkTheme !== null ? darkTheme : webLightTheme} style={FILL_PANE}>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>Rating Matrix</h1>
          <ThemeToggle dark={dark} onChange={switchTheme} />
        </header>
        {host === null ? <NotInExcelMessage reason={unavailableReason} /> : <TaskPaneTabs host={host} views={views} />}
      </main>
    </FluentProvider>
  );
}
