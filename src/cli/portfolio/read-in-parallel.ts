import { Worker } from "node:worker_threads";
import { readDigest, type DigestRead } from "./read-digest";
import { PORTFOLIO_WORKER, type PortfolioWorkerData, type ReadDone, type ReadJob } from "./portfolio-worker";

export interface ParallelRead {
  readonly cwd: string;
  readonly todayIso: string;
  /** Worker threads to read with; 1 or fewer reads in this thread. */
  readonly threads: number;
  /** Called after each file, with how many are done. */
  readonly onRead: (done: number, total: number) => void;
}

/**
 * Files given to each worker ahead: it starts the next as soon as it finishes one, without waiting
 * for this thread to be scheduled (on a busy machine that wait was longer than a read).
 */
const IN_FLIGHT = 2;

/**
 * The compiled command line (build/cli.cjs), which a worker thread can run; null when running from
 * the TypeScript sources (the tests' in-process runs), where a worker could not load them.
 */
export function workerScript(): string | null {
  return /\.c?js$/.test(__filename) ? __filename : null;
}

/**
 * Reads every file into its digest, in worker threads when asked for and possible: each worker
 * holds IN_FLIGHT files and gets another each time it sends one back, so a slow file holds up one
 * thread only. Results come back in the order of `files`.
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
    // IN_FLIGHT reads at once in this thread: one file is read from disk while another is parsed.
    let next = 0;
    const reader = async (): Promise<void> => {
      while (next < files.length) {
        const index = next++;
        finish(index, await readDigest(files[index] ?? "", options.cwd, options.todayIso));
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, reader));
    return results as DigestRead[];
  }
  let next = 0;
  const data: PortfolioWorkerData = { role: PORTFOLIO_WORKER, cwd: options.cwd, todayIso: options.todayIso };
  await Promise.all(
    Array.from({ length: threads }, () =>
      new Promise<void>((resolve) => {
        const worker = new Worker(script, { workerData: data });
        const inFlight = new Set<number>();
        const give = () => {
          while (inFlight.size < IN_FLIGHT && next < files.length) {
            const index = next++;
            inFlight.add(index);
            worker.postMessage({ index, file: files[index] ?? "" } satisfies ReadJob);
          }
          if (inFlight.size === 0) void worker.terminate().then(() => resolve());
        };
        worker.on("message", ({ index, result }: ReadDone) => {
          inFlight.delete(index);
          finish(index, result);
          give();
        });
        // The thread is gone (an error, or it ended by itself): its files are reported, and the other
        // threads read the rest; nothing waits for it any more.
        const gone = (why: string) => {
          for (const index of inFlight) {
            if (results[index] === undefined) finish(index, { ok: false, notRead: { workbook: files[index] ?? "", reason: `The reader stopped while reading it (${why}).` } });
          }
          inFlight.clear();
          resolve();
        };
        worker.on("error", (error) => gone(error.message.split("\n")[0] ?? "an error"));
        worker.on("exit", (code) => gone(`its thread ended with code ${code}`));
        give();
      }),
    ),
  );
  // Files no thread was left to read (every worker failed): read here.
  for (const [i, file] of files.entries()) if (results[i] === undefined) finish(i, await readDigest(file, options.cwd, options.todayIso));
  return results as DigestRead[];
}
