import { comparePortfolio } from "../../../src/core/portfolio/portfolio";
import { PORTFOLIO_COLUMNS, portfolioPlan } from "../../../src/core/portfolio/portfolio-plan";
import { digestWorkbook, type WorkbookDigest } from "../../../src/core/portfolio/workbook-digest";
import { readWorkbook } from "../../../src/core/read-workbook";
import { IMA_2015_SCALE } from "../../../src/core/scale-presets";
import { detectCapabilities } from "../../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../../src/excel/excel-host";
import { newXlsx, saveXlsx } from "../../../src/xlsx/xlsx-file";
import { partText, sheetXml } from "../../xlsx/xlsx-inspect";
import { CABINET_OFFICE_2015, HOME_OFFICE_2017, seedSnapshot, type ReviewSeed } from "../../fixtures/review-seeds";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../../office-fake";

const TODAY = "2026-12-02";

function digest(seed: ReviewSeed, file: string, organisation: string): WorkbookDigest {
  const base = seedSnapshot(seed);
  const read = readWorkbook({
    ...base,
    tableNames: [...base.tableNames, { name: "About", sheet: "Lists" }],
    tables: [...base.tables, { name: "About", sheet: "Lists", address: "Lists!N1:O2", values: [["Detail", "Value"], ["Organisation", organisation]] }],
  });
  if (!read.ok) throw new Error("unreadable");
  return digestWorkbook(file, read.workbook, TODAY);
}

/** `count` organisations on the seeds' framework: enough columns to print more than one page wide. */
function portfolioOf(count: number) {
  const digests = Array.from({ length: count }, (_, i) => digest(i % 2 ? CABINET_OFFICE_2015 : HOME_OFFICE_2017, `body-${i + 1}.xlsx`, `Body ${i + 1}`));
  return comparePortfolio(digests, [{ workbook: "broken.xlsx", reason: "Damaged." }]);
}

describe("the portfolio workbook's plan", () => {
  afterEach(() => uninstallFakeOffice());

  it("writes the Portfolio table, the heat map in the scale's colours and the Not read table, each printable, in Excel", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const host = new ExcelWorkbookHost(detectCapabilities());
    const outcome = await host.apply(portfolioPlan(portfolioOf(2), TODAY));
    expect(outcome.skipped).toEqual([]);
    expect(fake.table("Portfolio")?.address).toBe("Portfolio!A1:K21");
    expect(fake.cell("Portfolio", "A1").value).toBe(PORTFOLIO_COLUMNS[0]);
    expect(fake.table("NotRead")?.address).toBe("'Not read'!A1:B2");
    expect(fake.cell("Heat map", "C5").value).toBe("Body 1");
    const heatRules = fake.conditionalFormatsOn("Heat map").filter((r) => r.rule && "formula1" in r.rule && r.rule.formula1 === '="Good practice"');
    expect(heatRules.length).toBe(2); // the map, and the level names of the counts below it
    // Small enough to shrink onto one page, so the counts stay with the map.
    expect(fake.pageLayout("Heat map")).toMatchObject({ zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 }, printTitleRows: "$5:$5", printTitleColumns: "$A:$B" });
    expect(fake.pageLayout("Portfolio")).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
  });

  it("prints a wide heat map over several pages with the Theme and Area columns on each", async () => {
    const host = newXlsx();
    await host.apply(portfolioPlan(portfolioOf(14), TODAY));
    const bytes = await saveXlsx(host);
    expect(await sheetXml(bytes, "Heat map")).toMatch(/<pageSetup [^>]*fitToWidth="2"[^>]*fitToHeight="1"/);
    const titles = /<definedName name="_xlnm.Print_Titles" localSheetId="1">([^<]*)</.exec(await partText(bytes, "xl/workbook.xml"))?.[1];
    expect(titles?.replace(/&apos;/g, "'")).toBe("'Heat map'!$A:$B,'Heat map'!$5:$5");
    // The banner stays within the columns every page repeats, so it is never cut at their edge.
    const merges = host.workbook.getWorksheet("Heat map")?.model.merges ?? [];
    expect(merges).toContain("A1:B1");
    expect(IMA_2015_SCALE.levels).toHaveLength(5);
  });
});
