import JSZip from "jszip";
import { openXlsx, newXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { partText } from "./xlsx-inspect";

// Cells as a file written by Excel holds them, read through the .xlsx host as the core sees them
// (src/xlsx/xlsx-cells.ts): a formula gives its last calculated result, rich text its plain text,
// an error value its text, as office-js hands them over in Excel. The cells are written into the
// sheet's XML by hand, in Excel's own forms, so exceljs's writer is not what is being read.
const EXCEL_ROWS = `
<row r="2"><c r="A2" t="s"><v>RICH</v></c><c r="B2" t="e"><v>#N/A</v></c><c r="C2"><f>1+1</f><v>2</v></c></row>
<row r="3"><c r="A3" t="str"><f>"Sat"&amp;"isfactory"</f><v>Satisfactory</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="C3" t="b"><f>TRUE()</f><v>1</v></c></row>
<row r="4"><c r="A4"><f t="shared" ref="A4:A5" si="0">C2*2</f><v>4</v></c><c r="B4"><f>SUM(C9:C10)</f></c><c r="C4" t="e"><v>#REF!</v></c></row>
<row r="5"><c r="A5"><f t="shared" si="0"/><v>6</v></c><c r="B5" t="b"><v>0</v></c><c r="C5"><v>46357</v></c></row>
`;
const RICH_TEXT = '<si><r><rPr><b/><sz val="11"/></rPr><t>Good</t></r><r><rPr><sz val="11"/></rPr><t xml:space="preserve"> practice</t></r></si>';

/** A file whose Ratings sheet holds the rows above, as Excel writes them. */
async function fileWithExcelCells(): Promise<Uint8Array> {
  const host = newXlsx();
  host.workbook.addWorksheet("Ratings").getCell("A1").value = "Header";
  const zip = await JSZip.loadAsync(await saveXlsx(host));
  const strings = await partText(await zip.generateAsync({ type: "uint8array" }), "xl/sharedStrings.xml");
  const count = (strings.match(/<si>/g) ?? []).length;
  zip.file(
    "xl/sharedStrings.xml",
    strings.replace(/count="\d+"/, `count="${count + 1}"`).replace(/uniqueCount="\d+"/, `uniqueCount="${count + 1}"`).replace("</sst>", `${RICH_TEXT}</sst>`),
  );
  const sheetPath = "xl/worksheets/sheet1.xml";
  const sheet = await partText(await zip.generateAsync({ type: "uint8array" }), sheetPath);
  const withRows = sheet.replace("</sheetData>", `${EXCEL_ROWS.replace("RICH", String(count)).trim()}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:C5"/>');
  expect(withRows).not.toBe(sheet);
  zip.file(sheetPath, withRows);
  return zip.generateAsync({ type: "uint8array" });
}

describe("cells read from an .xlsx file", () => {
  it("gives formula results, rich text as plain text and error values as their text", async () => {
    const host = await openXlsx(await fileWithExcelCells());
    const snapshot = await host.read({ tables: [], sheets: ["Ratings"] });
    const sheet = snapshot.sheets.find((s) => s.name === "Ratings");
    expect(sheet?.usedAddress).toBe("Ratings!A1:C5");
    expect(sheet?.values).toEqual([
      ["Header", "", ""],
      ["Good practice", "#N/A", 2],
      ["Satisfactory", "#DIV/0!", true],
      [4, "", "#REF!"],
      [6, false, 46357],
    ]);
  });
});
