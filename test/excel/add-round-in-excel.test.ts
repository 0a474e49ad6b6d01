import { cellAddress, parseBlock } from "../../src/core/a1";
import { RATINGS_WIDTHS } from "../../src/core/workbook-contract";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { characterWidthToPoints } from "../../src/excel/column-width";
import { addRound } from "../../src/workflows/add-round";
import { uninstallFakeOffice, type FakeExcel } from "../office-fake";
import { frameworkOf, ratedWorkbook } from "./rated-workbook";

afterEach(() => uninstallFakeOffice());

type Values = ReturnType<FakeExcel["allValues"]>;

/** What the values should be after inserting a blank column at `column` in the table's rows 1..`lastRow` (1-based). */
function shiftedRight(before: Values, sheet: string, column: number, lastRow: number): Values {
  const cells: Values[string] = {};
  for (const [address, cell] of Object.entries(before[sheet] ?? {})) {
    const block = parseBlock(address);
    if (!block) throw new Error(address);
    const moves = block.left >= column && block.top < lastRow;
    cells[moves ? cellAddress(block.top, block.left + 1) : address] = cell;
  }
  return { ...before, [sheet]: cells };
}

function sortedCells(values: Values): Values {
  return Object.fromEntries(
    Object.entries(values).map(([sheet, cells]) => [sheet, Object.fromEntries(Object.entries(cells).sort(([a], [b]) => a.localeCompare(b)))]),
  );
}

describe("Add round in Excel", () => {
  it("inserts the round right of the latest one, moving Notes right and changing no other value", async () => {
    const { fake, host } = await ratedWorkbook();
    fake.seedSheet("Ratings", [[], [], [], [], [], [], [], [], [], [], [], [], ["under the table, left alone"]]);
    const before = fake.allValues();
    const result = await addRound(host, "Review 2026");
    expect(result).toEqual({
      ok: true,
      message: 'Added the round "Review 2026" to the Ratings table (column E), with the rating dropdown and colours.',
      notices: [],
    });

    expect(fake.table("Ratings")).toMatchObject({
      address: "Ratings!A1:F11",
      header: ["Theme", "Area", "IMA 2015", "Review 2017", "Review 2026", "Notes"],
    });
    const expected = shiftedRight(before, "Ratings", 4, 11);
    (expected["Ratings"] as Record<string, unknown>)["E1"] = { value: "Review 2026", formula: null };
    expect(sortedCells(fake.allValues())).toEqual(sortedCells(expected));
    expect(fake.cell("Ratings", "F2").value).toBe("kept as it is");
  });

  it("puts the rating dropdown and one colour rule per level on the new column", async () => {
    const { fake, host } = await ratedWorkbook();
    expect((await addRound(host, "Review 2026")).ok).toBe(true);
    for (let row = 1; row <= 10; row++) {
      expect(fake.validationAt("Ratings", cellAddress(row, 4))?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
      expect(fake.validationAt("Ratings", cellAddress(row, 5))).toBeNull();
    }
    expect(fake.validationAt("Ratings", "E2")?.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    const rules = fake.conditionalFormatsOn("Ratings");
    expect(rules.map((r) => [r.address, r.rule, r.fill, r.stopIfTrue])).toEqual(
      DEFAULT_SCALE.levels.map((level) => ["C2:E11", { formula1: `="${level.label}"`, operator: "EqualTo" }, level.fill, true]),
    );
    expect(fake.columnWidth("Ratings", "E")).toBe(characterWidthToPoints(26));
    expect(fake.columnWidth("Ratings", "F")).toBe(characterWidthToPoints(RATINGS_WIDTHS.notes));
    expect(fake.wrapText("Ratings", "E2")).toBe(true);
  });

  it.each([10, 1000])("costs 2 read syncs and 1 write sync for %i areas", async (areas) => {
    const { fake, host } = await ratedWorkbook({ framework: frameworkOf(areas) });
    const result = await addRound(host, "Review 2026");
    expect(result.ok).toBe(true);
    expect([host.readSyncs, host.writeSyncs]).toEqual([2, 1]);
    expect(fake.table("Ratings")?.address).toBe(`Ratings!A1:F${areas + 1}`);
    expect(fake.validationAt("Ratings", `E${areas + 1}`)?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
  });

  it("writes a label that starts with = as literal text", async () => {
    const { fake, host } = await ratedWorkbook();
    expect((await addRound(host, "=Review 2026")).ok).toBe(true);
    expect(fake.cell("Ratings", "E1")).toMatchObject({ value: "=Review 2026", formula: null });
  });

  it.each([
    ["a label without a year", "Next review", 'The new round ("Next review") needs a year in it'],
    ["a blank label", "   ", "The new round has no label."],
    ["an existing round, in another case", "review 2017", 'The Ratings table already has a column called "Review 2017".'],
    ["the Notes column's name", "Notes", 'The new round cannot be called "Notes"'],
  ])("refuses %s, writing nothing", async (_name, label, message) => {
    const { fake, host } = await ratedWorkbook();
    const before = fake.allValues();
    const result = await addRound(host, label);
    expect(result).toEqual({ ok: false, problems: expect.arrayContaining([expect.stringContaining(message)]) });
    expect(fake.operations).toEqual([]);
    expect(host.writeSyncs).toBe(0);
    expect(fake.allValues()).toEqual(before);
  });

  it("adds the round with its colours but no dropdown on ExcelApi 1.7, and says why", async () => {
    const { fake, host } = await ratedWorkbook({ excelApi: "1.7" });
    const result = await addRound(host, "Review 2026");
    expect(result).toMatchObject({ ok: true, notices: [expect.stringContaining("Dropdowns were not added")] });
    // The notice is shared by every action that adds dropdowns: it must not speak of setting up.
    expect(result.ok && result.notices.join(" ")).not.toMatch(/set up/i);
    expect(fake.table("Ratings")?.header).toContain("Review 2026");
    expect(fake.validationAt("Ratings", "E2")).toBeNull();
    expect(fake.conditionalFormatsOn("Ratings").map((r) => r.address)).toEqual(DEFAULT_SCALE.levels.map(() => "C2:E11"));
  });

  it("says what Excel refused when the Ratings sheet is protected", async () => {
    const { fake, host } = await ratedWorkbook();
    fake.seedSheet("Ratings", [], { protected: true });
    const result = await addRound(host, "Review 2026");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/protected/i);
    expect(fake.table("Ratings")?.address).toBe("Ratings!A1:E11");
  });
});
