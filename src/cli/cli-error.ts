/**
 * A failure the command line reports in one line and exit code 2: wrong arguments, or a file that
 * is missing, unreadable or not a usable workbook. Never printed with a stack trace.
 */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;
