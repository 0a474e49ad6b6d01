import { DEFAULT_PRIORITIES, DEFAULT_STATUSES } from "../../src/core/action-status";
import { statusRows } from "../../src/core/lists-tables";
import { PRIORITY_COLUMNS, STATUS_COLUMNS } from "../../src/core/workbook-contract";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { repairFormatting } from "../../src/workflows/repair-formatting";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type SeedValue } from "../office-fake";

// Repair re-creates a missing Lists table only where its cells are empty (repair-plan.ts,
// listsClashes): here the RatingScale table is missing, the other Lists tables are there, and the
// cells where RatingScale would go (Lists!A1:E6 for the 2015-2018 scale its ratings match) are
// empty or not. Lists holds tables, so the host reads no used range for it: Repair reads those cells.
afterEach(() => uninstallFakeOffice());

const SCALE_BLOCK = "Lists!A1:E6";

function workbookWithoutScale() {
  const fake = createFakeExcel();
  installFakeOffice(fake);
  fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", "IMA 2015"], [["Value", "Communicating value", "Development area"]]);
  fake.seedTable("Lists", "ActionStatuses", "G1", [...STATUS_COLUMNS], statusRows(DEFAULT_STATUSES) as SeedValue[][]);
  fake.seedTable("Lists", "ActionPriorities", "L1", [...PRIORITY_COLUMNS], DEFAULT_PRIORITIES.map((p) => [p]));
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

describe("Repair's rule for a missing Lists table, in Excel", () => {
  it("re-creates the missing table where its cells are empty, and only that table", async () => {
    const { fake, host } = workbookWithoutScale();
    fake.resetCounters();
    const result = await repairFormatting(host);
    expect(result.ok).toBe(true);
    expect(result.ok && result.notices).toEqual(expect.arrayContaining([expect.stringContaining("The RatingScale table was missing; it was re-created on the Lists sheet")]));
    expect(fake.table("RatingScale")?.address).toBe(SCALE_BLOCK);
    // RatingScale, and the About table an older workbook lacks: nothing else.
    expect(fake.operations.filter((op) => op.kind === "addTable").map((op) => op.address)).toEqual(["A1:E6", "N1:O3"]);
    expect(fake.table("ActionStatuses")?.address).toBe(`Lists!G1:J${1 + DEFAULT_STATUSES.length}`);
  });

  it("keeps text the user typed elsewhere on Lists, outside where the table goes", async () => {
    const { fake, host } = workbookWithoutScale();
    fake.seedSheet("Lists", [...Array.from({ length: 29 }, () => []), ["my own note"]]);
    const result = await repairFormatting(host);
    expect(result.ok).toBe(true);
    expect(fake.cell("Lists", "A30").value).toBe("my own note");
    expect(fake.table("RatingScale")?.address).toBe(SCALE_BLOCK);
  });

  it("refuses, writing nothing, when a cell where the table would go holds something", async () => {
    const { fake, host } = workbookWithoutScale();
    fake.seedSheet("Lists", [[], [], [null, "my own note"]]);
    fake.resetCounters();
    const result = await repairFormatting(host);
    expect(result).toEqual({
      ok: false,
      problems: [`The RatingScale table is missing, and the cells where it would go (${SCALE_BLOCK}) are not empty. Move what is there, then repair again.`],
    });
    expect(fake.operations).toEqual([]);
    expect(fake.cell("Lists", "B3").value).toBe("my own note");
  });

  it("refuses when another table of the user's lies where the table would go", async () => {
    const { fake, host } = workbookWithoutScale();
    fake.seedTable("Lists", "MyNotes", "C5", ["Note"], [[""]]);
    fake.resetCounters();
    const result = await repairFormatting(host);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([expect.stringContaining("The RatingScale table is missing, and the cells where it would go")]);
    expect(fake.operations).toEqual([]);
  });
});
