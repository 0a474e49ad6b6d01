import { generateSummary } from "../../workflows/generate-summary";
import { CliError, EXIT } from "../cli-error";
import { PROGRESS_FROM_BYTES, progressFor } from "../cli-io";
import type { Command } from "../command";
import { commaList, parseOptions } from "../parse-options";
import { localIsoDate } from "../../core/action-progress";
import { openWorkbookFile, writeWorkbookFile } from "../workbook-files";
import { siblingName } from "./repair";

export const summaryCommand: Command = {
  name: "summary",
  summary: "write a copy of the workbook with a Next steps summary sheet",
  help: `Usage: rating-matrix summary <in.xlsx> [-o out.xlsx] [--rounds A,B] [--target LEVEL]

Writes a copy of the workbook with a new "Next steps <date>" sheet: what moved between two rounds,
which areas are below the target level, and which actions are open. The input is left untouched.

  -o, --output FILE  where to write the copy (default <in>-summary.xlsx beside the input)
  --rounds A,B       the two rounds to compare, older first (default: the last two)
  --target LEVEL     the level areas should reach (default: the scale's target level)
  --replace          replace a summary sheet made earlier today (default: add a second one)
  --force            replace the output file if it already exists
  --verbose          report progress on stderr`,
  async run(args, io) {
    const { values, positionals } = parseOptions("summary", args, {
      output: { type: "string", short: "o" },
      rounds: { type: "string" },
      target: { type: "string" },
      replace: { type: "boolean" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: 1, names: "the workbook to summarise (an .xlsx file)" });
    const rounds = values.rounds === undefined ? undefined : commaList(values.rounds);
    if (rounds !== undefined && rounds.length !== 2) {
      throw new CliError('summary: --rounds needs two round labels separated by a comma, e.g. --rounds "IMA 2015,Review 2017"');
    }
    const input = positionals[0] as string;
    const output = values.output ?? siblingName(input, "-summary");
    const opened = await openWorkbookFile(input, progressFor(io, values.verbose === true));
    const progress = progressFor(io, values.verbose === true || opened.bytes >= PROGRESS_FROM_BYTES);
    progress("writing the summary sheet");
    const result = await generateSummary(opened.host, {
      ...(rounds ? { rounds: [rounds[0] as string, rounds[1] as string] as const } : {}),
      ...(values.target !== undefined ? { target: values.target } : {}),
      todayIso: localIsoDate(new Date()),
      replace: values.replace === true,
    });
    if (!result.ok) throw new CliError(`${input}: ${result.problems.join(" ")}`);
    const written = await writeWorkbookFile(opened.host, { output, input, force: values.force === true }, progress);
    io.out(`${output}: ${result.message}`);
    for (const notice of [...result.notices, ...written]) io.out(`  ${notice}`);
    return EXIT.ok;
  },
};
