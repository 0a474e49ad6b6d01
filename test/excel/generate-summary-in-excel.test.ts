import type { WorkbookHost } from "../../src/core/workbook-host";
import { isoDateToSerial } from "../../src/core/excel-date";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { generateSummary, type GenerateSummaryResult } from "../../src/workflows/generate-summary";
import { summaryChoices } from "../../src/workflows/summary-choices";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type FakeExcel, type FakeExcelOptions } from "../office-fake";
import { countingWrites } from "../fixtures/counting-host";
import { largeActions, largeReview } from "../fixtures/large-review";
import { ACTION_HEADER, HOME_OFFICE_2017, actionRows, ratingsRows, type ReviewSeed } from "../fixtures/review-seeds";

const TODAY = "2026-11-22";
const SHEET = `Next steps ${TODAY}`;

interface Connection {
  readonly fake: FakeExcel;
  readonly host: WorkbookHost;
  /** Syncs spent inside host.apply, i.e. writing. */
  readonly writeSyncs: () => number;
}

function connect(seed: ReviewSeed, options: FakeExcelOptions = {}, actions = actionRows(seed)): Connection {
  const fake = createFakeExcel(options);
  installFakeOffice(fake);
  fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", ...seed.rounds, "Notes"], ratingsRows(seed));
  fake.seedTable("Actions", "Actions", "A1", [...ACTION_HEADER], actions);
  const { host, writeSyncs } = countingWrites(new ExcelWorkbookHost(detectCapabilities()), fake);
  return { fake, host, writeSyncs };
}

function expectDone(result: GenerateSummaryResult): Extract<GenerateSummaryResult, { ok: true }> {
  if (!result.ok) throw new Error(`Expected success, got: ${result.problems.join(" | ")}`);
  return result;
}

afterEach(() => uninstallFakeOffice());

