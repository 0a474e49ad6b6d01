import path from "node:path";
import { repairFormatting } from "../../workflows/repair-formatting";
import { CliError, EXIT } from "../cli-error";
import { PROGRESS_FROM_BYTES, progressFor } from "../cli-io";
import type { Command } from "../command";
import { parseOptions } from "../parse-options";
import { openWorkbookFile, writeWorkbookFile } from "../workbook-files";

export const repairCommand: Command = {
  name: "repair",
  summary: "re-apply the dropdowns and colours; changes no value",
  help: `Usage: rating-matrix repair <in.xlsx> [-o out.xlsx | --in-place] [--force]

Re-applies the rating and status dropdowns and the colour rules from the Lists sheet, as Repair
formatting does in Excel. No cell value changes. The input is left untouched: the result goes to
-o, or to <in>-repaired.xlsx beside the input.

  -o, --output FILE  where to write the repaired workbook
  --in-place         replace the input file itself (written to a temporary file, then renamed)
  --force            replace the output file if it already exists
  --verbose          report progress on stderr`,
  async run(args, io) {
    const { values, positionals } = parseOptions("repair", args, {
      output: { type: "string", short: "o" },
      "in-place": { type: "boolean" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: 1, names: "the workbook to repair (an .xlsx file)" });
    const input = positionals[0] as string;
    if (values.output !== undefined && values["in-place"]) throw new CliError("repair: give either -o or --in-place, not both");
    const output = values["in-place"] ? input : (values.output ?? siblingName(input, "-repaired"));

    const opened = await openWorkbookFile(input, progressFor(io, values.verbose === true));
    const progress = progressFor(io, values.verbose === true || opened.bytes >= PROGRESS_FROM_BYTES);
    progress("re-applying dropdowns and colours");
    const result = await repairFormatting(opened.host);
    if (!result.ok) throw new CliError(`${input}: ${result.problems.join(" ")}`);
    const written = await writeWorkbookFile(opened.host, { output, input, inPlace: values["in-place"] === true, force: values.force === true }, progress);
    io.out(`${output}: ${result.message}`);
    for (const notice of [...result.notices, ...written]) io.out(`  ${notice}`);
    return EXIT.ok;
  },
};

/** "a/ratings.xlsx" with "-repaired" as "a/ratings-repaired.xlsx". */
export function siblingName(file: string, suffix: string): string {
  const extension = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, extension)}${suffix}${extension || ".xlsx"}`);
}
