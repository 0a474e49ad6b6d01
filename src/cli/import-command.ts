import path from "node:path";
import { parseReview, type ImportedReview } from "../core/report-import/parse-review";
import { loadPdfjsForNode } from "./load-pdfjs";
import { PdfReadError, pdfText } from "../pdf/pdf-text";
import { CliError, EXIT } from "./cli-error";
import type { Progress } from "./cli-io";
import { parseOptions } from "./parse-options";
import { fileSystemReason } from "./file-system-reason";
import { INPUT_LIMITS, readInputFile } from "./read-input";

/** What `rating-matrix import` prints with --json. */
export interface ImportJson {
  readonly organisation: string | null;
  readonly rounds: readonly string[];
  readonly ratings: readonly { theme: string; area: string; round: string; rating: string | null; uncertain: boolean }[];
  readonly nextSteps: readonly string[];
  /** Present when the report's ratings could not be read as words and are to be entered by hand. */
  readonly ratingsByHand?: string;
}

export interface ImportCommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Writes the imported review into a new workbook file, resolving to a line for the user; supplied
 * where the .xlsx host exists. It rejects with a CliError naming the file as the user typed it.
 */
export type WriteReviewWorkbook = (
  review: ImportedReview,
  output: { readonly path: string; readonly name: string },
  force: boolean,
  progress: Progress,
) => Promise<string>;

export interface ImportCommandContext {
  /** Folder relative paths are resolved from. */
  readonly cwd: string;
  readonly writeWorkbook?: WriteReviewWorkbook;
  /** Progress lines (stderr), shown when `show` is true (--verbose). */
  readonly progress?: (show: boolean) => Progress;
}

export const IMPORT_HELP = `Usage: rating-matrix import <report.txt|report.pdf> (--json | -o out.xlsx [--force])

Reads a published IMA report or progress review (its PDF, or its text) and finds the organisation,
the rounds, each area's rating in each round, and the Next steps.

  --json        print what was found as JSON:
                {"organisation", "rounds", "ratings": [{"theme", "area", "round", "rating",
                "uncertain"}], "nextSteps"}; rating is the scale level's label or null, and
                uncertain is true where the report's layout allows another reading;
                "ratingsByHand" says why, when a report without rating words (ratings
                as colours) gave the framework's areas with empty ratings
  -o out.xlsx   write a new rating workbook with these ratings and next steps as actions
  --force       replace out.xlsx if it already exists
  --verbose     report progress on stderr`;

export function importJson(review: ImportedReview): ImportJson {
  return {
    organisation: review.organisation,
    rounds: [...review.rounds],
    ratings: review.ratings.map((r) => ({ theme: r.theme, area: r.area, round: r.round, rating: r.rating, uncertain: r.uncertain })),
    nextSteps: review.nextSteps.map((s) => s.text),
    ...(review.ratingsByHand === undefined ? {} : { ratingsByHand: review.ratingsByHand }),
  };
}

/** The text of a report file: a PDF's text rebuilt from positions, or a text file as it is. */
export async function reportFileText(file: string, shown: string = file): Promise<string> {
  const data = await readInputFile(file, shown, INPUT_LIMITS.fileBytes);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const pdf = /\.pdf$/i.test(file) || data.subarray(0, 5).toString("latin1") === "%PDF-";
  if (!pdf && data.byteLength > INPUT_LIMITS.textBytes) {
    throw new CliError(`${shown}: is ${Math.round(data.byteLength / (1024 * 1024))} MB of text, more than the ${INPUT_LIMITS.textBytes / (1024 * 1024)} MB the import reads`);
  }
  if (pdf) {
    const { pdfjs, standardFontDataUrl } = await loadPdfjsForNode();
    return pdfText(bytes, pdfjs, standardFontDataUrl);
  }
  if (bytes.includes(0)) throw new PdfReadError("this is neither a PDF nor a text file");
  return data.toString("utf8");
}

/**
 * `rating-matrix import`: arguments in, output out. Bad arguments, an unreadable file or a text
 * without a rating table reject with a CliError (one line, exit 2), like every other command.
 */
export async function importCommand(args: readonly string[], context: ImportCommandContext): Promise<ImportCommandResult> {
  if (args.includes("--help") || args.includes("-h")) return { exitCode: EXIT.ok, stdout: IMPORT_HELP, stderr: "" };
  const { values, positionals } = parseOptions(
    "import",
    args,
    { json: { type: "boolean" }, output: { type: "string", short: "o" }, force: { type: "boolean" }, verbose: { type: "boolean" } },
    { min: 1, max: 1, names: "the report file (report.txt or report.pdf)" },
  );
  const input = positionals[0] as string;
  const json = values.json === true;
  if (!json && values.output === undefined) {
    throw new CliError("import: say what to do with the review: --json to print it, or -o out.xlsx to write a workbook (see rating-matrix import --help)");
  }
  if (values.output !== undefined && !/\.xlsx$/i.test(values.output)) {
    throw new CliError(`import: ${values.output}: the output must be an .xlsx file (see rating-matrix import --help)`);
  }
  const progress = context.progress?.(values.verbose === true) ?? (() => undefined);
  progress(`reading ${input}`);
  let text: string;
  try {
    text = await reportFileText(path.resolve(context.cwd, input), input);
  } catch (error) {
    if (error instanceof PdfReadError) throw new CliError(`${input}: ${error.message}`);
    if (error instanceof CliError) throw error;
    throw new CliError(`${input}: ${fileSystemReason(error)}`);
  }
  const result = parseReview(text);
  if (result.kind === "not-a-review") throw new CliError(`${input}: ${result.message}`);
  const lines: string[] = [];
  // With --json, stdout holds the JSON alone; the line about the written file goes to stderr.
  const written: string[] = json ? [] : lines;
  if (values.output !== undefined) {
    if (context.writeWorkbook === undefined) throw new CliError("import: writing an .xlsx workbook is not available in this build; use --json");
    const output = { path: path.resolve(context.cwd, values.output), name: values.output };
    written.push(await context.writeWorkbook(result.review, output, values.force === true, progress));
  }
  if (result.review.ratingsByHand !== undefined) written.push(result.review.ratingsByHand);
  if (json) lines.push(JSON.stringify(importJson(result.review), null, 2));
  return { exitCode: EXIT.ok, stdout: lines.join("\n"), stderr: written === lines ? "" : written.join("\n") };
}
