import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { tinyPdf } from "../pdf/tiny-pdf";
import { excelLimitProblems } from "./excel-limit-problems";
import { buildHostileCorpus, type HostileInput } from "./hostile-corpus";
import { cli, useTempDir, type CliRun } from "./run-cli";

const REPORT = path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");
/** A run taking longer than this counts as a hang (the machine is shared and busy). */
const HANG_MS = 20_000;

const dir = useTempDir();

function digest(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

/** The cell formulas of a workbook, as written in its sheet parts; empty when it cannot be read. */
async function cellFormulas(file: string): Promise<Set<string>> {
  const found = new Set<string>();
  try {
    const zip = await JSZip.loadAsync(readFileSync(file));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
      for (const m of (await entry.async("string")).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)) found.add(m[1] ?? "");
    }
  } catch {
    // Not a readable zip: it has no formulas to keep.
  }
  return found;
}

const RUN_MANY = path.join(__dirname, "run-many.cjs");

/** The commands run on one input, each writing into the input's own output folder. */
function commandsFor(input: HostileInput): { argv: string[]; output?: string; json?: boolean }[] {
  const out = path.join(path.dirname(input.file), "..", "out", input.name);
  return input.kind === "xlsx"
    ? [
        { argv: ["check", input.file, "--json"], json: true },
        { argv: ["summary", input.file, "-o", path.join(out, "summary.xlsx")], output: path.join(out, "summary.xlsx") },
        { argv: ["repair", input.file, "-o", path.join(out, "repair.xlsx")], output: path.join(out, "repair.xlsx") },
        { argv: ["report", input.file, "-o", path.join(out, "report.docx")], output: path.join(out, "report.docx") },
      ]
    : [
        { argv: ["import", input.file, "--json"], json: true },
        { argv: ["import", input.file, "-o", path.join(out, "import.xlsx")], output: path.join(out, "import.xlsx") },
      ];
}

interface Outcome {
  readonly input: string;
  readonly argv: string;
  readonly problem: string;
}

async function runWithin(argv: string[]): Promise<CliRun | "hang"> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<"hang">((resolve) => {
    timer = setTimeout(() => resolve("hang"), HANG_MS);
  });
  try {
    return await Promise.race([cli(...argv), hang]);
  } finally {
    clearTimeout(timer);
  }
}