describe("Generate summary in Excel", () => {
  it("writes the Home Office summary to a new sheet in one write: tables, colours, frozen titles, A4 landscape, chart, marker", async () => {
    const dated = actionRows(HOME_OFFICE_2017).map((row, i) => (i === 0 ? [...row.slice(0, 5), isoDateToSerial("2027-03-31"), ...row.slice(6)] : row));
    const { fake, host, writeSyncs } = connect(HOME_OFFICE_2017, {}, dated);
    const before = fake.allValues();
    const result = expectDone(await generateSummary(host, { todayIso: TODAY }));
    expect(result.sheet).toBe(SHEET);
    expect(result.message).toBe(
      `Created the sheet "${SHEET}". 5 areas improved, none declined and 5 are unchanged since IMA 2015; 2 areas are below Satisfactory; 11 of 11 actions are open, none overdue.`,
    );
    expect(writeSyncs()).toBe(1);
    expect(fake.syncCount).toBe(3);

    const after = fake.allValues();
    expect(after.Ratings).toEqual(before.Ratings);
    expect(after.Actions).toEqual(before.Actions);
    expect(fake.sheetNames()).toEqual(["Sheet1", "Ratings", "Actions", SHEET]);
    expect(fake.activeSheet).toBe(SHEET);
    expect(fake.cell(SHEET, "A2").value).toBe(result.message.slice(`Created the sheet "${SHEET}". `.length));

    const tables = fake.tableNames().filter((t) => t.startsWith("Summary1"));
    expect(tables).toEqual(["Summary1Ratings", "Summary1Attention", "Summary1OpenActions", "Summary1ActionCounts", "Summary1Levels"]);
    for (const name of tables) expect(fake.table(name)).toMatchObject({ sheet: SHEET, showFilterButton: true });
    expect(fake.table("Summary1Ratings")?.header).toEqual(["Theme", "Area", "IMA 2015", "Review 2017", "Movement"]);
    expect(fake.table("Summary1Ratings")?.dataRowCount).toBe(10);
    expect(fake.table("Summary1Attention")?.dataRowCount).toBe(2);
    expect(fake.table("Summary1OpenActions")?.dataRowCount).toBe(11);
    const movement = fake.valuesOf(SHEET).slice(6, 16).map((line) => line[4]);
    expect(movement.filter((m) => m === "▲ Improved")).toHaveLength(5);
    expect(movement.filter((m) => m === "● Unchanged")).toHaveLength(5);
    expect(fake.conditionalFormatsOn(SHEET)).toContainEqual(expect.objectContaining({ address: "E7:E16", fill: "#C6EFCE", rule: { formula1: '="▲ Improved"', operator: "EqualTo" } }));
    expect(fake.columnWidth(SHEET, "D")).toBeGreaterThan(fake.columnWidth(SHEET, "H"));

    // Printing: the title, headline and note each on one merged row across the page, tall enough for
    // their text; the title styled; every other row fitted by Excel; due dates are dates.
    expect(fake.cell(SHEET, "A1")).toMatchObject({ value: "Next steps summary: IMA 2015 to Review 2017", bold: true, fontSize: 16 });
    expect(fake.merges(SHEET)).toEqual(["A1:H1", "A2:H2", "A3:H3"]);
    expect(fake.rowHeight(SHEET, 1)).toBeGreaterThan(15);
    expect(fake.cell(SHEET, "A5")).toMatchObject({ value: "How the ratings moved", bold: true, fontSize: 13 });
    expect(fake.operations).toContainEqual(expect.objectContaining({ kind: "autofitRows", sheet: SHEET }));
    const openActionsTop = Number(/!A(\d+)/.exec(fake.table("Summary1OpenActions")?.address ?? "")?.[1]);
    expect(fake.cell(SHEET, `F${openActionsTop + 1}`)).toMatchObject({ value: isoDateToSerial("2027-03-31"), numberFormat: "yyyy-mm-dd", text: "2027-03-31" });

    expect(fake.frozenRows(SHEET)).toBe(1);
    expect(fake.pageLayout(SHEET)).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$1",
      headerFooter: { leftFooter: "&A", centerFooter: "Page &P of &N" },
    });
    expect(fake.charts(SHEET)).toEqual([
      expect.objectContaining({ type: "ColumnClustered", seriesBy: "Columns", title: "Areas at each level: IMA 2015 and Review 2017" }),
    ]);
    const levelsTable = fake.table("Summary1Levels")?.address.replace(/^.*!/, "");
    expect(fake.charts(SHEET)[0]?.source).toBe(levelsTable);
    expect(fake.names()).toContainEqual({ name: "RatingMatrixSummary1", formula: `='${SHEET}'!$A$1`, comment: expect.stringContaining("Rating Matrix") });
    const ratingRules = fake.conditionalFormatsOn(SHEET).filter((r) => r.rule && "formula1" in r.rule && r.rule.formula1 === '="Satisfactory"');
    expect(ratingRules.length).toBeGreaterThanOrEqual(2);
  });

  it("offers the rounds, levels and default target the Summary view shows", async () => {
    const { fake, host } = connect(HOME_OFFICE_2017);
    expect(await summaryChoices(host)).toEqual({
      kind: "ready",
      rounds: ["IMA 2015", "Review 2017"],
      levels: ["Development area", "Progressing to satisfactory", "Satisfactory", "Progressing to good practice", "Good practice"],
      target: "Satisfactory",
      workbook: expect.objectContaining({ about: { organisation: null, framework: null } }),
    });
    expect(fake.operations).toEqual([]);
  });

  it("keeps action text that looks like a formula as literal text", async () => {
    const actions = actionRows(HOME_OFFICE_2017).map((row, i) => (i === 1 ? ["+44", "@mention the owner", ...row.slice(2)] : row));
    const { fake, host } = connect(HOME_OFFICE_2017, {}, actions);
    // Seeding parses "=..." as typed input; put the text back as a user's literal text would be.
    await fake.simulateUserEdit("Actions", "B2", [['\'=HYPERLINK("http://example.invalid")']]);
    await fake.simulateUserEdit("Actions", "A3:B3", [["'+44", "'@mention the owner"]]);
    expectDone(await generateSummary(host, { todayIso: TODAY }));
    const texts = fake.valuesOf(SHEET).flat();
    expect(texts).toContain('=HYPERLINK("http://example.invalid")');
    expect(texts).toContain("@mention the owner");
    expect(texts).toContain("+44");
    for (const [address, cell] of Object.entries(fake.allValues()[SHEET] ?? {})) {
      expect([address, cell.formula]).toEqual([address, null]);
    }
  });

  it("asks before replacing today's summary, then writes a second sheet or replaces only the generated one", async () => {
    const { fake, host } = connect(HOME_OFFICE_2017);
    fake.seedSheet("My notes", [["Keep me", 42]]);
    expectDone(await generateSummary(host, { todayIso: TODAY }));
    const afterFirst = fake.allValues();
    fake.resetCounters();

    const asked = await generateSummary(host, { todayIso: TODAY });
    expect(asked).toMatchObject({ ok: false, confirmReplace: SHEET });
    expect(fake.operations).toEqual([]);

    const second = expectDone(await generateSummary(host, { todayIso: TODAY, replace: false }));
    expect(second.sheet).toBe(`${SHEET} (2)`);
    const afterSecond = fake.allValues();
    for (const sheet of Object.keys(afterFirst)) expect([sheet, afterSecond[sheet]]).toEqual([sheet, afterFirst[sheet]]);
    expect(afterSecond[`${SHEET} (2)`]).toEqual(afterFirst[SHEET]);

    await fake.simulateUserEdit(SHEET, "J1", [["typed on the generated sheet"]]);
    const beforeReplace = fake.allValues();
    fake.resetCounters();
    const replaced = expectDone(await generateSummary(host, { todayIso: TODAY, replace: true }));
    expect([replaced.sheet, replaced.replaced]).toEqual([SHEET, SHEET]);
    expect(fake.operations.filter((op) => op.kind === "deleteSheet")).toEqual([expect.objectContaining({ sheet: SHEET })]);
    const afterReplace = fake.allValues();
    for (const sheet of Object.keys(beforeReplace).filter((s) => s !== SHEET)) {
      expect([sheet, afterReplace[sheet]]).toEqual([sheet, beforeReplace[sheet]]);
    }
    expect(afterReplace[SHEET]).toEqual(afterFirst[SHEET]);
    expect(fake.names().filter((n) => n.name.startsWith("RatingMatrixSummary")).map((n) => [n.name, n.formula])).toEqual([
      ["RatingMatrixSummary1", `='${SHEET}'!$A$1`],
      ["RatingMatrixSummary2", `='${SHEET} (2)'!$A$1`],
    ]);
  });

  it("refuses, writing nothing, a summary too large for two requests", async () => {
    const { fake } = connect(HOME_OFFICE_2017);
    const host = new ExcelWorkbookHost({ ...detectCapabilities(), requestBytes: 1_000 });
    const result = await generateSummary(host, { todayIso: TODAY });
    expect(result).toMatchObject({ ok: false, problems: [expect.stringContaining("The summary is too large to write")] });
    expect(fake.operations).toEqual([]);
    expect(fake.sheetNames()).not.toContain(SHEET);
  });

  it("re-uses the marker of a summary sheet the user deleted", async () => {
    const { fake, host } = connect(HOME_OFFICE_2017);
    expectDone(await generateSummary(host, { todayIso: "2026-11-21" }));
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Next steps 2026-11-21").delete();
      await context.sync();
    });
    expect(fake.names().map((n) => n.formula)).toEqual(["=#REF!$A$1"]);
    expectDone(await generateSummary(host, { todayIso: TODAY }));
    expect(fake.names().map((n) => [n.name, n.formula])).toEqual([["RatingMatrixSummary1", `='${SHEET}'!$A$1`]]);
  });

  it("never replaces a sheet of today's name that the add-in did not make", async () => {
    const { fake, host } = connect(HOME_OFFICE_2017);
    fake.seedSheet(SHEET, [["A manager's own summary"]]);
    const before = fake.allValues();
    const result = expectDone(await generateSummary(host, { todayIso: TODAY, replace: true }));
    expect(result.sheet).toBe(`${SHEET} (2)`);
    expect(fake.allValues()[SHEET]).toEqual(before[SHEET]);
  });

  it("skips the print settings on ExcelApi 1.8 and says why, still adding the chart", async () => {
    const { fake, host } = connect(HOME_OFFICE_2017, { excelApi: "1.8" });
    const result = expectDone(await generateSummary(host, { todayIso: TODAY }));
    expect(result.notices).toContainEqual(expect.stringContaining("print settings"));
    expect(fake.pageLayout(SHEET).orientation).toBe("Portrait");
    expect(fake.charts(SHEET)).toHaveLength(1);
  });
});

