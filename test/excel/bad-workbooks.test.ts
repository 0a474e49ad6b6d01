import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { checkOpenWorkbook } from "../../src/workflows/check-workbook";
import { BAD_WORKBOOKS } from "../fixtures/bad-workbooks";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";

// Generous on a loaded machine (2 cores shared); a limit, not a timed assertion.
jest.setTimeout(60_000);

afterEach(() => uninstallFakeOffice());

describe("the bad-input corpus", () => {
  it("has at least 30 workbooks", () => {
    expect(BAD_WORKBOOKS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(BAD_WORKBOOKS.map((w) => [w.name, w] as const))("%s: says what is wrong and writes nothing", async (_name, workbook) => {
    const fake = createFakeExcel();
    workbook.seed(fake);
    installFakeOffice(fake);
    fake.resetCounters();
    const before = fake.allValues();

    const result = await checkOpenWorkbook(new ExcelWorkbookHost(detectCapabilities()), { todayIso: "2026-12-01" });

    expect(fake.operations).toEqual([]);
    expect(fake.allValues()).toEqual(before);
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    const { expect: wanted } = workbook;
    if ("finding" in wanted) {
      expect(result.findings).toContainEqual(expect.objectContaining({ kind: wanted.finding, sheet: wanted.sheet, address: wanted.address }));
    } else {
      const said = result.ok ? result.notes : result.problems;
      expect(said).toContainEqual(expect.stringMatching(wanted.message));
    }
  });
});
