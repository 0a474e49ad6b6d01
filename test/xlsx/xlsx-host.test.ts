import JSZip from "jszip";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { readWorkbook } from "../../src/core/read-workbook";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { repairFormatting } from "../../src/workflows/repair-formatting";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { newXlsx, openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { withDefinedNames } from "../../src/xlsx/xlsx-package";
import { partText, sheetXml } from "./xlsx-inspect";

const OPTIONS = { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015", "Review 2017"] };

async function setUpFile(): Promise<Uint8Array> {
  const host = newXlsx();
  const result = await setUpWorkbook(host, OPTIONS);
  expect(result.ok).toBe(true);
  return saveXlsx(host);
}

describe("XlsxWorkbookHost", () => {
  it("sets up a workbook whose file holds the tables, dropdowns from defined names, colour rules and frozen header", async () => {
    const bytes = await setUpFile();
    const workbook = await partText(bytes, "xl/workbook.xml");
    expect(workbook).toMatch(/<definedName name="RatingLevels"[^>]*>RatingScale\[Level\]<\/definedName>/);
    expect(workbook).toMatch(/<definedName name="StatusList"[^>]*>ActionStatuses\[Status\]<\/definedName>/);
    const ratings = await sheetXml(bytes, "Ratings");
    expect(ratings).toMatch(/<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="stop"[^>]*sqref="C2:D11"><formula1>RatingLevels<\/formula1>/);
    const rules = [...ratings.matchAll(/<cfRule type="cellIs" dxfId="(\d+)" priority="(\d+)" operator="equal"><formula>([^<]*)<\/formula>/g)];
    expect(rules.map((r) => [r[2], r[3]])).toEqual(DEFAULT_SCALE.levels.map((l, i) => [String(i + 1), `&quot;${l.label}&quot;`]));
    expect(ratings).toMatch(/<conditionalFormatting sqref="C2:D11">/);
    expect(ratings).toMatch(/<pane ySplit="1" topLeftCell="A2"[^>]*state="frozen"/);
    const styles = await partText(bytes, "xl/styles.xml");
    expect(styles).toContain("FFFFC7CE"); // the lowest level's fill in a dxf
    const table = await partText(bytes, "xl/tables/table1.xml");
    expect(table).toMatch(/name="(Ratings|RatingScale)"/);
  });

  it("reads back the same workbook model the core reads from Excel", async () => {
    const host = await openXlsx(await setUpFile());
    const snapshot = await host.read(CONTRACT_READ);
    expect([...snapshot.sheetNames].sort()).toEqual(["Actions", "Lists", "Ratings"]);
    expect(snapshot.names).toEqual(expect.arrayContaining([{ name: "RatingLevels", formula: "=RatingScale[Level]" }]));
    const read = readWorkbook(snapshot);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.workbook.ratings.rounds.map((r) => r.label)).toEqual(["IMA 2015", "Review 2017"]);
    expect(read.workbook.ratings.areas).toHaveLength(10);
    expect(read.workbook.scale.levels.map((l) => l.label)).toEqual(DEFAULT_SCALE.levels.map((l) => l.label));
  });

  it("puts the new sheets first in the tab order, keeping a sheet-scoped name and the active tab on their own sheet", async () => {
    const start = newXlsx();
    start.workbook.addWorksheet("Sheet1");
    start.workbook.addWorksheet("Budget");
    start.workbook.views = [{ x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, visibility: "visible", activeTab: 1 }];
    // A user's name scoped to the Budget sheet: the file records its scope as the sheet's place in the tab order.
    const zip = await JSZip.loadAsync(await saveXlsx(start));
    const part = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", withDefinedNames(part, [{ name: "TaxRate", formula: "=Budget!$B$2", comment: "", localSheetId: 1 }]));
    const opened = await openXlsx(await zip.generateAsync({ type: "uint8array" }));
    expect(opened.definedNames().find((n) => n.name === "TaxRate")).toMatchObject({ localSheetId: 1 });
    expect((await setUpWorkbook(opened, OPTIONS)).ok).toBe(true);
    const bytes = await saveXlsx(opened);
    const again = await openXlsx(bytes);
    expect(again.workbook.worksheets.map((ws) => ws.name)).toEqual(["Ratings", "Actions", "Lists", "Sheet1", "Budget"]);
    expect(again.workbook.views[0]?.activeTab).toBe(0); // Set up shows Ratings
    expect(again.definedNames().find((n) => n.name === "TaxRate")).toEqual({ name: "TaxRate", formula: "=Budget!$B$2", comment: "", localSheetId: 4 });
  });

  it("stores text starting with = as a string cell, never a formula", async () => {
    const host = await openXlsx(await setUpFile());
    await host.apply({ title: "t", steps: [{ kind: "setValues", sheet: "Ratings", address: "E2:E3", values: [["=SUM(A1:A9)"], ["12"]] }] });
    const bytes = await saveXlsx(host);
    const xml = await sheetXml(bytes, "Ratings");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<c r="E2"[^>]*t="(s|str|inlineStr)"/);
    const again = await openXlsx(bytes);
    const snapshot = await again.read({ tables: ["Ratings"], sheets: [] });
    expect(snapshot.tables[0]?.values[1]?.[4]).toBe("=SUM(A1:A9)");
    expect(snapshot.tables[0]?.values[2]?.[4]).toBe("12");
  });

  it("repairs a saved workbook without piling up rules or changing values", async () => {
    const host = await openXlsx(await setUpFile());
    await host.apply({ title: "t", steps: [{ kind: "setValues", sheet: "Ratings", address: "C2", values: [["Satisfactory"]] }] });
    const result = await repairFormatting(host);
    expect(result.ok).toBe(true);
    const bytes = await saveXlsx(host);
    const xml = await sheetXml(bytes, "Ratings");
    expect([...xml.matchAll(/<cfRule /g)]).toHaveLength(DEFAULT_SCALE.levels.length);
    expect([...xml.matchAll(/<dataValidation /g)]).toHaveLength(1);
    const again = await openXlsx(bytes);
    const read = readWorkbook(await again.read(CONTRACT_READ));
    expect(read.ok && read.workbook.ratings.areas[0]?.ratings[0]?.level).toBe("Satisfactory");
    expect((await partText(bytes, "xl/workbook.xml")).match(/<definedName name="RatingLevels"/g)).toHaveLength(1);
  });

  it("refuses a second table of the same name, as Excel does", async () => {
    const host = await openXlsx(await setUpFile());
    await expect(
      host.apply({ title: "t", steps: [{ kind: "addTable", sheet: "Lists", table: "ratings", address: "Z1:Z2", header: ["X"], rows: [], style: "TableStyleLight9" }] }),
    ).rejects.toThrow(/already used/);
  });

  it("records a selection and cannot watch a file", async () => {
    const host = newXlsx();
    await host.select("Ratings", "C4");
    expect(host.selection).toEqual({ sheet: "Ratings", address: "C4" });
    await expect(host.watch()).resolves.toBeNull();
  });
});
