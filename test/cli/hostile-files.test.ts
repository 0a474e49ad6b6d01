import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { ZIP_LIMITS, zipContentProblem, zipEntryCountProblem } from "../../src/xlsx/zip-limits";
import { cli, spawnCli, useTempDir } from "./run-cli";

const dir = useTempDir();
const file = (name: string): string => path.join(dir(), name);

/** Runs a command that must refuse quickly: a hang fails the test instead of stalling the run. */
async function refusedQuickly(...argv: string[]) {
  const started = Date.now();
  const run = await cli(...argv);
  expect(Date.now() - started).toBeLessThan(10_000);
  expect(run.code).toBe(2);
  expect(run.out).toBe("");
  expect(run.err.split("\n")).toHaveLength(1);
  return run;
}

describe("inputs that are not regular files are refused before they are opened", () => {
  it.each([
    ["check", []],
    ["summary", []],
    ["repair", []],
    ["report", []],
  ])("%s refuses a named pipe with no writer, a symbolic link to /dev/zero, and a folder", async (command) => {
    execFileSync("mkfifo", [file("pipe.xlsx")]);
    await expect(refusedQuickly(command, file("pipe.xlsx"))).resolves.toMatchObject({ err: expect.stringMatching(/pipe\.xlsx: is a named pipe/) });
    symlinkSync("/dev/zero", file("zero.xlsx"));
    await expect(refusedQuickly(command, file("zero.xlsx"))).resolves.toMatchObject({ err: expect.stringMatching(/zero\.xlsx: is a device/) });
    mkdirSync(file("folder.xlsx"));
    await expect(refusedQuickly(command, file("folder.xlsx"))).resolves.toMatchObject({ err: expect.stringMatching(/folder\.xlsx: is a folder/) });
    expect(readdirSync(dir()).sort()).toEqual(["folder.xlsx", "pipe.xlsx", "zero.xlsx"]);
  });

  it("import refuses a named pipe and /dev/urandom as the review", async () => {
    execFileSync("mkfifo", [file("review.txt")]);
    await expect(refusedQuickly("import", file("review.txt"), "--json")).resolves.toMatchObject({ err: expect.stringMatching(/review\.txt: is a named pipe/) });
    symlinkSync("/dev/urandom", file("random.pdf"));
    await expect(refusedQuickly("import", file("random.pdf"), "--json")).resolves.toMatchObject({ err: expect.stringMatching(/random\.pdf: is a device/) });
  });

  it("refuses an input past the size limit without reading it", async () => {
    execFileSync("truncate", ["-s", "101M", file("huge.xlsx")]);
    const run = await refusedQuickly("check", file("huge.xlsx"));
    expect(run.err).toMatch(/huge\.xlsx: is 101 MB, larger than the 100 MB the command line reads/);
    execFileSync("truncate", ["-s", "21M", file("huge.txt")]);
    expect((await refusedQuickly("import", file("huge.txt"), "--json")).err).toMatch(/huge\.txt: is 21 MB of text, more than the 20 MB/);
  });
});

describe("zip archives past the limits are refused before they are inflated", () => {
  async function workbookWith(extra: (zip: JSZip) => void): Promise<string> {
    if (!existsSync(file("base.xlsx"))) expect((await cli("init", file("base.xlsx"))).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file("base.xlsx")));
    extra(zip);
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
    writeFileSync(file("bomb.xlsx"), bytes);
    return file("bomb.xlsx");
  }

  it("a picture whose directory entry says it inflates to 300 MB", async () => {
    const bomb = await workbookWith((zip) => zip.file("xl/media/image1.png", new Uint8Array(1000)));
    // Patch the central directory's uncompressed size (offset 24 of its entry) to 300 MB.
    const bytes = readFileSync(bomb);
    const name = Buffer.from("xl/media/image1.png");
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bytes.subarray(at + 46, at + 46 + name.length).equals(name)) bytes.writeUInt32LE(300 * 1024 * 1024, at + 24);
    }
    writeFileSync(bomb, bytes);
    const run = await refusedQuickly("summary", bomb);
    expect(run.err).toMatch(/xl\/media\/image1\.png inflates to 300 MB, more than the 200 MB one part may hold/);
    expect(existsSync(file("bomb-summary.xlsx"))).toBe(false);
  }, 60_000);

  it("a part inflating more than 200 times its size, and too many parts", async () => {
    const bomb = await workbookWith((zip) => zip.file("xl/media/image1.png", new Uint8Array(40 * 1024 * 1024)));
    expect((await refusedQuickly("check", bomb)).err).toMatch(/image1\.png inflates more than 200 times its stored size/);
    const many = await workbookWith((zip) => {
      for (let i = 0; i <= ZIP_LIMITS.entries; i++) zip.file(`xl/media/p${i}.bin`, "");
    });
    expect((await refusedQuickly("check", many)).err).toMatch(/holds 100\d\d parts, more than the 10000/);
  }, 60_000);

  it("counts what a part really inflates to, whatever size the directory states", async () => {
    const zip = new JSZip();
    zip.file("a.bin", new Uint8Array(5 * 1024 * 1024));
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    // The directory is believed small; the content check still stops at the limit.
    const small = { ...ZIP_LIMITS, entryBytes: 1024 * 1024, ratio: 1e9 };
    await expect(zipContentProblem(loaded, small)).resolves.toMatch(/a\.bin inflates to \d+ MB, more than the 1 MB/);
    await expect(zipContentProblem(loaded, { ...ZIP_LIMITS, ratio: 1e9 })).resolves.toBeNull();
  });
});

