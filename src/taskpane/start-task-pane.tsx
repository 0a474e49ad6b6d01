import { createRoot, type Root } from "react-dom/client";
import type { WorkbookHost } from "../core/workbook-host";
import { App } from "./App";
import { loadDarkTheme } from "./dark-theme";
import { describeError } from "./describe-error";
import { LoadingScreen } from "./LoadingScreen";
import { savedDarkChoice } from "./theme-choice";

/** What connecting to Excel found: a host, or null with the reason, and Office's theme. */
export interface ExcelConnection {
  readonly host: WorkbookHost | null;
  readonly dark: boolean;
  readonly reason?: string;
}

/**
 * Shows a loading state at once, then the app once Excel has answered. The connection is passed in,
 * so this never touches the Office globals and can run in tests and in a plain browser.
 */
export async function startTaskPane(container: Element, connect: () => Promise<ExcelConnection>): Promise<Root> {
  const root = createRoot(container);
  root.render(<LoadingScreen />);
  let connection: ExcelConnection;
  try {
    connection = await connect();
  } catch (error) {
    connection = { host: null, dark: false, reason: describeError(error) };
  }
  // A pane opening dark gets its theme before it is drawn, so it never flashes light first.
  if (savedDarkChoice() ?? connection.dark) await loadDarkTheme().catch(() => null);
  root.render(<App host={connection.host} dark={connection.dark} unavailableReason={connection.reason} />);
  return root;
}
