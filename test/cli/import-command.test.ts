import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliError } from "../../src/cli/cli-error";
import { importCommand, type ImportJson } from "../../src/cli/import-command";

const FIXTURES = join(__dirname, "..", "fixtures", "reports");

describe("rating-matrix import (the command, without a CLI framework)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rating-matrix-import-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints exactly organisation, rounds, ratings and nextSteps as JSON for a text report", async () => {
    const result = await importCommand(["northshire-2019-progress-review.txt", "--json"], { cwd: FIXTURES });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe("");
    const json = JSON.parse(result.stdout) as ImportJson;
    expect(Object.keys(json)).toEqual(["organisation", "rounds", "ratings", "nextSteps"]);
    expect(json.organisation).toBe("Northshire Water Authority");
    expect(json.rounds).toEqual(["IMA 2016", "Review 2019"]);
    expect(json.ratings).toHaveLength(20);
    expect(Object.keys(json.ratings[0] ?? {})).toEqual(["theme", "area", "round", "rating", "uncertain"]);
    expect(json.ratings[0]).toEqual({ theme: "The value of information", area: "Communicating and realising value", round: "IMA 2016", rating: "Development area", uncertain: false });
    expect(json.nextSteps).toHaveLength(5);
  });

  it("says, in the JSON and on stderr, when a report without rating words leaves the ratings to be entered by hand", async () => {
    const report = join(dir, "older.txt");
    writeFileSync(report, ["Assessment of the Example Ministry, IMA 2013", "Establishing control", "Providing guidance", "Measuring impact", "Recognising information risk", "Oversight of records and selection"].join("\n"));
    const result = await importCommand([report, "--json"], { cwd: dir });
    expect(result.exitCode).toBe(0);
    const json = JSON.parse(result.stdout) as ImportJson;
    expect(json.rounds).toEqual(["IMA 2013"]);
    expect(json.ratings.every((r) => r.rating === null)).toBe(true);
    expect(json.ratingsByHand).toMatch(/entered by hand/);
    expect(result.stderr).toBe(json.ratingsByHand);
  });

  it.each([
    [[], "import: missing the report file (report.txt or report.pdf) (see rating-matrix import --help)"],
    [["a.txt"], "import: say what to do with the review: --json to print it, or -o out.xlsx to write a workbook (see rating-matrix import --help)"],
    [["a.txt", "--json", "--fast"], "Unknown option '--fast'"],
    [["a.txt", "b.txt", "--json"], 'import: unexpected argument "b.txt" (see rating-matrix import --help)'],
    [["a.txt", "-o"], "Option '-o, --output <value>' argument missing"],
    [["a.txt", "-o", "out.csv"], "import: out.csv: the output must be an .xlsx file (see rating-matrix import --help)"],
  ])("refuses %j with the shared one-line CliError", async (args, message) => {
    const refusal = importCommand(args, { cwd: dir });
    await expect(refusal).rejects.toBeInstanceOf(CliError);
    await expect(refusal).rejects.toThrow(message);
  });

  it("says which file is missing, and when a text is not a review", async () => {
    await expect(importCommand(["nowhere.txt", "--json"], { cwd: dir })).rejects.toEqual(new CliError("nowhere.txt: no such file or folder"));
    writeFileSync(join(dir, "minutes.txt"), "Minutes of a meeting that rated nothing at all, as far as anyone could remember.\n");
    await expect(importCommand(["minutes.txt", "--json"], { cwd: dir })).rejects.toEqual(new CliError("minutes.txt: no rating table found"));
  });

  it("writes a workbook with -o through the writer it is given, and prints its message", async () => {
    const written: string[] = [];
    const result = await importCommand(["northshire-2019-progress-review.txt", "-o", "out.xlsx"], {
      cwd: FIXTURES,
      writeWorkbook: async (review, output, force) => {
        written.push(`${review.organisation} -> ${output.path} force=${force}`);
        return `${output.name}: written`;
      },
    });
    expect(result).toEqual({ exitCode: 0, stdout: "out.xlsx: written", stderr: "" });
    expect(written).toEqual([`Northshire Water Authority -> ${join(FIXTURES, "out.xlsx")} force=false`]);
  });

  it("passes a writer's refusal on as the writer words it", async () => {
    const refusal = new CliError("out.xlsx: already exists; choose another name, or pass --force to replace it");
    const result = importCommand(["northshire-2019-progress-review.txt", "-o", "out.xlsx"], { cwd: FIXTURES, writeWorkbook: () => Promise.reject(refusal) });
    await expect(result).rejects.toBe(refusal);
  });

  it("prints its help", async () => {
    const result = await importCommand(["--help"], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Usage: rating-matrix import <report.txt\|report.pdf>/);
  });
});
