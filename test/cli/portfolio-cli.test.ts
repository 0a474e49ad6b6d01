import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PORTFOLIO_COLUMNS } from "../../src/core/portfolio/portfolio-plan";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { SEEDS, SEEDS_DIR, seedsPresent } from "../core/report-import/seed-reports";
import { CABINET_OFFICE_2015, HOME_OFFICE_2017, type SeedRatings } from "../fixtures/seed-ratings";
import { cli, spawnCli, useTempDir } from "./run-cli";

// Starts Node processes and worker threads: a hang guard on a loaded machine, not a timing.
jest.setTimeout(120_000);

const itWithSeeds = seedsPresent ? it : it.skip;
const LEVELS = IMA_2015_SCALE.levels.map((l) => l.label);

/** What the Portfolio table must say of each area of a seed: the published ratings, oldest first. */
function expectedRows(seed: SeedRatings, organisation: string, workbook: string): unknown[][] {
  return seed.areas.map(([theme, area, first, second]) => {
    const before = LEVELS.indexOf(first);
    const after = LEVELS.indexOf(second);
    const movement = after > before ? "▲ Improved" : after < before ? "▼ Declined" : "● Unchanged";
    return [organisation, workbook, theme, area, seed.rounds[1], second, seed.rounds[0], first, movement];
  });
}

async function tablesOf(file: string): Promise<{ portfolio: unknown[][]; notRead: unknown[][]; host: Awaited<ReturnType<typeof openXlsx>> }> {
  const host = await openXlsx(new Uint8Array(readFileSync(file)));
  const snapshot = await host.read({ tables: ["Portfolio", "NotRead"], sheets: [] });
  const values = (name: string) => (snapshot.tables.find((t) => t.name === name)?.values ?? []).map((row) => [...row]);
  return { portfolio: values("Portfolio"), notRead: values("NotRead"), host };
}

