import { Worker } from "node:worker_threads";
import { readDigest, type DigestRead } from "./read-digest";
import { PORTFOLIO_WORKER, type PortfolioWorkerData } from "./portfolio-worker";

export interface ParallelRead {
  readonly cwd: string;
  readonly todayIso: string;
  /** Worker threads to read with; 1 or fewer reads in this thread. */
  readonly threads: number;
  /** Called after each file, with how many are done. */
  readonly onRead: (done: number, total: number) => void;
}

/**
 * The compiled command line (build/cli.cjs), which a worker thread can run; null when running from
 * the TypeScript sources (the tests' in-process runs), where a worker could not load them.
 */
export function workerScript(): string | null {
  return /\.c?js$/.test(__filename) ? __filename : null;
}

/**
 * Reads every file into its digest, in worker threads when asked for and possible: each worker
 * takes the next file as soon as it has sent back the last, so a slow file holds up one thread
 * only. Results come back in the order of `files`.
 */
export async function readDigests(files: readonly string[], options: ParallelRead): Promise<DigestRead[]> {
  const script = workerScript();
  const threads = Math.min(options.threads, files.length);
  const results: (DigestRead | undefined)[] = files.map(() => undefined);
  let done = 0;
  const finish = (index: number, result: DigestRead) => {
    results[index] = result;
    done += 1;
    options.onRead(done, files.length);
  };
  if (threads <= 1 || script === null) {
    for (const [i, file] of files.entries()) finish(i, await readDigest(file, options.cwd, options.todayIso));
    return results as DigestRead[];
  }
  let next = 0;
  const data: PortfolioWorkerData = { role: PORTFOLIO_WORKER, cwd: options.cwd, todayIso: options.todayIso };
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(script, { workerData: data });
        let current = -1;
        const give = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolve());
            return;
          }
          current = next++;
          worker.postMessage(files[current]);
        };
        worker.on("message", (result: DigestRead) => {
          finish(current, result);
          give();
        });
        worker.on("error", (error) => {
          // The thread is gone: its file is reported, and the other threads read the rest.
          if (current >= 0 && results[current] === undefined) {
            finish(current, { ok: false, notRead: { workbook: files[current] ?? "", reason: `The reader stopped while reading it (${error.message.split("\n")[0] ?? ""}).` } });
          }
          resolve();
        });
        give();
      }),
    ),
  );
  // Files no thread was left to read (every worker failed): read here.
  for (const [i, file] of files.entries()) if (results[i] === undefined) finish(i, await readDigest(file, options.cwd, options.todayIso));
  return results as DigestRead[];
}
