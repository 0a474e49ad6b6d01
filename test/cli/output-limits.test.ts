import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { excelLimitProblems, parts } from "./excel-limit-problems";
import { cli, useTempDir } from "./run-cli";

const dir = useTempDir();
const file = (name: string): string => path.join(dir(), name);
const FIXTURE = path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");

async function workbookWith(name: string, changes: Record<string, (xml: string) => string>): Promise<string> {
  expect((await cli("init", file("base.xlsx"), "--force")).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file("base.xlsx")));
  for (const [part, change] of Object.entries(changes)) zip.file(part, change((await zip.file(part)?.async("string")) ?? ""));
  writeFileSync(file(name), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file(name);
}

describe("everything written opens within Excel's limits", () => {
  it("summary works on a workbook without <bookViews>, as other tools write them", async () => {
    const input = await workbookWith("noviews.xlsx", { "xl/workbook.xml": (xml) => xml.replace(/<bookViews>.*<\/bookViews>/s, "") });
    const run = await cli("summary", input, "-o", file("out.xlsx"));
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(await excelLimitProblems(file("out.xlsx"))).toEqual([]);
  });

  it("import -o leaves out U+FFFE, U+FFFF and control characters, and cuts a cell at 32,767 characters, saying so", async () => {
    const text = readFileSync(FIXTURE, "utf8").replace("plan their support", `plan their support \uFFFE\uFFFF\u0001 ${"very ".repeat(9000)}`);
    writeFileSync(file("hostile.txt"), text);
    const run = await cli("import", file("hostile.txt"), "-o", file("out.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/^ {2}Characters an Excel file cannot hold \(control characters, U\+FFFE, U\+FFFF\) were left out of 1 text\.$/m);
    expect(run.out).toMatch(/^ {2}Text longer than Excel's 32,767 characters per cell was cut at that length in Actions!B2\.$/m);
    expect(await excelLimitProblems(file("out.xlsx"))).toEqual([]);
    // With --json, stdout stays the JSON alone and the notes go with the written line to stderr.
    const json = await cli("import", file("hostile.txt"), "--json", "-o", file("out2.xlsx"));
    expect(() => JSON.parse(json.out)).not.toThrow();
    expect(json.err).toMatch(/cut at that length/);
  });

  it("repair gives no colour rule to a level longer than 255 characters, says so, and drops a name whose scope is not a sheet", async () => {
    const long = `Level ${"x".repeat(294)}`;
    const input = await workbookWith("long.xlsx", {
      "xl/worksheets/sheet3.xml": (xml) => xml.replace('<c r="A2" s="1" t="s"><v>34</v></c>', `<c r="A2" s="1" t="inlineStr"><is><t>${long}</t></is></c>`),
      "xl/workbook.xml": (xml) => xml.replace("</definedNames>", '<definedName name="Odd" localSheetId="x">Ratings!$A$1</definedName></definedNames>'),
    });
    const run = await cli("repair", input, "-o", file("out.xlsx"));
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/"Level x+…" is 300 characters long, more than the 255 a colour rule can compare with, so it has no colour\./);
    expect(await excelLimitProblems(file("out.xlsx"))).toEqual([]);
    expect((await parts(file("out.xlsx"))).get("xl/workbook.xml")).not.toMatch(/name="Odd"/);
  });

  it("a shared-formula copy whose master cell is missing is written as its value, never as an empty <f/>", async () => {
    const input = await workbookWith("clone.xlsx", {
      "xl/worksheets/sheet1.xml": (xml) => xml.replace('<c r="E2" s="1"/>', '<c r="E2" s="1"><f t="shared" si="0"/><v>7</v></c>'),
    });
    for (const command of ["summary", "repair"]) {
      const run = await cli(command, input, "-o", file(`${command}.xlsx`));
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/Formulas that could not be written whole were replaced by their last value in Ratings!E2\./);
      expect(await excelLimitProblems(file(`${command}.xlsx`))).toEqual([]);
      expect((await parts(file(`${command}.xlsx`))).get("xl/worksheets/sheet1.xml")).toMatch(/<c r="E2"[^>]*><v>7<\/v><\/c>/);
    }
  });
});

describe("the cost of a command follows the cells holding data", () => {
  it("a Ratings table whose range claims 1,048,576 rows is read as far as its data goes", async () => {
    const input = await workbookWith("tall.xlsx", { "xl/tables/table1.xml": (xml) => xml.replace(/ref="A1:([A-Z]+)11"/g, 'ref="A1:$11048576"') });
    expect(readFileSync(input).length).toBeLessThan(100_000);
    for (const argv of [["check", input], ["summary", input, "-o", file("s.xlsx")], ["repair", input, "-o", file("r.xlsx")]]) {
      const started = Date.now();
      const run = await cli(...argv);
      // Before: check 12-23 s and 1.8 GB, summary and repair past 120 s.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(run.code).toBe(0);
    }
    expect((await cli("check", input)).out).toMatch(/10 areas, 0 actions/);
  }, 120_000);
});
