import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tinyPdf } from "../pdf/tiny-pdf";
import { spawnCli, useTempDir } from "./run-cli";

// Each test starts Node processes; generous on a loaded machine, a hang guard rather than a timing.
jest.setTimeout(120_000);

const PRELOAD = path.join(__dirname, "report-loaded-libraries.cjs");
const REPORT = path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");
// The build script is plain CommonJS shared with the bin; its types are what the test uses of it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildScript = require("../../scripts/build-cli.cjs") as { cliIsStale: () => boolean; CLI_FILE: string };

/** The command's output without the preload's report, and the libraries the process loaded. */
function withLibraries(args: readonly string[]): { code: number; out: string; err: string; libraries: string[] } {
  const run = spawnCli(args, { preload: PRELOAD });
  const match = /\n?loaded-libraries=(\[.*\])$/.exec(run.err);
  if (!match) throw new Error(`no loaded-libraries line in stderr: ${run.err}`);
  return { ...run, err: run.err.slice(0, match.index), libraries: JSON.parse(match[1] as string) as string[] };
}

const dir = useTempDir();

describe("the command line's start-up", () => {
  it("prints --help, a command's --help and a bad-argument message without loading any file library", () => {
    const help = withLibraries(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/^Usage: rating-matrix <command>/);
    expect(help.libraries).toEqual([]);
    const checkHelp = withLibraries(["check", "--help"]);
    expect(checkHelp.out).toMatch(/^Usage: rating-matrix check /);
    expect(checkHelp.libraries).toEqual([]);
    const portfolioHelp = withLibraries(["portfolio", "--help"]);
    expect(portfolioHelp.out).toMatch(/^Usage: rating-matrix portfolio /);
    expect(portfolioHelp.libraries).toEqual([]);
    const bad = withLibraries(["check"]);
    expect(bad.code).toBe(2);
    expect(bad.libraries).toEqual([]);
  });

  it("loads exceljs for the commands that read or write a workbook, and pdf.js only to read a PDF", () => {
    const file = path.join(dir(), "ratings.xlsx");
    const init = withLibraries(["init", file]);
    expect(init.err).toBe("");
    expect(init.code).toBe(0);
    expect(init.libraries).toContain("exceljs");
    expect(init.libraries).not.toContain("pdfjs-dist");
    const check = withLibraries(["check", file, "--json"]);
    expect(JSON.parse(check.out)).toMatchObject({ format: 1, areas: 10 });
    expect(check.libraries).toContain("exceljs");
    expect(check.libraries).not.toContain("pdfjs-dist");
    const text = withLibraries(["import", REPORT, "--json"]);
    expect(text.code).toBe(0);
    expect(text.libraries).not.toContain("exceljs");
    expect(text.libraries).not.toContain("pdfjs-dist");
    const pdf = path.join(dir(), "review.pdf");
    writeFileSync(pdf, tinyPdf(readFileSync(REPORT, "utf8").split("\n")));
    const fromPdf = withLibraries(["import", pdf, "--json"]);
    expect(fromPdf.code).toBe(0);
    expect(fromPdf.libraries).toContain("pdfjs-dist");
    expect(fromPdf.libraries).not.toContain("exceljs");
  });

  it("compiles the sources again before running when the compiled file is older than one of them", () => {
    expect(spawnCli(["--help"]).code).toBe(0);
    expect(buildScript.cliIsStale()).toBe(false);
    const compiled = buildScript.CLI_FILE;
    const longAgo = new Date("2001-01-01T00:00:00Z");
    utimesSync(compiled, longAgo, longAgo);
    expect(buildScript.cliIsStale()).toBe(true);
    const run = spawnCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^Usage: rating-matrix <command>/);
    expect(existsSync(compiled)).toBe(true);
    expect(statSync(compiled).mtimeMs).toBeGreaterThan(longAgo.getTime());
    expect(buildScript.cliIsStale()).toBe(false);
  });
});