describe("a real workbook that compresses very well is not taken for a zip bomb", () => {
  it("opens a workbook whose 200 ratings and notes are each 32,767 repeated characters (Excel's longest cell)", async () => {
    expect((await cli("init", file("long.xlsx"))).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file("long.xlsx")));
    const long = "x".repeat(32_767);
    const items = Array.from({ length: 200 }, (_, i) => `<si><t>${long}${i}</t></si>`).join("");
    zip.file("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="200" uniqueCount="200">${items}</sst>`);
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    await expect(zipContentProblem(loaded)).resolves.toBeNull();
  });
});

/** A workbook made by `init`, with one part of its package changed by `change` (null removes the part). */
async function workbookWithPart(name: string, part: string, change: (xml: string) => string | null): Promise<string> {
  if (!existsSync(file("base.xlsx"))) expect((await cli("init", file("base.xlsx"))).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file("base.xlsx")));
  const changed = change((await zip.file(part)?.async("string")) ?? "");
  if (changed === null) zip.remove(part);
  else zip.file(part, changed);
  writeFileSync(file(name), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file(name);
}

describe("a package whose structure is broken is unusable: exit 2 naming the part", () => {
  it.each([
    ["a malformed workbook.xml.rels", "xl/_rels/workbook.xml.rels", (xml: string) => xml.slice(0, xml.length / 2), /The part xl\/_rels\/workbook\.xml\.rels is damaged/],
    ["a workbook.xml.rels without the sheets", "xl/_rels/workbook.xml.rels", (xml: string) => xml.replace(/<Relationship [^>]*worksheet[^>]*>/g, ""), /xl\/_rels\/workbook\.xml\.rels does not say where the sheet "Ratings" is/],
    ["a workbook.xml without <sheets>", "xl/workbook.xml", (xml: string) => xml.replace(/<sheets>.*<\/sheets>/s, ""), /The part xl\/workbook\.xml lists no sheets/],
    ["a missing Actions sheet part", "xl/worksheets/sheet2.xml", () => null, /The sheet "Actions" is missing from the file: its part xl\/worksheets\/sheet2\.xml/],
    ["a table past the sheet edge", "xl/tables/table1.xml", (xml: string) => xml.replace(/ref="[^"]*"/, 'ref="A1:XFE1048577"'), /The table Ratings \(xl\/tables\/table1\.xml\) cannot be used: its range A1:XFE1048577 runs past the edge of the sheet/],
  ])("%s", async (_what, part, change, message) => {
    const input = await workbookWithPart("broken.xlsx", part, change);
    const before = readFileSync(input);
    for (const command of ["check", "summary", "repair", "report"]) {
      const run = await cli(command, input);
      expect(run).toMatchObject({ code: 2, out: "" });
      expect(run.err).toMatch(message);
      expect(run.err).not.toMatch(/unexpected/i);
      expect(run.err.split("\n")).toHaveLength(1);
    }
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(readdirSync(dir()).sort()).toEqual(["base.xlsx", "broken.xlsx"]);
  });
});

describe("library logging never reaches stdout", () => {
  it("import --json on a damaged PDF (pdf.js warns while it rebuilds the index) prints nothing on stdout and one line on stderr", () => {
    const damaged = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R /Size 9 >>\nstartxref\n999999\n%%EOF\n";
    writeFileSync(file("damaged.pdf"), damaged);
    // The process itself is the subject here: what reaches its stdout.
    const run = spawnCli(["import", file("damaged.pdf"), "--json"]);
    expect(run).toEqual({ code: 2, out: "", err: expect.stringMatching(/^rating-matrix: .*damaged\.pdf: This PDF could not be opened/) });
    expect(run.err.split("\n")).toHaveLength(1);
  });
});

describe("the part count is read from the archive's last bytes", () => {
  it("refuses an archive whose end record counts more parts than the limit, without parsing its directory", () => {
    const end = new Uint8Array(22);
    end.set([0x50, 0x4b, 0x05, 0x06]);
    end[10] = 0x12;
    end[11] = 0x27; // 10002
    expect(zipEntryCountProblem(end)).toMatch(/holds 10002 parts, more than the 10000/);
    end[11] = 0x03;
    expect(zipEntryCountProblem(end)).toBeNull();
  });
});

describe("zip archives whose parts cannot be trusted", () => {
  it("refuses two parts under one name, and a part whose checksum does not match", async () => {
    if (!existsSync(file("base.xlsx"))) expect((await cli("init", file("base.xlsx"))).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(file("base.xlsx")));
    zip.file("xl/workbooX.xml", "<other/>");
    const renamed = Buffer.from(await zip.generateAsync({ type: "nodebuffer" })).toString("latin1").split("xl/workbooX.xml").join("xl/workbook.xml");
    writeFileSync(file("twice.xlsx"), Buffer.from(renamed, "latin1"));
    expect((await refusedQuickly("check", file("twice.xlsx"))).err).toMatch(/holds 1 part under a name another part already has/);

    const stored = Buffer.from(await (await JSZip.loadAsync(readFileSync(file("base.xlsx")))).generateAsync({ type: "nodebuffer", compression: "STORE" }));
    const at = stored.indexOf("Development area");
    stored[at] = "d".charCodeAt(0);
    writeFileSync(file("changed.xlsx"), stored);
    expect((await refusedQuickly("check", file("changed.xlsx"))).err).toMatch(/is damaged: its checksum does not match/);
  });
});
