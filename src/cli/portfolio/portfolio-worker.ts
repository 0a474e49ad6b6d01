import { parentPort, workerData } from "node:worker_threads";
import { readDigest } from "./read-digest";

/** Marks a worker thread started to read workbooks for `portfolio` (workerData.role). */
export const PORTFOLIO_WORKER = "rating-matrix portfolio reader";

export interface PortfolioWorkerData {
  readonly role: typeof PORTFOLIO_WORKER;
  readonly cwd: string;
  readonly todayIso: string;
}

export function isPortfolioWorker(data: unknown): data is PortfolioWorkerData {
  return typeof data === "object" && data !== null && (data as { role?: unknown }).role === PORTFOLIO_WORKER;
}

/**
 * The worker's side: each message is a file name, each reply its DigestRead. The compiled command
 * line is the worker's script (main.ts calls this when loaded in such a thread), so a worker loads
 * the same code, and exceljs only when it reads its first file.
 */
export function servePortfolioReads(): void {
  const port = parentPort;
  if (!isPortfolioWorker(workerData) || port === null) return;
  const { cwd, todayIso } = workerData;
  port.on("message", (file: string) => {
    void readDigest(file, cwd, todayIso).then((result) => port.postMessage(result));
  });
}
