import { CliError } from "../cli-error";
import { progressFor } from "../cli-io";
import type { Command } from "../command";
import { commaList, parseOptions } from "../parse-options";
import { openWorkbookFile } from "../workbook-files";

export const summaryCommand: Command = {
  name: "summary",
  summary: "write a copy of the workbook with a Next steps summary sheet",
  help: `Usage: rating-matrix summary <in.xlsx> [-o out.xlsx] [--rounds A,B] [--target LEVEL]

Writes a copy of the workbook with a new "Next steps <date>" sheet: what moved between two rounds,
which areas are below the target level, and which actions are open. The input is left untouched.

  -o, --output FILE  where to write the copy (default <in>-summary.xlsx beside the input)
  --rounds A,B       the two rounds to compare (default: the last two)
  --target LEVEL     the level areas should reach (default: the scale's middle level)
  --force            replace the output file if it already exists
  --verbose          report progress on stderr`,
  async run(args, io) {
    const { values, positionals } = parseOptions("summary", args, {
      output: { type: "string", short: "o" },
      rounds: { type: "string" },
      target: { type: "string" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: 1, names: "the workbook to summarise (an .xlsx file)" });
    if (values.rounds !== undefined && commaList(values.rounds).length !== 2) {
      throw new CliError('summary: --rounds needs two round labels separated by a comma, e.g. --rounds "IMA 2015,Review 2017"');
    }
    await openWorkbookFile(positionals[0] as string, progressFor(io, values.verbose === true));
    throw new CliError("summary: not available yet in this build (the summary is still being added); nothing was written");
  },
};
