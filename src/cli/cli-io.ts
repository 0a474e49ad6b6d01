/** Where a command writes; the real process streams, or buffers in tests. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Folder relative paths are resolved from. */
  readonly cwd: string;
}

/** Progress lines go to stderr, so that stdout stays clean for --json and pipes. */
export interface Progress {
  (message: string): void;
}

/** Progress is shown for long runs: big inputs, or when asked for with --verbose. */
export function progressFor(io: CliIo, show: boolean): Progress {
  return (message) => {
    if (show) io.err(`rating-matrix: ${message}`);
  };
}

/** Inputs from this size on count as a long run and report progress. */
export const PROGRESS_FROM_BYTES = 1_000_000;
