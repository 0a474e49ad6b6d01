import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { importJson } from "../../src/cli/import-command";
import { parseReview } from "../../src/core/report-import/parse-review";
import { SEEDS, SEEDS_DIR, seedText, seedsPresent } from "../core/report-import/seed-reports";
import { tinyPdf } from "./tiny-pdf";

// pdf.js is an ES module, which jest's CommonJS runtime cannot load: the import runs in a child
// process, exactly as the command line runs it.
const CLI = join(__dirname, "..", "..", "bin", "rating-matrix.cjs");
const FIXTURE = join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");

function importFile(file: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, "import", file, "--json"], { encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function expectedJson(text: string): unknown {
  const parsed = parseReview(text);
  if (parsed.kind !== "review") throw new Error(parsed.message);
  return importJson(parsed.review);
}

/** soffice on the path, with Writer (a Calc-only LibreOffice cannot lay out text). */
function hasWriter(): boolean {
  let soffice: string;
  try {
    soffice = realpathSync(execFileSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).trim());
  } catch {
    return false;
  }
  const program = dirname(soffice);
  return existsSync(join(program, "libswlo.so")) || existsSync(join(program, "swriter")) || existsSync(join(program, "swriter.exe"));
}

/** Lays the text out with LibreOffice Writer, one paragraph per line, small enough not to wrap. */
function libreOfficePdf(text: string, dir: string, name: string): string | null {
  const paragraphs = text
    .split("\n")
    .map((line) => `<text:p>${line.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</text:p>`)
    .join("\n");
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8pt"/></style:default-style></office:styles>
<office:body><office:text>
${paragraphs}
</office:text></office:body></office:document>`;
  writeFileSync(join(dir, `${name}.fodt`), fodt);
  const result = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--convert-to", "pdf", "--outdir", dir, join(dir, `${name}.fodt`)],
    { encoding: "utf8", timeout: 180_000 },
  );
  return result.status === 0 && /writer_pdf_Export/.test(result.stdout) ? join(dir, `${name}.pdf`) : null;
}

describe("importing a PDF", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "rating-matrix-pdf-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the same result as the text it was made from (a review of another body)", () => {
    const text = readFileSync(FIXTURE, "utf8");
    const pdf = join(dir, "northshire.pdf");
    writeFileSync(pdf, tinyPdf(text.split("\n")));
    const result = importFile(pdf);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(expectedJson(text));
  }, 150_000);

  it("reads a table laid out in columns, as in an original report: cells on their label's baseline", () => {
    const row = (label: string, ...cells: string[]) => [{ x: 50, text: label }, ...cells.map((text, i) => ({ x: 300 + i * 120, text }))];
    const lines = [
      "The Example Trust IMA took place in 2016.",
      "",
      "The value of information",
      "Performance rating",
      [{ x: 300, text: "IMA 2016" }, { x: 420, text: "Review 2018" }],
      row("Communicating and", "Development area", "Progressing to"),
      row("realising value", "", "satisfactory").filter((cell) => cell.text !== ""),
      row("Managing information as", "Satisfactory", "Good practice"),
      "an asset",
      "",
      "Situation at the time of the IMA",
      "A line of prose long enough to end the table, as there always is in a review.",
    ];
    const pdf = join(dir, "columns.pdf");
    writeFileSync(pdf, tinyPdf(lines));
    const result = importFile(pdf);
    expect(result.stderr).toBe("");
    const found = JSON.parse(result.stdout) as { organisation: string; rounds: string[]; ratings: { area: string; round: string; rating: string }[] };
    expect(found.organisation).toBe("Example Trust");
    expect(found.rounds).toEqual(["IMA 2016", "Review 2018"]);
    expect(found.ratings.map((r) => [r.area, r.round, r.rating])).toEqual([
      ["Communicating and realising value", "IMA 2016", "Development area"],
      ["Communicating and realising value", "Review 2018", "Progressing to satisfactory"],
      ["Managing information as an asset", "IMA 2016", "Satisfactory"],
      ["Managing information as an asset", "Review 2018", "Good practice"],
    ]);
  }, 150_000);

  it("refuses a file that is not a PDF though named .pdf, in one line", () => {
    const fake = join(dir, "fake.pdf");
    writeFileSync(fake, "Just some words, not a PDF.\n");
    const result = importFile(fake);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`rating-matrix: ${fake}: This file is not a PDF (it does not start with %PDF-).`);
  }, 150_000);

  it("refuses a damaged PDF, in one line", () => {
    const broken = join(dir, "broken.pdf");
    writeFileSync(broken, Buffer.from(tinyPdf(["Performance rating"])).subarray(0, 60));
    const result = importFile(broken);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/could not be opened|no text to read/);
  }, 150_000);

  (seedsPresent ? describe : describe.skip)("made from each seed's text", () => {
    const writer = hasWriter();
    if (!writer) console.warn("Skipping the LibreOffice PDF tests: soffice with Writer is not installed (apt-get install libreoffice-writer-nogui).");

    it.each([SEEDS.homeOffice, SEEDS.cabinetOffice])("%s: a PDF written line by line imports to the same result", (seed) => {
      const text = seedText(seed);
      const pdf = join(dir, seed.replace(/\.txt$/, ".tiny.pdf"));
      writeFileSync(pdf, tinyPdf(text.split("\n")));
      const result = importFile(pdf);
      expect(result.stderr).toBe("");
      expect(JSON.parse(result.stdout)).toEqual(expectedJson(text));
    }, 150_000);

    (writer ? it.each : it.skip.each)([SEEDS.homeOffice, SEEDS.cabinetOffice])("%s: a PDF laid out by LibreOffice imports to the same result", (seed) => {
      const text = seedText(seed);
      const pdf = libreOfficePdf(text, dir, seed.replace(/\.txt$/, ""));
      if (pdf === null) throw new Error(`LibreOffice could not convert ${join(SEEDS_DIR, seed)} to PDF (is Writer installed?)`);
      const result = importFile(pdf);
      expect(result.stderr).toBe("");
      const found = JSON.parse(result.stdout) as { ratings: unknown[] };
      expect(found.ratings).toHaveLength(20);
      expect(found).toEqual(expectedJson(text));
    }, 200_000);
  });
});