describe("rating-matrix portfolio", () => {
  const dir = useTempDir();

  /** Both seeds imported into a folder, with one broken file beside them. */
  async function seedFolder(): Promise<string> {
    const folder = path.join(dir(), "reviews");
    mkdirSync(path.join(folder, "older"), { recursive: true });
    for (const [name, file] of [["home-office.xlsx", SEEDS.homeOffice], ["older/cabinet-office.xlsx", SEEDS.cabinetOffice]] as const) {
      const run = await cli("import", path.join(SEEDS_DIR, file), "-o", path.join(folder, name));
      if (run.code !== 0) throw new Error(run.err);
    }
    writeFileSync(path.join(folder, "broken.xlsx"), "PK\u0003\u0004 cut short while copying");
    writeFileSync(path.join(folder, "notes.txt"), "not a workbook, and not an .xlsx name: not searched");
    // A link to the folder itself, and one to a workbook in it: neither read twice, nor in a circle.
    symlinkSync(folder, path.join(folder, "loop"));
    symlinkSync(path.join(folder, "home-office.xlsx"), path.join(folder, "same-as-home-office.xlsx"));
    // Excel's lock file beside a workbook open in Excel: not a workbook, and not searched.
    writeFileSync(path.join(folder, "~$home-office.xlsx"), "owner");
    return folder;
  }

  itWithSeeds("compares the two imported seeds in worker threads: 20 rows, the heat map in the scale's colours, the broken file on Not read, exit 1", async () => {
    const folder = await seedFolder();
    const out = path.join(dir(), "portfolio.xlsx");
    // As users run it (the compiled command line, which worker threads can load), with two threads.
    const run = spawnCli(["portfolio", folder, "-o", out, "--threads", "2"]);
    expect(run.err).toBe("");
    expect(run.code).toBe(1);
    expect(run.out.split("\n")).toEqual([
      `${out}: 2 workbooks read, 20 areas on the Portfolio sheet, 2 on the heat map, 1 not read.`,
      `  not read  ${path.join(folder, "broken.xlsx")}: The file is damaged or incomplete (perhaps cut short while copying): it is not a readable zip archive.`,
    ]);
    const { portfolio, notRead, host } = await tablesOf(out);
    expect(portfolio[0]).toEqual([...PORTFOLIO_COLUMNS]);
    expect(portfolio.slice(1).map((row) => row.slice(0, 9))).toEqual([
      ...expectedRows(CABINET_OFFICE_2015, "Cabinet Office", path.join(folder, "older", "cabinet-office.xlsx")),
      ...expectedRows(HOME_OFFICE_2017, "Home Office", path.join(folder, "home-office.xlsx")),
    ]);
    // The imported next steps name no area, so no area's row counts them (none is guessed)...
    expect(portfolio.slice(1).map((row) => row.slice(9))).toEqual(Array(20).fill([0, 0]));
    expect(notRead).toEqual([["File", "Why it was not read"], [path.join(folder, "broken.xlsx"), expect.stringMatching(/^The file is damaged/)]]);

    const heat = host.workbook.getWorksheet("Heat map");
    if (!heat) throw new Error("no Heat map sheet");
    expect([4, 5].map((r) => [1, 2, 3, 4].map((c) => heat.getRow(r + 1).getCell(c).value))).toEqual([
      ["Theme", "Area", "Cabinet Office", "Home Office"],
      ["The value of information", "Communicating and realising value", "Satisfactory", "Satisfactory"],
    ]);
    // ... and the heat map's totals do: all "Not started" and undated, so open and none overdue.
    const totals = [17, 21, 24, 25].map((r) => [1, 2, 3, 4].map((c) => heat.getRow(r).getCell(c).value));
    expect(totals).toEqual([
      ["Number of areas", "Development area", 1, 1],
      ["Number of areas", "Good practice", 1, 2],
      ["Number of actions", "Open, all", 6, 11],
      ["Number of actions", "Overdue, all", 0, 0],
    ]);
    // Every level of the scale colours the organisations' columns with its own fill.
    const formats = (heat as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
    const mapRules = formats.find((f) => f.ref === "C6:D15")?.rules ?? [];
    expect(mapRules.map((r) => [r.formulae?.[0], r.style?.fill?.bgColor?.argb])).toEqual([
      ...IMA_2015_SCALE.levels.map((l) => [`"${l.label}"`, `FF${l.fill.slice(1).toUpperCase()}`]),
      ['"No such area"', "FFEDEDED"],
    ]);
  });

  itWithSeeds("reads in this thread as well (the tests' in-process run), with the same result", async () => {
    const folder = await seedFolder();
    const out = path.join(dir(), "in-process.xlsx");
    const run = await cli("portfolio", path.join(folder, "home-office.xlsx"), path.join(folder, "older"), "-o", out, "--progress");
    expect(run.code).toBe(0);
    expect(run.err.split("\n")).toEqual(["rating-matrix: read 1 of 2 workbooks", "rating-matrix: read 2 of 2 workbooks"]);
    const { portfolio, notRead } = await tablesOf(out);
    expect(portfolio).toHaveLength(21);
    expect(notRead).toEqual([["File", "Why it was not read"], ["", ""]]);
    // Run again with the output inside the folder searched: the output itself is not read.
    const inside = path.join(folder, "older", "portfolio.xlsx");
    expect((await cli("portfolio", path.join(folder, "older"), "-o", inside)).code).toBe(0);
    const again = await cli("portfolio", path.join(folder, "older"), "-o", inside, "--force");
    expect({ code: again.code, out: again.out }).toEqual({ code: 0, out: `${inside}: 1 workbook read, 10 areas on the Portfolio sheet, 1 on the heat map, 0 not read.` });
  });

  it("exits 2 and writes nothing when no file can be read; refuses bad arguments before reading anything", async () => {
    const broken = path.join(dir(), "broken.xlsx");
    writeFileSync(broken, "");
    const missing = path.join(dir(), "missing.xlsx");
    const out = path.join(dir(), "out.xlsx");
    const none = await cli("portfolio", broken, missing, "-o", out);
    expect(none).toEqual({
      code: 2,
      out: "",
      err: [
        "rating-matrix: portfolio: none of the 2 files could be read; nothing was written",
        `  not read  ${broken}: The file is empty (0 bytes).`,
        `  not read  ${missing}: No such file or folder.`,
      ].join("\n"),
    });
    expect(existsSync(out)).toBe(false);
    expect((await cli("portfolio", broken, "--threads", "0")).err).toBe('rating-matrix: portfolio: --threads needs a whole number from 1 to 64, not "0"');
    writeFileSync(out, "mine");
    expect((await cli("portfolio", broken, "-o", out)).err).toBe(`rating-matrix: ${out}: already exists; choose another name, or pass --force to replace it`);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const empty = path.join(dir(), "empty");
    mkdirSync(empty);
    expect((await cli("portfolio", empty, "-o", path.join(dir(), "x.xlsx"))).err).toBe(`rating-matrix: portfolio: no .xlsx files found in ${empty}`);
  });
});
