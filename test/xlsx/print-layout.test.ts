import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { rowHeightFor } from "../../src/core/row-height";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { repairFormatting } from "../../src/workflows/repair-formatting";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { newXlsx, openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { partText, sheetXml } from "./xlsx-inspect";

describe("printing from an .xlsx file written without Excel", () => {
  it("gives each row the height its wrapped text needs, counting a merged block's width and the cell's font", async () => {
    const host = newXlsx();
    const long = "Digital information and supporting technology, with enough words to wrap";
    await host.apply({
      title: "Lay out",
      steps: [
        { kind: "addSheet", sheet: "S" },
        { kind: "columnLayout", sheet: "S", columns: [{ column: 0, width: 20, wrap: true }, { column: 1, width: 30, wrap: true }] },
        { kind: "setValues", sheet: "S", address: "A1:B3", values: [["short", "short"], [long, null], [long, null]] },
        { kind: "mergeCells", sheet: "S", address: "A3:B3" },
        { kind: "cellStyle", sheet: "S", address: "A3", size: 16, bold: true },
        { kind: "fitRows", sheet: "S", rows: { first: 0, count: 3 } },
      ],
    });
    const ws = host.workbook.getWorksheet("S");
    expect(ws?.getRow(1).height).toBe(15);
    expect(ws?.getRow(2).height).toBe(rowHeightFor([{ text: long, width: 20, wrap: true }]));
    expect(ws?.getRow(2).height).toBeGreaterThan(15);
    expect(ws?.getRow(3).height).toBe(rowHeightFor([{ text: long, width: 50, wrap: true, size: 16, bold: true }]));
    // A styled cell keeps a font name: without one LibreOffice draws it in a serif face.
    expect(ws?.getCell("A3").font).toMatchObject({ name: "Calibri", size: 16, bold: true });
  }, 30_000);

  it("refuses to merge over a value other than the first, changing nothing", async () => {
    const host = newXlsx();
    await host.apply({ title: "t", steps: [{ kind: "addSheet", sheet: "S" }, { kind: "setValues", sheet: "S", address: "A1:B1", values: [["keep", "mine"]] }] });
    await expect(host.apply({ title: "merge", steps: [{ kind: "mergeCells", sheet: "S", address: "A1:B1" }] })).rejects.toThrow('The cells A1:B1 on "S" cannot be merged: only the first may hold a value.');
    expect(host.workbook.getWorksheet("S")?.getCell("B1").value).toBe("mine");
  }, 30_000);

  it("writes A4 landscape one page wide, the header row as print titles and page numbers in the footer, for every sheet Set up makes", async () => {
    const host = newXlsx();
    expect((await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] })).ok).toBe(true);
    const bytes = await saveXlsx(host);
    for (const sheet of ["Ratings", "Actions", "Lists"]) {
      const xml = await sheetXml(bytes, sheet);
      expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"[^>]*fitToWidth="1"[^>]*fitToHeight="0"/);
      expect(xml).toMatch(/<oddFooter>&amp;L&amp;A&amp;CPage &amp;P of &amp;N<\/oddFooter>/);
      expect(xml).not.toMatch(/useFirstPageNumber/);
    }
    const workbook = await partText(bytes, "xl/workbook.xml");
    expect(workbook.match(/<definedName name="_xlnm.Print_Titles"[^>]*>[^<]*<\/definedName>/g)).toEqual([
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Ratings&apos;!$1:$1</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Actions&apos;!$1:$1</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">&apos;Lists&apos;!$1:$1</definedName>`,
    ]);
    // Opened and saved again (as every command does), the print titles and page numbering stay as they were.
    const again = await saveXlsx(await openXlsx(bytes));
    expect((await partText(again, "xl/workbook.xml")).match(/_xlnm.Print_Titles/g)).toHaveLength(3);
    for (const sheet of ["Ratings", "Actions", "Lists"]) expect(await sheetXml(again, sheet)).not.toMatch(/useFirstPageNumber/);
  }, 30_000);

  it("Repair gives an older workbook the About table, where its cells are empty, and the print settings", async () => {
    const host = newXlsx();
    expect((await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015"] })).ok).toBe(true);
    // An older workbook: no About table, no print settings.
    const lists = host.workbook.getWorksheet("Lists");
    const about = lists?.getTables().map((t) => t as unknown as { name: string }).find((t) => t.name === "About");
    expect(about).toBeDefined();
    lists?.removeTable("About");
    for (const cell of ["N1", "O1", "N2", "O2", "N3", "O3"]) if (lists) lists.getCell(cell).value = null;
    const ratings = host.workbook.getWorksheet("Ratings");
    if (ratings) ratings.pageSetup = { ...ratings.pageSetup, orientation: "portrait", fitToPage: false };
    const result = await repairFormatting(host);
    expect(result).toMatchObject({ ok: true, notices: expect.arrayContaining(["The About table was added on the Lists sheet: type the organisation's name in it, so that the summary and the report can name it."]) });
    expect(lists?.getCell("N2").value).toBe("Organisation");
    expect(ratings?.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1 });

    // Where the cells hold the user's own text, the table is not added, and the note says why.
    const other = newXlsx();
    await setUpWorkbook(other, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015"] });
    const otherLists = other.workbook.getWorksheet("Lists");
    otherLists?.removeTable("About");
    if (otherLists) otherLists.getCell("O2").value = "my own note";
    const refused = await repairFormatting(other);
    expect(refused).toMatchObject({ ok: true, notices: expect.arrayContaining(["The About table (the organisation and framework) was not added: the cells Lists!N1:O3 are not empty."]) });
    expect(otherLists?.getCell("O2").value).toBe("my own note");
  }, 30_000);
});
