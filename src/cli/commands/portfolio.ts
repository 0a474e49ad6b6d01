import { availableParallelism } from "node:os";
import path from "node:path";
import { localIsoDate } from "../../core/action-progress";
import { comparePortfolio } from "../../core/portfolio/portfolio";
import { portfolioPlan } from "../../core/portfolio/portfolio-plan";
import type { NotRead, WorkbookDigest } from "../../core/portfolio/workbook-digest";
import { CliError, EXIT } from "../cli-error";
import { progressFor } from "../cli-io";
import type { Command } from "../command";
import { loadXlsxHost } from "../load-xlsx";
import { parseOptions } from "../parse-options";
import { findWorkbooks } from "../portfolio/find-workbooks";
import { progressBar } from "../portfolio/progress-bar";
import { exists, writeWorkbookFile } from "../workbook-files";

/**
 * Below this many files the workbooks are read in this thread: starting a worker (which loads
 * exceljs again) costs more than reading a few small workbooks. Measured in docs/decisions.md.
 */
export const WORKERS_FROM_FILES = 8;

export const portfolioCommand: Command = {
  name: "portfolio",
  summary: "compare many rating workbooks in a new workbook (Portfolio, Heat map, Not read)",
  help: `Usage: rating-matrix portfolio <files or folders...> [-o portfolio.xlsx]

Reads every rating workbook named (folders are searched, with their subfolders, for .xlsx files)
and writes a new workbook with three sheets:
  Portfolio  an Excel table "Portfolio", one row per organisation and area: latest and previous
             rating with their rounds, the movement, open and overdue actions
  Heat map   areas down, organisations across, each cell the latest rating in the scale's colours,
             with the number of areas at each level below; workbooks on another scale or framework
             are listed there instead of being compared
  Not read   every file that could not be used, and why
The workbooks read are never changed.

  -o, --output FILE  the workbook to write (default portfolio.xlsx)
  --force            replace the output file if it already exists
  --threads N        read with N worker threads (default: one per processor core, or none
                     for fewer than 8 files; 1 reads without workers)
  --progress         report progress on stderr even when it is not a terminal (on a terminal a
                     progress bar is always shown)
  --verbose          report each step on stderr

Exit code: 0 every file was read, 1 some files were not read (they are on the Not read sheet),
2 none could be read (nothing is written) or wrong arguments.`,
  async run(args, io) {
    const { values, positionals } = parseOptions("portfolio", args, {
      output: { type: "string", short: "o" },
      force: { type: "boolean" },
      threads: { type: "string" },
      progress: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: Number.POSITIVE_INFINITY, names: "the workbooks or folders to compare" });
    const output = values.output ?? "portfolio.xlsx";
    if (!/\.xlsx$/i.test(output)) throw new CliError(`portfolio: ${output}: the output must be an .xlsx file`);
    const threads = values.threads === undefined ? availableParallelism() : Number(values.threads);
    if (!Number.isInteger(threads) || threads < 1 || threads > 64) {
      throw new CliError(`portfolio: --threads needs a whole number from 1 to 64, not "${values.threads ?? ""}"`);
    }
    if (values.force !== true && (await exists(path.resolve(io.cwd, output)))) {
      throw new CliError(`${output}: already exists; choose another name, or pass --force to replace it`);
    }
    const steps = progressFor(io, values.verbose === true);
    const todayIso = localIsoDate(new Date());
    const found = await findWorkbooks(positionals, io.cwd, output);
    if (found.files.length === 0 && found.notRead.length === 0) {
      throw new CliError(`portfolio: no .xlsx files found in ${positionals.join(", ")}`);
    }
    const useThreads = found.files.length >= WORKERS_FROM_FILES || values.threads !== undefined ? threads : 1;
    steps(`reading ${found.files.length} ${found.files.length === 1 ? "workbook" : "workbooks"}${useThreads > 1 ? ` with ${Math.min(useThreads, found.files.length)} worker threads` : ""}`);
    const bar = progressBar(io, values.progress === true);
    const { readDigests } = await import("../portfolio/read-in-parallel");
    const results = await readDigests(found.files, { cwd: io.cwd, todayIso, threads: useThreads, onRead: bar.update });
    bar.end();
    const digests: WorkbookDigest[] = [];
    const notRead: NotRead[] = [...found.notRead];
    for (const result of results) {
      if (result.ok) digests.push(result.digest);
      else notRead.push(result.notRead);
    }
    const portfolio = comparePortfolio(digests, notRead);
    const notReadLines = portfolio.notRead.map((n) => `  not read  ${n.workbook}: ${n.reason}`);
    if (portfolio.read === 0) {
      io.err(`rating-matrix: portfolio: none of the ${notRead.length} ${notRead.length === 1 ? "file" : "files"} could be read; nothing was written`);
      for (const line of notReadLines) io.err(line);
      return EXIT.badInput;
    }
    steps("writing the Portfolio, Heat map and Not read sheets");
    const { newXlsx } = await loadXlsxHost();
    const host = newXlsx();
    await host.apply(portfolioPlan(portfolio, todayIso));
    await writeWorkbookFile(host, { output: path.resolve(io.cwd, output), force: values.force === true }, steps);
    const map = portfolio.heatMap;
    const compared = map?.organisations.length ?? 0;
    io.out(
      `${output}: ${portfolio.read} ${portfolio.read === 1 ? "workbook" : "workbooks"} read, ${portfolio.rows.length} areas on the Portfolio sheet, ${compared} on the heat map` +
        `${map && map.notCompared.length > 0 ? ` (${map.notCompared.length} on another scale or framework)` : ""}, ${portfolio.notRead.length} not read.`,
    );
    for (const line of notReadLines) io.out(line);
    return portfolio.notRead.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
