/** Where a command writes; the real process streams, or buffers in tests. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Folder relative paths are resolved from. */
  readonly cwd: string;
  /**
   * Whether stderr is a terminal, where a progress bar can redraw one line; absent (tests, pipes)
   * means it is not. Then `errPartial` writes text without ending the line.
   */
  readonly errIsTerminal?: boolean;
  readonly errPartial?: (text: string) => void;
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