describe("Generate summary at scale", () => {
  // Long texts run on desktop Excel: on the web, reading a workbook that large already exceeds the
  // 5 MB response limit (next test), so a summary over 5 MB can only be written on the desktop.
  it.each([
    { label: "short texts", words: 1, writes: 1, platform: "OfficeOnline" as const },
    { label: "long texts, over 5 MB in all", words: 12, writes: 2, platform: "PC" as const },
  ])("1,000 areas and 10,000 actions with $label: $writes write(s) on $platform, every open action listed", async ({ words, writes, platform }) => {
    const seed = largeReview(1000);
    const { fake, host, writeSyncs } = connect(seed, { platform }, largeActions(10_000, 1000, words));
    const result = expectDone(await generateSummary(host, { todayIso: TODAY }));
    expect(result.writeRequests).toBe(writes);
    expect(writeSyncs()).toBe(writes);
    expect(writeSyncs()).toBeLessThanOrEqual(2);
    expect(fake.table("Summary1OpenActions")?.dataRowCount).toBe(7_500);
    const overdueColumn = fake.valuesOf(SHEET).map((line) => line[7]);
    const today = isoDateToSerial(TODAY) ?? 0;
    const overdue = largeActions(10_000, 1000, 0).filter((a) => a[7] !== "Complete" && Number(a[5]) < today).length;
    expect(overdue).toBeGreaterThan(0);
    expect(overdueColumn.filter((v) => v === "Overdue")).toHaveLength(overdue + 1); // and the column header
    expect(fake.table("Summary1Ratings")?.dataRowCount).toBe(1_000);
    // Due dates are dates to the last row, in the second request too.
    const lastAction = Number(/:H(\d+)$/.exec(fake.table("Summary1OpenActions")?.address ?? "")?.[1]);
    expect(fake.cell(SHEET, `F${lastAction}`).numberFormat).toBe("yyyy-mm-dd");
    expect(Math.max(...fake.requestBytes)).toBeLessThanOrEqual(5 * 1024 * 1024);
    const total = fake.requestBytes.reduce((a, b) => a + b, 0);
    expect(total > 5 * 1024 * 1024).toBe(writes === 2);
  });

  it("says, writing nothing, that Excel on the web cannot send a workbook over 5 MB to the add-in", async () => {
    const seed = largeReview(1000);
    const { fake, host, writeSyncs } = connect(seed, { platform: "OfficeOnline" }, largeActions(10_000, 1000, 12));
    const sheets = fake.sheetNames();
    const result = await generateSummary(host, { todayIso: TODAY });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join(" ")).toContain("larger than Excel on the web can send to the add-in in one go");
    expect(writeSyncs()).toBe(0);
    expect(fake.sheetNames()).toEqual(sheets);
  });
});
