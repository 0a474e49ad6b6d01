import { createContext } from "react";

/** What the report is about: the rounds to show (oldest first) and the target level. */
export interface ReportChoice {
  readonly rounds: readonly string[];
  readonly target: string;
  readonly todayIso: string;
}

/**
 * Makes the progress-review report and hands it to the user as a file; resolves to the file's name,
 * or rejects with the reason. Only a host that can save files provides one (the browser preview):
 * inside Excel an add-in cannot save a file, and the context stays null.
 */
export type DownloadReport = (choice: ReportChoice) => Promise<string>;

export const ReportDownloadContext = createContext<DownloadReport | null>(null);
