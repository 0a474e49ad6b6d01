import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readWorkbook } from "../../src/core/read-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { cli, useTempDir } from "./run-cli";

const FIXTURE = path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");

describe("rating-matrix import", () => {
  const dir = useTempDir();

  it("is listed in the general help and prints the review as JSON", async () => {
    expect((await cli("--help")).out).toMatch(/ {2}import +read a published review/);
    const run = await cli("import", FIXTURE, "--json");
    expect(run.code).toBe(0);
    expect(run.err).toBe("");
    expect(JSON.parse(run.out)).toMatchObject({ organisation: "Northshire Water Authority", rounds: ["IMA 2016", "Review 2019"] });
  });

  it("writes a new workbook with -o: the review's ratings, and its next steps as Not started actions", async () => {
    const out = path.join(dir(), "northshire.xlsx");
    const run = await cli("import", FIXTURE, "-o", out);
    const uncertain = /^ 3 ratings were uncertain: check (Ratings!D\d+), (Ratings!D\d+), (Ratings!C\d+)\.$/;
    const created = `${out}: Created the Ratings, Actions and Lists sheets, wrote 20 ratings, added 5 next steps as "Not started" actions, kept 8 commentary texts in the Commentary table.`;
    expect({ code: run.code, err: run.err, created: run.out.slice(0, created.length) }).toEqual({ code: 0, err: "", created });
    const note = run.out.slice(created.length);
    expect(note).toMatch(uncertain);
    const host = await openXlsx(new Uint8Array(readFileSync(out)));
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join("; "));
    const { ratings, actions } = read.workbook;
    // The addresses named are the cells holding the ratings the report's layout left uncertain.
    const cellOf = (area: string, round: number) => ratings.areas.find((a) => a.area === area)?.ratings[round]?.address;
    expect(note.match(uncertain)?.slice(1)).toEqual([
      `Ratings!${cellOf("Supporting information through technology", 1)}`,
      `Ratings!${cellOf("Digital continuity and IT change", 1)}`,
      `Ratings!${cellOf("Oversight of records and selection", 0)}`,
    ]);
    expect(ratings.rounds.map((r) => r.label)).toEqual(["IMA 2016", "Review 2019"]);
    expect(ratings.areas).toHaveLength(10);
    expect(ratings.areas[0]?.ratings.map((c) => c.level)).toEqual(["Development area", "Progressing to satisfactory"]);
    expect(actions?.items.map((a) => [a.ref, a.statusText])).toEqual([1, 2, 3, 4, 5].map((n) => [`A${n}`, "Not started"]));
  });

  it("with --json and -o, keeps stdout to the JSON alone and says what it wrote on stderr", async () => {
    const out = path.join(dir(), "both.xlsx");
    const run = await cli("import", FIXTURE, "--json", "-o", out);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ organisation: "Northshire Water Authority" });
    expect(run.err).toMatch(/both\.xlsx: Created the Ratings, Actions and Lists sheets/);
    expect(existsSync(out)).toBe(true);
  });

  it("accepts --verbose like every command, reporting progress on stderr only", async () => {
    const out = path.join(dir(), "verbose.xlsx");
    const run = await cli("import", FIXTURE, "--json", "-o", out, "--verbose");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toMatchObject({ organisation: "Northshire Water Authority" });
    expect(run.err).toMatch(/^rating-matrix: reading .*northshire-2019-progress-review\.txt$/m);
    expect(run.err).toMatch(/^rating-matrix: writing .*verbose\.xlsx$/m);
  });

  it("never replaces an existing file without --force, and writes nothing for a text that is not a review", async () => {
    const out = path.join(dir(), "taken.xlsx");
    writeFileSync(out, "mine");
    const typed = path.relative(process.cwd(), out);
    const refused = await cli("import", FIXTURE, "-o", typed);
    expect(refused).toEqual({ code: 2, out: "", err: `rating-matrix: ${typed}: already exists; choose another name, or pass --force to replace it` });
    expect(readFileSync(out, "utf8")).toBe("mine");
    const notes = path.join(dir(), "notes.txt");
    writeFileSync(notes, "Just a shopping list: bread, milk, and a new kettle for the office kitchen.\n");
    const fresh = path.join(dir(), "fresh.xlsx");
    expect(await cli("import", notes, "-o", fresh)).toEqual({ code: 2, out: "", err: `rating-matrix: ${notes}: no rating table found` });
    const missing = path.join(dir(), "missing.txt");
    expect(await cli("import", missing, "--json")).toEqual({ code: 2, out: "", err: `rating-matrix: ${missing}: no such file or folder` });
    expect(existsSync(fresh)).toBe(false);
  });
});
