import { isMainThread, workerData } from "node:worker_threads";
import { CliError, EXIT } from "./cli-error";
import type { CliIo } from "./cli-io";
import { fileSystemReason } from "./file-system-reason";
import type { Command } from "./command";
import { checkCommand } from "./commands/check";
import { importReviewCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { portfolioCommand } from "./commands/portfolio";
import { repairCommand } from "./commands/repair";
import { reportCommand } from "./commands/report";
import { summaryCommand } from "./commands/summary";
import { isPortfolioWorker, servePortfolioReads } from "./portfolio/portfolio-worker";

export const COMMANDS: readonly Command[] = [initCommand, checkCommand, summaryCommand, repairCommand, importReviewCommand, reportCommand, portfolioCommand];

// Loaded in a worker thread `portfolio` started to read workbooks: serve reads instead of a command.
if (!isMainThread && isPortfolioWorker(workerData)) servePortfolioReads();

function generalHelp(): string {
  return [
    "Usage: rating-matrix <command> [options]",
    "",
    "Rating Matrix outside Excel: the same set-up, checks and summary as the add-in, on .xlsx files.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`),
    "",
    "Run rating-matrix <command> --help for a command's options. Exit codes: 0 done, 1 check found",
    "errors or portfolio could not read some files, 2 bad arguments or unusable file (one line on",
    "stderr; the input is never changed).",
  ].join("\n");
}

/** Runs the command line; resolves to the exit code. Expected failures print one line, never a stack. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err("rating-matrix: no command given; run rating-matrix --help");
    return EXIT.badInput;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    io.out(generalHelp());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`rating-matrix: unknown command "${name}"; the commands are ${COMMANDS.map((c) => c.name).join(", ")} (see rating-matrix --help)`);
    return EXIT.badInput;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`rating-matrix: ${error.message}`);
      return EXIT.badInput;
    }
    // A file-system failure a command did not put into words itself is still the file's, not a bug.
    const fsError = error as { code?: unknown; syscall?: unknown; path?: unknown } | null;
    if (typeof fsError?.code === "string" && typeof fsError.syscall === "string") {
      io.err(`rating-matrix: ${typeof fsError.path === "string" ? `${fsError.path}: ` : ""}${fileSystemReason(error)}`);
      return EXIT.badInput;
    }
    const detail = error instanceof Error ? error.message.split("\n")[0] : String(error);
    io.err(`rating-matrix ${name}: unexpected error, please report it: ${detail}`);
    return EXIT.internal;
  }
}
