import { cellAddress } from "../../src/core/a1";
import type { Framework } from "../../src/core/framework";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { repairFormatting } from "../../src/workflows/repair-formatting";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";
import { frameworkOf } from "./rated-workbook";

type Fake = ReturnType<typeof createFakeExcel>;

function connect(excelApi?: string): { fake: Fake; host: ExcelWorkbookHost } {
  const fake = createFakeExcel(excelApi ? { excelApi } : {});
  installFakeOffice(fake);
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

afterEach(() => uninstallFakeOffice());

describe("Set up in Excel", () => {
  it("creates the three tables with the default framework, dropdowns from Lists and a colour rule per level", async () => {
    const { fake, host } = connect();
    const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015", "Review 2017"] });
    expect(result).toEqual({ ok: true, message: "Created the Ratings, Actions and Lists sheets: 10 areas and 2 rounds.", notices: [] });

    expect(fake.sheetNames()).toEqual(expect.arrayContaining(["Ratings", "Actions", "Lists"]));
    expect(fake.table("Ratings")).toMatchObject({ sheet: "Ratings", address: "Ratings!A1:E11" });
    expect(fake.table("Actions")).toMatchObject({ sheet: "Actions" });
    expect(fake.table("RatingScale")).toMatchObject({ sheet: "Lists" });
    expect(fake.cell("Ratings", "B4").value).toBe("Supporting information through technology");

    for (let row = 1; row <= 10; row++) {
      for (const column of [2, 3]) {
        const validation = fake.validationAt("Ratings", cellAddress(row, column));
        expect(validation?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
      }
    }
    expect(fake.validationAt("Ratings", "B2")).toBeFalsy();
    expect(fake.validationAt("Actions", "H2")?.rule).toEqual({ list: { inCellDropDown: true, source: "=StatusList" } });
    expect(fake.names()).toEqual(expect.arrayContaining([expect.objectContaining({ name: "RatingLevels", formula: "=RatingScale[Level]" })]));

    const ratingRules = fake.conditionalFormatsOn("Ratings");
    expect(ratingRules).toHaveLength(DEFAULT_SCALE.levels.length);
    expect(ratingRules.map((r) => [r.priority, r.rule, r.fill])).toEqual(
      DEFAULT_SCALE.levels.map((level, i) => [i, { formula1: `="${level.label}"`, operator: "EqualTo" }, level.fill]),
    );
    expect(fake.conditionalFormatsOn("Actions")).toHaveLength(4);
    expect(fake.frozenRows("Ratings")).toBe(1);
  });

  it.each([10, 1000])("costs at most 3 syncs for %i areas x 5 rounds", async (areas) => {
    const { fake, host } = connect();
    const rounds = ["IMA 2015", "Review 2017", "Review 2019", "Review 2021", "Review 2023"];
    const result = await setUpWorkbook(host, { framework: frameworkOf(areas), scale: DEFAULT_SCALE, rounds });
    expect(result.ok).toBe(true);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.table("Ratings")?.address).toBe(`Ratings!A1:H${areas + 1}`);
  });

  it("puts its sheets first in the tab order, ahead of the blank sheet a new workbook starts with", async () => {
    const { fake, host } = connect();
    fake.seedSheet("Sheet1");
    expect((await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] })).ok).toBe(true);
    expect(fake.sheetNames()).toEqual(["Ratings", "Actions", "Lists", "Sheet1"]);
  });

  it("writes labels that look like formulas, numbers or dates as literal text", async () => {
    const { fake, host } = connect();
    const framework: Framework = {
      id: "odd",
      name: "Odd",
      themes: [{ name: "=SUM(1,2)", areas: ["+44 area", "-minus", "@mention", "12"] }],
    };
    const scale = {
      ...DEFAULT_SCALE,
      levels: DEFAULT_SCALE.levels.map((l, i) => (i === 0 ? { ...l, label: "=Low" } : l)),
    };
    const result = await setUpWorkbook(host, { framework, scale, rounds: ["-2015 round", "@2017"] });
    expect(result.ok).toBe(true);
    const expectText = (sheet: string, address: string, text: string): void => {
      const cell = fake.cell(sheet, address);
      expect([cell.value, cell.formula ?? null]).toEqual([text, null]);
    };
    expectText("Ratings", "A2", "=SUM(1,2)");
    expectText("Ratings", "B2", "+44 area");
    expectText("Ratings", "B3", "-minus");
    expectText("Ratings", "B4", "@mention");
    expectText("Ratings", "B5", "12");
    expectText("Ratings", "C1", "-2015 round");
    expectText("Ratings", "D1", "@2017");
    expectText("Lists", "A2", "=Low");
  });

  it("makes each sheet print: rows autofit by Excel, top-aligned wrapped columns, the header row on every page, page numbers, the About table", async () => {
    const { fake, host } = connect();
    const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015", "Review 2017"], about: { organisation: "Home Office", framework: null } });
    expect(result.ok).toBe(true);
    for (const sheet of ["Ratings", "Actions", "Lists"]) {
      expect(fake.operations).toContainEqual(expect.objectContaining({ kind: "autofitRows", sheet }));
      expect(fake.pageLayout(sheet)).toMatchObject({ orientation: "Landscape", paperSize: "A4", printTitleRows: "$1:$1", headerFooter: { leftFooter: "&A", centerFooter: "Page &P of &N" } });
    }
    // "Digital information and supporting technology" wraps in the Theme column: its row is taller.
    expect(fake.rowHeight("Ratings", 4)).toBeGreaterThan(fake.rowHeight("Ratings", 2));
    expect(fake.cell("Ratings", "A4")).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    expect([fake.cell("Lists", "N2").value, fake.cell("Lists", "O2").value]).toEqual(["Organisation", "Home Office"]);
    expect(fake.syncCount).toBe(2);
  });

  it("still sets up without dropdowns on ExcelApi 1.7, and says why", async () => {
    const { fake, host } = connect("1.7");
    const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] });
    expect(result.ok).toBe(true);
    expect(result.ok && result.notices).toEqual([expect.stringContaining("The print settings (A4 landscape, one page wide) were not set"), expect.stringContaining("Dropdowns were not added")]);
    expect(fake.validationAt("Ratings", "C2")).toBeFalsy();
    expect(fake.conditionalFormatsOn("Ratings")).toHaveLength(DEFAULT_SCALE.levels.length);
  });

  it("refuses, writing nothing, when a sheet it needs already has content", async () => {
    const { fake, host } = connect();
    fake.seedSheet("Lists", [["my own list"]]);
    const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toContain('The sheet "Lists" already has content (A1)');
    expect(fake.operations).toEqual([]);
  });

  it("does not make a second Ratings table", async () => {
    const { fake, host } = connect();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] });
    fake.resetCounters();
    const again = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] });
    expect(again.ok).toBe(false);
    expect(fake.operations).toEqual([]);
  });
});

