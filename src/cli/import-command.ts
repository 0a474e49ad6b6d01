import { promises as fs } from "node:fs";
import path from "node:path";
import { parseReview, type ImportedReview } from "../core/report-import/parse-review";
import { loadPdfjsForNode } from "../pdf/load-pdfjs-node";
import { PdfReadError, pdfText } from "../pdf/pdf-text";
import type { Progress } from "./cli-io";

/** What `rating-matrix import` prints with --json. */
export interface ImportJson {
  readonly organisation: string | null;
  readonly rounds: readonly string[];
  readonly ratings: readonly { theme: string; area: string; round: string; rating: string | null; uncertain: boolean }[];
  readonly nextSteps: readonly string[];
}

export interface ImportCommandResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Writes the imported review into a new workbook file, resolving to a line for the user; supplied
 * where the .xlsx host exists. A rejection's message is printed as it is, so it names the file.
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

const EXIT = { ok: 0, badInput: 2, internal: 3 } as const;

export const IMPORT_HELP = `Usage: rating-matrix import <report.txt|report.pdf> (--json | -o out.xlsx [--force])

Reads a published IMA report or progress review (its PDF, or its text) and finds the organisation,
the rounds, each area's rating in each round, and the Next steps.

  --json        print what was found as JSON:
                {"organisation", "rounds", "ratings": [{"theme", "area", "round", "rating",
                "uncertain"}], "nextSteps"}; rating is the scale level's label or null, and
                uncertain is true where the report's layout allows another reading
  -o out.xlsx   write a new rating workbook with these ratings and next steps as actions
  --force       replace out.xlsx if it already exists
  --verbose     report progress on stderr`;

export function importJson(review: ImportedReview): ImportJson {
  return {
    organisation: review.organisation,
    rounds: [...review.rounds],
    ratings: review.ratings.map((r) => ({ theme: r.theme, area: r.area, round: r.round, rating: r.rating, uncertain: r.uncertain })),
    nextSteps: review.nextSteps.map((s) => s.text),
  };
}

interface ImportArgs {
  readonly input: string;
  readonly json: boolean;
  readonly output: string | null;
  readonly force: boolean;
  readonly verbose: boolean;
}

function parseImportArgs(args: readonly string[]): ImportArgs | string {
  let input: string | null = null;
  let output: string | null = null;
  let json = false;
  let force = false;
  let verbose = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--json") json = true;
    else if (arg === "--force") force = true;
    else if (arg === "--verbose") verbose = true;
    else if (arg === "-o" || arg === "--output") {
      const next = args[i + 1];
      if (next === undefined || next.startsWith("-")) return `${arg} needs a file name, e.g. ${arg} ratings.xlsx`;
      output = next;
      i++;
    } else if (arg.startsWith("-") && arg !== "-") return `unknown option "${arg}"`;
    else if (input === null) input = arg;
    else return `unexpected argument "${arg}"`;
  }
  if (input === null) return "missing the report file (report.txt or report.pdf)";
  if (!json && output === null) return "say what to do with the review: --json to print it, or -o out.xlsx to write a workbook";
  if (output !== null && !/\.xlsx$/i.test(output)) return `${output}: the output must be an .xlsx file`;
  return { input, json, output, force, verbose };
}

function fail(message: string, exitCode: number = EXIT.badInput): ImportCommandResult {
  return { exitCode, stdout: "", stderr: `rating-matrix import: ${message}` };
}

/** The text of a report file: a PDF's text rebuilt from positions, or a text file as it is. */
export async function reportFileText(file: string): Promise<string> {
  const data = await fs.readFile(file);
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (/\.pdf$/i.test(file) || data.subarray(0, 5).toString("latin1") === "%PDF-") {
    const { pdfjs, standardFontDataUrl } = await loadPdfjsForNode();
    return pdfText(bytes, pdfjs, standardFontDataUrl);
  }
  if (bytes.includes(0)) throw new PdfReadError("this is neither a PDF nor a text file");
  return data.toString("utf8");
}

function fileReason(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder, not a report";
  if (code === "EACCES") return "permission denied";
  return error instanceof Error ? error.message.split("\n")[0] ?? "cannot be read" : "cannot be read";
}

/**
 * `rating-matrix import`, independent of any command-line framework: arguments in, exit code and
 * output out. Exit 0 done; 2 bad arguments, unreadable file or no rating table; 3 unexpected.
 */
export async function importCommand(args: readonly string[], context: ImportCommandContext): Promise<ImportCommandResult> {
  if (args.includes("--help") || args.includes("-h")) return { exitCode: EXIT.ok, stdout: IMPORT_HELP, stderr: "" };
  const parsed = parseImportArgs(args);
  if (typeof parsed === "string") return fail(`${parsed} (see rating-matrix import --help)`);
  const file = path.resolve(context.cwd, parsed.input);
  const progress = context.progress?.(parsed.verbose) ?? (() => undefined);
  progress(`reading ${parsed.input}`);
  let text: string;
  try {
    text = await reportFileText(file);
  } catch (error) {
    if (error instanceof PdfReadError) return fail(`${parsed.input}: ${error.message}`);
    return fail(`${parsed.input}: ${fileReason(error)}`);
  }
  const result = parseReview(text);
  if (result.kind === "not-a-review") return fail(`${parsed.input}: ${result.message}`);
  const lines: string[] = [];
  // With --json, stdout holds the JSON alone; the line about the written file goes to stderr.
  const written: string[] = parsed.json ? [] : lines;
  if (parsed.output !== null) {
    if (context.writeWorkbook === undefined) return fail("writing an .xlsx workbook is not available in this build; use --json");
    try {
      const output = { path: path.resolve(context.cwd, parsed.output), name: parsed.output };
      written.push(await context.writeWorkbook(result.review, output, parsed.force, progress));
    } catch (error) {
      return fail(error instanceof Error ? error.message : String(error));
    }
  }
  if (parsed.json) lines.push(JSON.stringify(importJson(result.review), null, 2));
  return { exitCode: EXIT.ok, stdout: lines.join("\n"), stderr: parsed.json ? written.join("\n") : "" };
}
