import { frameworkName, organisationProblem } from "../../core/about";
import { DEFAULT_FRAMEWORK } from "../../core/framework-presets";
import { DEFAULT_SCALE } from "../../core/scale-presets";
import { setUpWorkbook } from "../../workflows/set-up-workbook";
import { CliError, EXIT } from "../cli-error";
import { progressFor } from "../cli-io";
import type { Command } from "../command";
import { loadXlsxHost } from "../load-xlsx";
import { commaList, parseOptions } from "../parse-options";
import { frameworkNamed, presetList, scaleNamed } from "../presets-by-name";
import { writeWorkbookFile } from "../workbook-files";

const DEFAULT_ROUNDS = "IMA 2015,Review 2017";

export const initCommand: Command = {
  name: "init",
  summary: "create a new rating workbook (Ratings, Actions and Lists sheets)",
  help: `Usage: rating-matrix init <out.xlsx> [--organisation NAME] [--framework NAME] [--scale NAME] [--rounds "A,B"] [--force]

Creates a new workbook with the Ratings, Actions and Lists tables, rating dropdowns and colours,
exactly as Set up does in Excel.

  --organisation NAME  the body assessed, kept in the About table (Lists sheet)
  --framework NAME  themes and areas to list (default ${DEFAULT_FRAMEWORK.id})
  --scale NAME      rating scale (default ${DEFAULT_SCALE.id})
  --rounds "A,B"    round labels, oldest first, each naming a year (default "${DEFAULT_ROUNDS}")
  --force           replace <out.xlsx> if it already exists
  --verbose         report progress on stderr

${presetList()}`,
  async run(args, io) {
    const { values, positionals } = parseOptions("init", args, {
      organisation: { type: "string" },
      framework: { type: "string" },
      scale: { type: "string" },
      rounds: { type: "string" },
      force: { type: "boolean" },
      verbose: { type: "boolean" },
    }, { min: 1, max: 1, names: "the output file name (e.g. ratings.xlsx)" });
    const output = positionals[0] as string;
    const framework = values.framework === undefined ? DEFAULT_FRAMEWORK : frameworkNamed(values.framework);
    const scale = values.scale === undefined ? DEFAULT_SCALE : scaleNamed(values.scale);
    const rounds = commaList(values.rounds ?? DEFAULT_ROUNDS);
    if (rounds.length === 0) throw new CliError("init: --rounds needs at least one round label");
    const progress = progressFor(io, values.verbose === true);

    const organisation = values.organisation?.trim() ?? "";
    const problem = organisationProblem(organisation);
    if (problem) throw new CliError(`init: ${problem}`);
    const { newXlsx } = await loadXlsxHost();
    const host = newXlsx();
    const about = { organisation: organisation === "" ? null : organisation, framework: frameworkName(framework) };
    const result = await setUpWorkbook(host, { framework, scale, rounds, about });
    if (!result.ok) throw new CliError(`init: ${result.problems.join(" ")}`);
    const written = await writeWorkbookFile(host, { output, force: values.force === true }, progress);
    io.out(`${output}: ${result.message}`);
    for (const notice of [...result.notices, ...written]) io.out(`  ${notice}`);
    return EXIT.ok;
  },
};
