import path from "node:path";
import { localIsoDate } from "../../core/action-progress";
import type { ReviewReport } from "../../core/report/review-report";
import { readReviewReport } from "../../workflows/review-report";
import { CliError, EXIT } from "../cli-error";
import { PROGRESS_FROM_BYTES, progressFor } from "../cli-io";
import type { Command } from "../command";
import { commaList, parseOptions } from "../parse-options";
import { openWorkbookFile, writeDocumentFile } from "../workbook-files";

/** What `report --json` prints: what went into the document. Format 1; fields are only ever added. */
export function reportJson(report: ReviewReport, file: string, output: string) {
  return {
    format: 1,
    file,
    output,
    organisation: report.organisation,
    framework: report.framework,
    rounds: report.rounds,
    compared: report.compared,
    target: report.target,
    headline: report.headline,
    themes: report.themes.map((t) => ({ name: t.name, areas: t.areas.length, commentary: t.commentary.length + t.areas.reduce((n, a) => n + a.commentary.length, 0) })),
    attention: report.attention.map((a) => ({ theme: a.theme, area: a.area, rating: a.rating.text, why: a.why })),
    nextSteps: report.nextSteps.length,
  };
}

export const reportCommand: Command = {
  name: "report",
  summary: "write the progress-review report of a workbook as a Word document (.docx)",
  help: `Usage: rating-matrix report <in.xlsx> [-o review.docx] [--rounds A,B] [--target LEVEL] [--force] [--json]

Writes the progress review as a Word document: the organisation and the rounds, a table per theme of
each area's ratings by round in the scale's colours with the movement, the commentary kept in the
workbook under each theme and area, the areas needing attention, and the next steps with owner,
due date and status. The workbook is only read.

  -o, --output FILE  where to write the document (default <in>-review.docx beside the input)
  --rounds A,B       the rounds to show, at least two (default: every round); the movement compares
                     the last two
  --target LEVEL     the level areas should reach (default: the scale's target level)
  --force            replace the output file if it already exists
  --json             print what went into the report as JSON on stdout (the written file is named on stderr)
  --verbose          report progress on stderr`,
  async run(args, io) {
    const { values, positionals } = parseOptions("report", args, {
      output: { type: "string", short: "o" },
      rounds: { type: "string" },
      target: { type: "string" },
      force: { type: "boolean" },
      json: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: 1, names: "the workbook to report on (an .xlsx file)" });
    const rounds = values.rounds === undefined ? undefined : commaList(values.rounds);
    if (rounds !== undefined && rounds.length < 2) {
      throw new CliError('report: --rounds needs at least two round labels separated by commas, e.g. --rounds "IMA 2015,Review 2017"');
    }
    const input = positionals[0] as string;
    const output = values.output ?? siblingDocument(input);
    if (!/\.docx$/i.test(output)) throw new CliError(`report: ${output}: the output must be a .docx file (see rating-matrix report --help)`);
    const opened = await openWorkbookFile(input, progressFor(io, values.verbose === true));
    const progress = progressFor(io, values.verbose === true || opened.bytes >= PROGRESS_FROM_BYTES);
    progress("reading the ratings, commentary and actions");
    const read = await readReviewReport(opened.host, {
      ...(rounds ? { rounds } : {}),
      ...(values.target !== undefined ? { target: values.target } : {}),
      todayIso: localIsoDate(new Date()),
    });
    if (!read.ok) throw new CliError(`${input}: ${read.problems.join(" ")}`);
    progress("making the document");
    // The docx package loads only for this command: the others do not pay for it at start-up.
    const { reviewDocumentBytes } = await import("../../docx/review-document");
    const bytes = await reviewDocumentBytes(read.report);
    await writeDocumentFile(bytes, { output, input, force: values.force === true }, progress);
    const { themes, attention, nextSteps } = read.report;
    const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
    const line = `${output}: wrote the progress review (${read.report.subtitle}): ${count(themes.length, "theme", "themes")}, ${count(attention.length, "area", "areas")} needing attention, ${count(nextSteps.length, "next step", "next steps")}.`;
    if (values.json === true) {
      io.out(JSON.stringify(reportJson(read.report, input, output), null, 2));
      io.err(line);
    } else io.out(line);
    return EXIT.ok;
  },
};

/** "a/ratings.xlsx" as "a/ratings-review.docx". */
function siblingDocument(file: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)}-review.docx`);
}
