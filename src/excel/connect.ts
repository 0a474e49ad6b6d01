import type { WorkbookHost } from "../core/workbook-host";
import { detectCapabilities } from "./capabilities";
import { ExcelWorkbookHost } from "./excel-host";

export interface Connection {
  readonly host: WorkbookHost | null;
  readonly dark: boolean;
  /** Why there is no host, in words for the user. */
  readonly reason?: string;
}

const NOT_IN_EXCEL = "Rating Matrix runs inside Excel. Open it from the Home tab in Excel (desktop or on the web).";

/**
 * Waits for office.js. Outside Office, onReady resolves with a null host; if office.js could not
 * load at all it never resolves, so a timeout stops the pane from hanging.
 */
export async function connectToExcel(timeoutMs = 10_000): Promise<Connection> {
  if (typeof Office === "undefined") return { host: null, dark: false, reason: NOT_IN_EXCEL };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  const info = await Promise.race([Office.onReady(), timeout]);
  clearTimeout(timer);
  if (info === null) {
    return { host: null, dark: false, reason: "Excel did not answer in time. Close and reopen the task pane." };
  }
  // The typings say host is never null, but outside Office it is.
  const host: unknown = info.host;
  if (host !== Office.HostType.Excel) return { host: null, dark: false, reason: NOT_IN_EXCEL };
  const dark = Office.context.officeTheme?.isDarkTheme ?? false;
  return { host: new ExcelWorkbookHost(detectCapabilities()), dark };
}