describe("Repair formatting in Excel", () => {
  async function filledWorkbook(): Promise<{ fake: Fake; host: ExcelWorkbookHost }> {
    const connection = connect();
    await setUpWorkbook(connection.host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015", "Review 2017"] });
    const { fake } = connection;
    // What an assessor would have typed, straight into the cells (seeding is not an add-in write).
    fake.seedSheet("Ratings", [
      ["Theme", "Area", "IMA 2015", "Review 2017", "Notes"],
      ["The value of information", "Communicating and realising value", "Satisfactory", "Satisfactory", "=1+1 is not a formula here"],
      ["The value of information", "Managing information as an asset", "Development area", "satisfactory", ""],
    ]);
    fake.resetCounters();
    return connection;
  }

  it("changes no cell value, and running it twice does not duplicate rules", async () => {
    const { fake, host } = await filledWorkbook();
    const before = fake.allValues();
    const first = await repairFormatting(host);
    expect(first).toMatchObject({ ok: true, message: "Dropdowns and colours re-applied. No values were changed." });
    const rulesAfterFirst = fake.conditionalFormatsOn("Ratings");
    const second = await repairFormatting(host);
    expect(second.ok).toBe(true);
    expect(fake.allValues()).toEqual(before);
    expect(fake.conditionalFormatsOn("Ratings")).toEqual(rulesAfterFirst);
    expect(rulesAfterFirst).toHaveLength(DEFAULT_SCALE.levels.length);
  });

  it("takes its colours from the RatingScale table, so edits in Lists reach the rules", async () => {
    const { fake, host } = await filledWorkbook();
    const values = fake.valuesOf("Lists");
    expect(values[1]?.[2]).toBe(DEFAULT_SCALE.levels[0]?.fill);
    fake.seedSheet("Lists", [[null, null, null], [null, null, "#000000"]]);
    const result = await repairFormatting(host);
    expect(result.ok).toBe(true);
    const first = fake.conditionalFormatsOn("Ratings").find((r) => r.priority === 0);
    expect(first?.fill).toBe("#000000");
  });
});