describe("the hostile corpus: every command on every bad input", () => {
  it("answers each with its exit code class and one line, changes no input, leaves no temporary file, writes no formula from input text and only files Excel opens", async () => {
    const init = await cli("init", path.join(dir(), "base.xlsx"));
    expect(init.code).toBe(0);
    const corpusDir = path.join(dir(), "corpus");
    const inputs = await buildHostileCorpus(corpusDir, {
      workbook: new Uint8Array(readFileSync(path.join(dir(), "base.xlsx"))),
      reportText: readFileSync(REPORT, "utf8"),
      pdf: (lines) => tinyPdf(lines),
    });
    expect(inputs.length).toBeGreaterThanOrEqual(200);
    const listing = readdirSync(corpusDir).sort();
    const problems: Outcome[] = [];
    const tally = { runs: 0, hangs: 0, exit3: 0, byCode: {} as Record<string, number> };
    const started = Date.now();

    const digests = new Map(inputs.map((input) => [input.name, input.special ? null : digest(input.file)]));
    for (const input of inputs) mkdirSync(path.join(dir(), "out", input.name), { recursive: true });
    // PDFs run in one child process (pdf.js is an ES module jest cannot load); the rest in-process.
    const isPdf = (input: HostileInput): boolean => input.file.endsWith(".pdf");
    const childRuns = inputs.filter(isPdf).flatMap((input) => commandsFor(input).map((c) => c.argv));
    writeFileSync(path.join(dir(), "runs.json"), JSON.stringify(childRuns));
    const child = spawnSync(process.execPath, [RUN_MANY, path.join(dir(), "runs.json")], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
    expect(child.stderr).toBe("");
    const childResults = JSON.parse(child.stdout) as CliRun[];
    const childResult = new Map(childRuns.map((argv, i) => [argv.join("\u0000"), childResults[i] as CliRun]));

    const slowest: [number, string][] = [];
    for (const input of inputs) {
      const inputStarted = Date.now();
      const out = path.join(dir(), "out", input.name);
      const before = digests.get(input.name) ?? null;
      const formulasBefore = input.special || input.kind !== "xlsx" ? new Set<string>() : await cellFormulas(input.file);
      const commands = commandsFor(input);
      for (const command of commands) {
        const label = command.argv[0] ?? "";
        const fail = (problem: string): void => void problems.push({ input: input.name, argv: command.argv.slice(0, 1).concat(command.argv.slice(2)).join(" "), problem });
        tally.runs++;
        const run = isPdf(input) ? (childResult.get(command.argv.join("\u0000")) ?? "hang") : await runWithin(command.argv);
        if (run === "hang") {
          tally.hangs++;
          fail(`no answer within ${HANG_MS / 1000} s`);
          continue;
        }
        tally.byCode[run.code] = (tally.byCode[run.code] ?? 0) + 1;
        if (run.code === 3) tally.exit3++;
        const allowed = input.expect === "unusable" ? [2] : input.expect === "usable" ? (label === "check" ? [0, 1] : label === "import" ? [0] : [0, 2]) : label === "check" ? [0, 1, 2] : [0, 2];
        if (!allowed.includes(run.code)) fail(`exit ${run.code}, expected ${allowed.join(" or ")}: ${run.err.split("\n")[0]}`);
        if (run.code === 2) {
          if (run.out !== "") fail("printed on stdout on exit 2");
          if (run.err.split("\n").length !== 1 || !run.err.startsWith("rating-matrix: ")) fail(`not one line: ${JSON.stringify(run.err.slice(0, 200))}`);
          if (/unexpected error|please report|Something unexpected/i.test(run.err)) fail(`an internal error as a reason: ${run.err}`);
          if (command.output && existsSync(command.output)) fail("wrote an output on exit 2");
        }
        if (command.json && (run.code === 0 || run.code === 1)) {
          try {
            JSON.parse(run.out);
          } catch {
            fail(`stdout is not JSON: ${JSON.stringify(run.out.slice(0, 100))}`);
          }
        }
        if (run.code === 0 && command.output?.endsWith(".xlsx") && existsSync(command.output)) {
          for (const limit of await excelLimitProblems(command.output)) fail(`output: ${limit}`);
          for (const formula of await cellFormulas(command.output)) if (!formulasBefore.has(formula)) fail(`output has a formula the input did not hold: ${formula}`);
        }
      }
      slowest.push([Date.now() - inputStarted, input.name]);
      if (before !== null && digest(input.file) !== before) problems.push({ input: input.name, argv: "*", problem: "the input changed" });
      const left = readdirSync(out).filter((f) => !["summary.xlsx", "repair.xlsx", "report.docx", "import.xlsx"].includes(f));
      if (left.length > 0) problems.push({ input: input.name, argv: "*", problem: `left ${left.join(", ")}` });
    }
    const after = readdirSync(corpusDir).sort();
    expect(after).toEqual(listing);
    expect(lstatSync(corpusDir).isDirectory()).toBe(true);
    // The figures, for the record (docs/decisions.md, issue-12).
    process.stderr.write(`hostile corpus: ${inputs.length} inputs, ${tally.runs} runs in ${Math.round((Date.now() - started) / 1000)} s, exit codes ${JSON.stringify(tally.byCode)}, ${tally.hangs} hangs, ${tally.exit3} exit 3; slowest ${JSON.stringify(slowest.sort((a, b) => b[0] - a[0]).slice(0, 12))}\n`);
    expect(problems).toEqual([]);
  }, 300_000);
});
