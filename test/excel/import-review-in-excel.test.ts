import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { importReview, type ImportReviewResult } from "../../src/workflows/import-review";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";
import { fixtureReview, toWrite } from "../workflows/review-fixture";

type Fake = ReturnType<typeof createFakeExcel>;

function connect(): { fake: Fake; host: ExcelWorkbookHost } {
  // ExcelApi 1.12: no Table.resize, so appended rows rely on Excel's auto-expansion, as the fake does.
  const fake = createFakeExcel({ excelApi: "1.12" });
  installFakeOffice(fake);
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

function done(result: ImportReviewResult): { ok: boolean; message?: string; problems?: readonly string[]; notices?: readonly string[] } {
  if (result.kind !== "done") throw new Error(`expected a result, got ${result.conflicts.length} conflicts`);
  return result.result;
}

afterEach(() => uninstallFakeOffice());

describe("Import a review into an empty workbook", () => {
  it("creates the structure with the review's themes, areas, rounds and ratings, and its next steps as actions", async () => {
    const { fake, host } = connect();
    const review = fixtureReview();
    const result = done(await importReview(host, toWrite(review)));
    expect(result).toMatchObject({ ok: true, message: 'Created the Ratings, Actions and Lists sheets, wrote 20 ratings, added 5 next steps as "Not started" actions, kept 8 commentary texts in the Commentary table.' });
    expect(fake.table("Ratings")).toMatchObject({ address: "Ratings!A1:E11" });
    const ratings = fake.valuesOf("Ratings");
    expect(ratings[0]).toEqual(["Theme", "Area", "IMA 2016", "Review 2019", "Notes"]);
    expect(ratings[1]).toEqual(["The value of information", "Communicating and realising value", "Development area", "Progressing to satisfactory", ""]);
    expect(ratings[10]).toEqual(["Records, review and transfer", "Implementing disposal decisions", "Good practice", "Progressing to good practice", ""]);
    const actions = fake.valuesOf("Actions");
    expect(actions.slice(1).map((row) => [row[0], row[7]])).toEqual([1, 2, 3, 4, 5].map((n) => [`A${n}`, "Not started"]));
    expect(actions[1]?.[1]).toBe(review.nextSteps[0]?.text);
    expect(fake.validationAt("Actions", "H6")?.rule).toEqual({ list: { inCellDropDown: true, source: "=StatusList" } });
  });

  it("costs a constant number of syncs: the same for 10 areas as for 1,000", async () => {
    const counts: number[] = [];
    for (const areas of [10, 1000]) {
      const { fake, host } = connect();
      const base = toWrite(fixtureReview());
      const themes = [{ name: "Everything", areas: Array.from({ length: areas }, (_, i) => `Area ${i + 1}`) }];
      const ratings = themes[0]?.areas.flatMap((area) => base.rounds.map((round) => ({ theme: "Everything", area, round, rating: "Satisfactory" }))) ?? [];
      fake.resetCounters();
      expect(done(await importReview(host, { ...base, themes, ratings })).ok).toBe(true);
      counts.push(fake.syncCount);
    }
    expect(counts[0]).toBeLessThanOrEqual(3);
    expect(counts[1]).toBe(counts[0]);
  });

  it("writes next steps as literal text, even one that looks like a formula", async () => {
    const { fake, host } = connect();
    const review = { ...toWrite(fixtureReview()), nextSteps: ["=SUM(A1:A3) is not a next step", "+44 phone the archive"] };
    expect(done(await importReview(host, review)).ok).toBe(true);
    expect(fake.cell("Actions", "B2")).toMatchObject({ value: "=SUM(A1:A3) is not a next step", formula: null });
    expect(fake.cell("Actions", "B3").value).toBe("+44 phone the archive");
  });
});

describe("Import a review into a workbook that is already set up", () => {
  async function setUp(fake: Fake, host: ExcelWorkbookHost, rounds: string[]): Promise<void> {
    const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds });
    expect(result.ok).toBe(true);
    fake.resetCounters();
  }

  it("records the review's organisation in the About table's blank cell, and its commentary on a new Commentary sheet, in one write", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    expect(fake.cell("Lists", "O2").value).toBe("");
    const result = done(await importReview(host, toWrite(fixtureReview())));
    expect(result.ok).toBe(true);
    expect(fake.cell("Lists", "O2").value).toBe("Northshire Water Authority");
    expect(fake.table("Commentary")).toMatchObject({ sheet: "Commentary", dataRowCount: 8 });
    expect(fake.valuesOf("Commentary")[1]?.slice(0, 3)).toEqual(["The value of information", "", "IMA 2016"]);
    expect(fake.syncCount).toBe(3);

    // Imported again: the organisation and the commentary already there are kept, and the notes say so.
    const again = done(await importReview(host, { ...toWrite(fixtureReview()), organisation: "Another Authority" }));
    expect(again).toMatchObject({
      ok: true,
      notices: expect.arrayContaining(['The About table already names the organisation "Northshire Water Authority"; it was kept (the review says "Another Authority").', "8 commentary texts were already in the Commentary table and kept as they are."]),
    });
    expect(fake.table("Commentary")).toMatchObject({ dataRowCount: 8 });
  });

  it("fills the empty rating cells of matching rounds and areas and appends the next steps", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    const result = done(await importReview(host, toWrite(fixtureReview())));
    expect(result).toMatchObject({ ok: true, message: 'Wrote 20 ratings, added 5 next steps as "Not started" actions, kept 8 commentary texts in the Commentary table.' });
    expect(fake.cell("Ratings", "C2").value).toBe("Development area");
    expect(fake.cell("Ratings", "D11").value).toBe("Progressing to good practice");
    expect(fake.table("Actions")).toMatchObject({ address: "Actions!A1:I6" });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it("never replaces a different rating without asking: it returns the conflicts and writes nothing", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    fake.seedSheet("Ratings", [[], [null, null, "Good practice"]]);
    const before = fake.allValues();
    const asked = await importReview(host, toWrite(fixtureReview()));
    expect(asked.kind).toBe("conflicts");
    if (asked.kind !== "conflicts") return;
    expect(asked.conflicts).toEqual([
      expect.objectContaining({ area: "Communicating and realising value", round: "IMA 2016", address: "C2", existing: "Good practice", imported: "Development area" }),
    ]);
    expect(fake.allValues()).toEqual(before);

    const kept = done(await importReview(host, toWrite(fixtureReview()), { replace: [], keepOthers: true }));
    expect(kept).toMatchObject({ ok: true, notices: ["Kept 1 rating already in the workbook."] });
    expect(fake.cell("Ratings", "C2").value).toBe("Good practice");
  });

  it("replaces a rating once the user confirmed that conflict", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    fake.seedSheet("Ratings", [[], [null, null, "Good practice"]]);
    const asked = await importReview(host, toWrite(fixtureReview()));
    if (asked.kind !== "conflicts") throw new Error("expected conflicts");
    const result = done(await importReview(host, toWrite(fixtureReview()), { replace: asked.conflicts.map((c) => c.id), keepOthers: false }));
    expect(result.ok).toBe(true);
    expect(fake.cell("Ratings", "C2").value).toBe("Development area");
  });

  it("adds areas the workbook lacks as new rows, and does not add the same next steps twice", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    const base = toWrite(fixtureReview());
    expect(done(await importReview(host, base)).ok).toBe(true);
    const extra = { ...base, themes: [...base.themes, { name: "Local theme", areas: ["Reservoir logs"] }], ratings: [...base.ratings, { theme: "Local theme", area: "Reservoir logs", round: "Review 2019", rating: "Satisfactory" }] };
    const result = done(await importReview(host, extra));
    expect(result).toMatchObject({ ok: true, message: 'Wrote 1 rating, added 1 area, added 0 next steps as "Not started" actions.', notices: ["8 commentary texts were already in the Commentary table and kept as they are.", "5 next steps were already in the Actions table and not added again."] });
    expect(fake.table("Ratings")).toMatchObject({ address: "Ratings!A1:E12" });
    expect(fake.valuesOf("Ratings")[11]).toEqual(["Local theme", "Reservoir logs", "", "Satisfactory", ""]);
    expect(fake.validationAt("Ratings", "D12")?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
  });

  it("adds a missing round as a column right of the latest round, Notes moving right, with dropdowns (ExcelApi 1.17: tables resized)", async () => {
    const fake = createFakeExcel({});
    installFakeOffice(fake);
    const host = new ExcelWorkbookHost(detectCapabilities());
    await setUp(fake, host, ["IMA 2016"]);
    fake.seedSheet("Ratings", [[], [null, null, null, "my note"]]);
    fake.resetCounters();
    const result = done(await importReview(host, toWrite(fixtureReview())));
    expect(result).toMatchObject({ ok: true, message: 'Wrote 20 ratings, added 1 round, added 5 next steps as "Not started" actions, kept 8 commentary texts in the Commentary table.' });
    expect(fake.valuesOf("Ratings")[0]).toEqual(["Theme", "Area", "IMA 2016", "Review 2019", "Notes"]);
    expect(fake.valuesOf("Ratings")[1]).toEqual(["The value of information", "Communicating and realising value", "Development area", "Progressing to satisfactory", "my note"]);
    expect(fake.table("Ratings")).toMatchObject({ address: "Ratings!A1:E11" });
    expect(fake.validationAt("Ratings", "D11")?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
    expect(fake.table("Actions")).toMatchObject({ address: "Actions!A1:I6" });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it("refuses, changing nothing, when the cells below the Actions table hold data", async () => {
    const { fake, host } = connect();
    await setUp(fake, host, ["IMA 2016", "Review 2019"]);
    expect(done(await importReview(host, toWrite(fixtureReview()))).ok).toBe(true);
    fake.seedSheet("Actions", [[], [], [], [], [], [], [], [null, "my own note"]]);
    const before = fake.allValues();
    const review = { ...toWrite(fixtureReview()), nextSteps: ["A brand new step", "Another one", "And a third"] };
    const result = done(await importReview(host, review));
    expect(result.ok).toBe(false);
    expect(result.problems?.[0]).toContain('B8 on the sheet "Actions" is not empty');
    expect(fake.allValues()).toEqual(before);
  });
});
