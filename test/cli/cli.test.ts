import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { readWorkbook } from "../../src/core/read-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { cli, encryptedOfficeBytes, useTempDir } from "./run-cli";

const dir = useTempDir();
const file = (name: string): string => path.join(dir(), name);

async function readBack(name: string) {
  const host = await openXlsx(readFileSync(file(name)));
  const read = readWorkbook(await host.read(CONTRACT_READ));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.workbook;
}

describe("rating-matrix init", () => {
  it("writes a set-up workbook with the chosen framework, scale and rounds", async () => {
    const run = await cli("init", file("x.xlsx"), "--scale", "rag-3", "--rounds", "Audit 2024, Review 2025");
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toContain("10 areas and 2 rounds");
    const workbook = await readBack("x.xlsx");
    expect(workbook.scale.levels.map((l) => l.label)).toEqual(["Red", "Amber", "Green"]);
    expect(workbook.ratings.rounds.map((r) => r.label)).toEqual(["Audit 2024", "Review 2025"]);
  });

  it("never replaces an existing file unless --force, and leaves no temporary file behind", async () => {
    writeFileSync(file("x.xlsx"), "precious");
    const run = await cli("init", file("x.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/already exists/);
    expect(readFileSync(file("x.xlsx"), "utf8")).toBe("precious");
    expect((await cli("init", file("x.xlsx"), "--force")).code).toBe(0);
    expect((await readBack("x.xlsx")).ratings.areas).toHaveLength(10);
    expect(execFileSync("ls", ["-A", dir()], { encoding: "utf8" }).trim()).toBe("x.xlsx");
  });

  it.each([
    [["init"], /missing the output file name/],
    [["init", "a.xlsx", "b.xlsx"], /unexpected argument ".*b\.xlsx"/],
    [["init", "a.xlsx", "--scale", "nope"], /unknown scale "nope"; choose one of: ima-2015/],
    [["init", "a.xlsx", "--framework", "nope"], /unknown framework "nope"/],
    [["init", "a.xlsx", "--rounds", "first,second"], /year/],
    [["init", "a.xlsx", "--colour"], /Unknown option '--colour'/],
    [["frobnicate"], /unknown command "frobnicate"/],
  ])("refuses %j with exit 2 and one line", async (argv, message) => {
    const run = await cli(...argv.map((a) => (a.endsWith(".xlsx") ? file(a) : a)));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
    expect(run.err.split("\n")).toHaveLength(1);
    expect(existsSync(file("a.xlsx"))).toBe(false);
  });
});

describe("rating-matrix with no command", () => {
  it("says so in one line on stderr with exit 2; --help prints the usage on stdout with exit 0", async () => {
    expect(await cli()).toEqual({ code: 2, out: "", err: "rating-matrix: no command given; run rating-matrix --help" });
    const help = await cli("--help");
    expect(help.code).toBe(0);
    expect(help.err).toBe("");
    expect(help.out).toMatch(/^Usage: rating-matrix <command> \[options\]/);
  });
});

describe("rating-matrix repair", () => {
  beforeEach(async () => {
    expect((await cli("init", file("in.xlsx"))).code).toBe(0);
  });

  it("writes <in>-repaired.xlsx by default and leaves the input byte for byte unchanged", async () => {
    const before = readFileSync(file("in.xlsx"));
    const run = await cli("repair", file("in.xlsx"));
    expect(run.code).toBe(0);
    expect(readFileSync(file("in.xlsx")).equals(before)).toBe(true);
    expect((await readBack("in-repaired.xlsx")).ratings.rounds).toHaveLength(2);
  });

  it("replaces the input only with --in-place", async () => {
    const before = readFileSync(file("in.xlsx"));
    const refused = await cli("repair", file("in.xlsx"), "-o", file("in.xlsx"));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/never overwritten unless you pass --in-place/);
    expect(readFileSync(file("in.xlsx")).equals(before)).toBe(true);
    expect((await cli("repair", file("in.xlsx"), "--in-place")).code).toBe(0);
    expect((await readBack("in.xlsx")).ratings.areas).toHaveLength(10);
  });

  it("refuses to write a copy that would lose a chart, and writes nothing", async () => {
    const zip = await JSZip.loadAsync(readFileSync(file("in.xlsx")));
    zip.file("xl/charts/chart1.xml", "<chartSpace/>");
    writeFileSync(file("chart.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const run = await cli("repair", file("chart.xlsx"), "-o", file("out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/has charts, which the command line cannot keep; nothing was written/);
    expect(existsSync(file("out.xlsx"))).toBe(false);
  });
});

describe("unusable input files", () => {
  const cases: [string, () => Uint8Array | string, RegExp][] = [
    ["a text file", () => "Theme,Area\nValue,Asset\n", /not an \.xlsx workbook/],
    ["an empty file", () => new Uint8Array(0), /empty \(0 bytes\)/],
    ["a password-protected workbook", encryptedOfficeBytes, /password-protected/],
    ["a truncated workbook", () => readFileSync(file("good.xlsx")).subarray(0, 4000), /damaged or incomplete/],
    ["a Word document", () => wordDocument, /Word or PowerPoint file/],
  ];
  let wordDocument: Uint8Array = new Uint8Array();
  beforeAll(async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<document/>");
    wordDocument = await zip.generateAsync({ type: "uint8array" });
  });
  beforeEach(async () => {
    expect((await cli("init", file("good.xlsx"))).code).toBe(0);
  });

  it.each(cases)("%s: exit 2, one line, input unchanged, nothing written", async (_label, content, reason) => {
    const data = content();
    writeFileSync(file("bad.xlsx"), data);
    const before = readFileSync(file("bad.xlsx"));
    for (const argv of [["repair", file("bad.xlsx")], ["repair", file("bad.xlsx"), "--in-place"], ["check", file("bad.xlsx"), "--json"], ["summary", file("bad.xlsx")]]) {
      const run = await cli(...argv);
      expect(run.code).toBe(2);
      expect(run.err).toMatch(reason);
      expect(run.err.split("\n")).toHaveLength(1);
      expect(run.err).not.toMatch(/\n\s+at /);
      expect(run.out).toBe("");
      expect(readFileSync(file("bad.xlsx")).equals(before)).toBe(true);
    }
    expect(existsSync(file("bad-repaired.xlsx"))).toBe(false);
  });

  it("names a missing file and a folder", async () => {
    expect((await cli("repair", file("missing.xlsx"))).err).toMatch(/missing\.xlsx: no such file/);
    mkdirSync(file("folder.xlsx"));
    expect((await cli("repair", file("folder.xlsx"))).err).toMatch(/is a folder/);
  });
});

describe("help", () => {
  it.each(["init", "repair", "check", "summary"])("%s --help prints its usage and exits 0", async (command) => {
    const run = await cli(command, "--help");
    expect(run.code).toBe(0);
    expect(run.out).toMatch(new RegExp(`^Usage: rating-matrix ${command} `));
  });

  it("runs through the bin script with no build step, as npm run cli does", () => {
    const bin = path.resolve(__dirname, "../../bin/rating-matrix.cjs");
    const run = spawnSync(process.execPath, [bin, "init", file("bin.xlsx"), "--rounds", "IMA 2015"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(existsSync(file("bin.xlsx"))).toBe(true);
    const json = spawnSync(process.execPath, [bin, "check", file("bin.xlsx"), "--json"], { encoding: "utf8" });
    expect(JSON.parse(json.stdout)).toMatchObject({ format: 1, file: file("bin.xlsx") });
    const bad = spawnSync(process.execPath, [bin, "repair", file("nothing.xlsx")], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("rating-matrix check and summary", () => {
  beforeEach(async () => {
    expect((await cli("init", file("in.xlsx"))).code).toBe(0);
    const host = await openXlsx(readFileSync(file("in.xlsx")));
    await host.apply({ title: "Rate", steps: [{ kind: "setValues", sheet: "Ratings", address: "C2:D3", values: [["Satisfactory", "Satisfactroy"], ["development area", "Good practice"]] }] });
    const { saveXlsx } = await import("../../src/xlsx/xlsx-file");
    writeFileSync(file("rated.xlsx"), await saveXlsx(host));
  });

  it("check --json prints the documented format and exits 1 when a rating is not on the scale", async () => {
    const run = await cli("check", file("rated.xlsx"), "--json");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out) as { format: number; readable: boolean; areas: number; errors: number; warnings: number; findings: { kind: string; severity: string; sheet: string; address: string }[] };
    expect(report).toMatchObject({ format: 1, readable: true, areas: 10, errors: 1 });
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "rating-not-on-scale", severity: "error", sheet: "Ratings", address: "D2" }),
        expect.objectContaining({ kind: "rating-variant", sheet: "Ratings", address: "C3" }),
      ]),
    );
    expect(report.warnings).toBe(report.findings.length - 1);
  });

  it("check's text output names a suggestion once", async () => {
    const run = await cli("check", file("rated.xlsx"));
    const line = run.out.split("\n").find((l) => l.includes("Ratings!D2")) ?? "";
    expect(line).toContain('Did you mean "Satisfactory"?');
    expect(line.match(/did you mean/gi)).toHaveLength(1);
  });

  it("check exits 0 on a workbook with warnings only, and reports a workbook without a Ratings table as unreadable", async () => {
    expect((await cli("check", file("in.xlsx"))).code).toBe(0);
    const { newXlsx, saveXlsx } = await import("../../src/xlsx/xlsx-file");
    const other = newXlsx();
    other.workbook.addWorksheet("Budget").getCell("A1").value = "Spend";
    writeFileSync(file("other.xlsx"), await saveXlsx(other));
    const run = await cli("check", file("other.xlsx"), "--json");
    expect(run.code).toBe(1);
    expect(JSON.parse(run.out)).toMatchObject({ readable: false, findings: [expect.objectContaining({ kind: "workbook-structure", severity: "error" })] });
  });

  it("summary adds the next-steps sheet to a copy and leaves the input unchanged", async () => {
    const before = readFileSync(file("rated.xlsx"));
    const run = await cli("summary", file("rated.xlsx"), "-o", file("summary.xlsx"), "--rounds", "IMA 2015,Review 2017", "--target", "Satisfactory");
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(readFileSync(file("rated.xlsx")).equals(before)).toBe(true);
    const host = await openXlsx(readFileSync(file("summary.xlsx")));
    expect(host.workbook.worksheets.map((ws) => ws.name)).toEqual(expect.arrayContaining([expect.stringMatching(/^Next steps \d{4}-\d{2}-\d{2}$/)]));
    expect(run.out).toMatch(/charts can only be made in Excel/);
  });

  it("summary refuses rounds the workbook does not have, with exit 2 and nothing written", async () => {
    const run = await cli("summary", file("rated.xlsx"), "--rounds", "IMA 2015,Review 2099");
    expect(run.code).toBe(2);
    expect(run.err.split("\n")).toHaveLength(1);
    expect(existsSync(file("rated-summary.xlsx"))).toBe(false);
  });
});

describe("progress and what a file would lose", () => {
  it("--verbose reports progress on stderr and keeps stdout to the JSON alone", async () => {
    expect((await cli("init", file("in.xlsx"))).code).toBe(0);
    const run = await cli("check", file("in.xlsx"), "--json", "--verbose");
    expect(run.err).toMatch(/^rating-matrix: reading .*in\.xlsx \(\d+ KB\)$/m);
    expect(JSON.parse(run.out)).toMatchObject({ format: 1 });
  });

  it("names slicers and Excel 2010 extension dropdowns among what cannot be kept", async () => {
    expect((await cli("init", file("in.xlsx"))).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file("in.xlsx")));
    zip.file("xl/slicers/slicer1.xml", "<slicers/>");
    const sheet = Object.keys(zip.files).find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p)) ?? "";
    const xml = (await zip.file(sheet)?.async("string")) ?? "";
    zip.file(sheet, xml.replace("</worksheet>", "<extLst><ext><x14:dataValidations/></ext></extLst></worksheet>"));
    writeFileSync(file("ext.xlsx"), await zip.generateAsync({ type: "nodebuffer" }));
    const check = await cli("check", file("ext.xlsx"));
    expect(check.code).toBe(0);
    const run = await cli("repair", file("ext.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/has dropdowns that use Excel 2010 extensions, slicers, which the command line cannot keep/);
  });
});
