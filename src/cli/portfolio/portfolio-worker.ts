import { parentPort, workerData } from "node:worker_threads";
import { readDigest, type DigestRead } from "./read-digest";

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

/** A file to read, and its place in the list (replies may come back in another order). */
export interface ReadJob {
  readonly index: number;
  readonly file: string;
}

export interface ReadDone {
  readonly index: number;
  readonly result: DigestRead;
}

/**
 * The worker's side: each message is a ReadJob, each reply its ReadDone. The compiled command
 * line is the worker's script (main.ts calls this when loaded in such a thread), so a worker loads
 * the same code, and exceljs only when it reads its first file.
 */
export function servePortfolioReads(): void {
  const port = parentPort;
  if (!isPortfolioWorker(workerData) || port === null) return;
  const { cwd, todayIso } = workerData;
  port.on("message", (job: ReadJob) => {
    void readDigest(job.file, cwd, todayIso).then((result): void => port.postMessage({ index: job.index, result } satisfies ReadDone));
  });
}
