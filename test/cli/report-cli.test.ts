import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { cli, useTempDir } from "./run-cli";

const dir = useTempDir();
const file = (name: string): string => path.join(dir(), name);
const [developing, , satisfactory, , good] = IMA_2015_SCALE.levels;

/** A workbook made by init, rated, with an action and commentary typed as a user might. */
async function ratedWorkbook(name: string, action = "Agree a records policy with the board"): Promise<string> {
  expect((await cli("init", file(name), "--organisation", "Northshire Council")).code).toBe(0);
  const host = await openXlsx(readFileSync(file(name)));
  await host.apply({
    title: "Rate and plan",
    steps: [
      { kind: "setValues", sheet: "Ratings", address: "C2:D3", values: [[developing?.label ?? "", satisfactory?.label ?? ""], [good?.label ?? "", good?.label ?? ""]] },
      { kind: "setValues", sheet: "Actions", address: "A2:H2", values: [["A1", action, "The value of information", "Communicating and realising value", "Records manager", 46477, "High", "In progress"]] },
      { kind: "addSheet", sheet: "Commentary" },
      {
        kind: "addTable",
        sheet: "Commentary",
        table: "Commentary",
        address: "A1:D3",
        header: ["Theme", "Area", "Round", "Commentary"],
        rows: [
          ["The value of information", null, "Review 2017", "Our own words on the theme as a whole.\u0001"],
          ["The value of information", "Communicating and realising value", "IMA 2015", "Our own words on one area."],
        ],
        style: "TableStyleMedium2",
      },
    ],
  });
  writeFileSync(file(name), await saveXlsx(host));
  return file(name);
}

async function documentXml(docx: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(docx));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

/** The text of the document's paragraphs, runs joined. */
function plainText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<");
}

describe("rating-matrix report", () => {
  it("writes the progress review: organisation and rounds, each theme's ratings in the scale's colours with movement, commentary, attention, next steps", async () => {
    const input = await ratedWorkbook("rated.xlsx");
    const run = await cli("report", input, "-o", file("review.docx"));
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toBe(`${file("review.docx")}: wrote the progress review (IMA 2015 to Review 2017): 4 themes, 8 areas needing attention, 1 next step.`);
    const xml = await documentXml(file("review.docx"));
    expect(XMLValidator.validate(xml)).toBe(true);
    const text = plainText(xml);
    for (const expected of ["Northshire Council: progress review", "IMA 2015 to Review 2017", "1 The value of information", "Communicating and realising value", "▲ Improved", "● Unchanged", "○ Not rated"]) {
      expect({ expected, found: text.includes(expected) }).toEqual({ expected, found: true });
    }
    // The rating cells carry the scale's fills.
    for (const level of [developing, satisfactory, good]) expect(xml).toContain(`w:fill="${level?.fill.replace("#", "")}"`);
    expect(text).toContain("Our own words on the theme as a whole.");
    expect(text).toContain("Our own words on one area.");
    expect(text).toContain("Agree a records policy with the board");
    expect(text).toContain("2027-03-31");
    expect(text).toContain("Records manager");
  }, 30_000);

  it("writes text literally: a formula-like next step stays text, and characters XML cannot hold are left out", async () => {
    const input = await ratedWorkbook("formula.xlsx", '=HYPERLINK("http://example.invalid","click")');
    expect((await cli("report", input, "-o", file("f.docx"))).code).toBe(0);
    const xml = await documentXml(file("f.docx"));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(plainText(xml)).toContain('=HYPERLINK("http://example.invalid","click")');
    expect(xml).not.toMatch(/<w:fldSimple|<w:instrText/);
  }, 30_000);

  it("never replaces a file without --force, leaves no temporary file, and replaces it with --force", async () => {
    const input = await ratedWorkbook("rated.xlsx");
    writeFileSync(file("review.docx"), "precious");
    const run = await cli("report", input, "-o", file("review.docx"));
    expect(run.code).toBe(2);
    expect(run.err).toBe(`rating-matrix: ${file("review.docx")}: already exists; choose another name, or pass --force to replace it`);
    expect(readFileSync(file("review.docx"), "utf8")).toBe("precious");
    expect(readdirSync(dir()).sort()).toEqual(["rated.xlsx", "review.docx"]);
    expect((await cli("report", input, "-o", file("review.docx"), "--force")).code).toBe(0);
    expect(readFileSync(file("review.docx")).subarray(0, 2).toString()).toBe("PK");
  }, 30_000);

  it("with --json prints what went into the report on stdout and names the file on stderr; defaults to <in>-review.docx", async () => {
    const input = await ratedWorkbook("rated.xlsx");
    const run = await cli("report", input, "--json", "--rounds", "IMA 2015,Review 2017", "--target", "good practice");
    expect(run.code).toBe(0);
    expect(run.err).toMatch(/rated-review\.docx: wrote the progress review/);
    expect(existsSync(file("rated-review.docx"))).toBe(true);
    const json = JSON.parse(run.out) as Record<string, unknown>;
    expect(json).toMatchObject({ format: 1, organisation: "Northshire Council", rounds: ["IMA 2015", "Review 2017"], compared: ["IMA 2015", "Review 2017"], target: "Good practice", nextSteps: 1 });
    expect((json.attention as unknown[]).length).toBe(9);
  }, 30_000);

  it("refuses bad arguments and unusable workbooks with exit 2 and one line, writing nothing", async () => {
    const input = await ratedWorkbook("rated.xlsx");
    const cases: [string[], RegExp][] = [
      [[input, "--rounds", "IMA 2015"], /--rounds needs at least two round labels/],
      [[input, "--rounds", "IMA 2015,Review 2030"], /has no round "Review 2030"\. Its rounds are: IMA 2015, Review 2017\./],
      [[input, "--target", "Excellent"], /"Excellent" is not a level of the rating scale/],
      [[input, "-o", file("review.pdf")], /the output must be a \.docx file/],
      [[file("missing.xlsx")], /missing\.xlsx: no such file or folder/],
      [[], /missing the workbook to report on/],
    ];
    for (const [args, message] of cases) {
      const run = await cli("report", ...args);
      expect({ args, code: run.code, lines: run.err.split("\n").length }).toEqual({ args, code: 2, lines: 1 });
      expect(run.err).toMatch(message);
    }
    expect(readdirSync(dir())).toEqual(["rated.xlsx"]);
  }, 30_000);
});

describe("rating-matrix init --organisation", () => {
  it("records the organisation and the framework in the About table", async () => {
    expect((await cli("init", file("a.xlsx"), "--organisation", "  Home Office ")).code).toBe(0);
    const host = await openXlsx(readFileSync(file("a.xlsx")));
    const lists = host.workbook.getWorksheet("Lists");
    expect([lists?.getCell("N2").value, lists?.getCell("O2").value, lists?.getCell("O3").value]).toEqual(["Organisation", "Home Office", "IMA 2015-2018 (4 themes, 10 areas)"]);
    const tooLong = await cli("init", file("b.xlsx"), "--organisation", "x".repeat(201));
    expect(tooLong.code).toBe(2);
    expect(tooLong.err).toBe("rating-matrix: init: The organisation's name is 201 characters long; keep it to 200 at most.");
  }, 30_000);
});
