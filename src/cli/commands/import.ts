import { readWorkbook } from "../../core/read-workbook";
import { CONTRACT_READ } from "../../workflows/contract-read";
import { importReview } from "../../workflows/import-review";
import { CliError } from "../cli-error";
import { progressFor } from "../cli-io";
import type { Command } from "../command";
import { loadXlsxHost } from "../load-xlsx";
import { IMPORT_HELP, importCommand } from "../import-command";
import { uncertainCells, uncertainNote } from "../uncertain-cells";
import { writeWorkbookFile } from "../workbook-files";

/** `rating-matrix import`: the command itself is in ../import-command.ts; here it meets the CLI and the .xlsx host. */
export const importReviewCommand: Command = {
  name: "import",
  summary: "read a published review (PDF or text): print it as JSON, or write a new workbook",
  help: IMPORT_HELP,
  async run(args, io) {
    const result = await importCommand(args, {
      cwd: io.cwd,
      progress: (show) => progressFor(io, show),
      writeWorkbook: async (review, output, force, progress) => {
        const { newXlsx } = await loadXlsxHost();
        const host = newXlsx();
        const outcome = await importReview(host, { ...review, nextSteps: review.nextSteps.map((s) => s.text) });
        if (outcome.kind === "conflicts") throw new CliError(`${output.name}: a new workbook cannot hold ratings already`);
        if (!outcome.result.ok) throw new CliError(`${output.name}: ${outcome.result.problems.join(" ")}`);
        // The workbook format has no "uncertain" mark: the line names the cells to check instead.
        const written = readWorkbook(await host.read(CONTRACT_READ));
        const cells = written.ok ? uncertainCells(written.workbook.ratings, review.ratings) : [];
        const notes = await writeWorkbookFile(host, { output: output.name, force }, progress);
        return [`${output.name}: ${outcome.result.message}${uncertainNote(cells)}`, ...notes.map((n) => `  ${n}`)].join("\n");
      },
    });
    if (result.stdout !== "") io.out(result.stdout);
    if (result.stderr !== "") io.err(result.stderr);
    return result.exitCode;
  },
};
