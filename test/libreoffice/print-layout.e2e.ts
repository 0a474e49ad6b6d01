/**
 * What the add-in writes, printed by a real engine: command-line workbooks (both seed reviews
 * imported, with their summaries, and a 1,000-area workbook) and the progress-review reports,
 * converted to PDF by LibreOffice (Calc and Writer) in one start, then read back with poppler.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbook } from "../../src/core/read-workbook";
import type { ReviewToWrite } from "../../src/core/review-import-plan";
import { wrappedLines } from "../../src/core/row-height";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { importReview } from "../../src/workflows/import-review";
import { newXlsx, openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { cli } from "../cli/run-cli";
import { SEEDS, SEEDS_DIR, seedsPresent } from "../core/report-import/seed-reports";
import { describeWhenInstalled } from "../e2e/real-apps";
import { convertAllWithLibreOffice, pdfPages } from "./libreoffice";
import { drawnText, overlappingWords, pdfWords, type PdfPage } from "./pdf-words";
import { countColour } from "./ppm";

const CONVERSION_TIMEOUT = 480_000;
const LEVELS = IMA_2015_SCALE.levels;

interface Printed {
  readonly name: string;
  readonly kind: "workbook" | "report";
  /** The workbook it was made from (for the names and next steps it must show). */
  readonly source: string;
  readonly file: string;
  pdf: string;
}

/** A made-up review of 1,000 areas in 100 themes, every level used, with next steps of every length. */
function largeReview(): ReviewToWrite {
  const themes = Array.from({ length: 100 }, (_, t) => ({
    name: `Theme ${t + 1} of the large review`,
    areas: Array.from({ length: 10 }, (_, a) => `Area ${t * 10 + a + 1} of theme ${t + 1}: keeping records of decisions`),
  }));
  const ratings = themes.flatMap((theme, t) =>
    theme.areas.flatMap((area, a) => [
      { theme: theme.name, area, round: "IMA 2015", rating: LEVELS[(t + a) % LEVELS.length]?.label ?? null },
      { theme: theme.name, area, round: "Review 2017", rating: LEVELS[(t + a + 1) % LEVELS.length]?.label ?? null },
    ]),
  );
  const nextSteps = Array.from({ length: 40 }, (_, i) => `Next step ${i + 1}: ${"agree the retention schedule with every directorate and record the decision ".repeat(1 + (i % 4))}`.trim());
  return { scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"], themes, ratings, nextSteps, organisation: "Northshire Council" };
}

/** Texts of every length, each alone in a wrapped cell of one of several widths, its row fitted by the .xlsx host. */
async function calibrationWorkbook(file: string, texts: readonly string[], widths: readonly number[]): Promise<{ row: number; width: number; estimate: number }[]> {
  const host = newXlsx();
  const rows = texts.map((text, i) => ({ row: i, width: widths[i % widths.length] as number, text }));
  await host.apply({
    title: "Calibrate",
    steps: [
      { kind: "addSheet", sheet: "Cal" },
      { kind: "columnLayout", sheet: "Cal", columns: [{ column: 0, width: 6, wrap: false }, ...widths.map((width, i) => ({ column: i + 1, width, wrap: true }))] },
      ...rows.map((r) => ({ kind: "setValues" as const, sheet: "Cal", address: `A${r.row + 1}:${String.fromCharCode(66 + widths.indexOf(r.width))}${r.row + 1}`, values: [[`R${r.row + 1}`, ...widths.slice(0, widths.indexOf(r.width)).map(() => null), r.text]] })),
      { kind: "fitRows", sheet: "Cal", rows: { first: 0, count: rows.length } },
      { kind: "pageSetup", sheet: "Cal", orientation: "landscape", paper: "A4", fitToPagesWide: 1 },
    ],
  });
  writeFileSync(file, await saveXlsx(host));
  return rows.map((r) => ({ row: r.row + 1, width: r.width, estimate: wrappedLines(r.text, r.width) }));
}

/** Lines LibreOffice drew in each calibration row: the distinct baselines right of the row's marker. */
function renderedLines(pages: readonly PdfPage[]): Map<number, number> {
  const lines = new Map<number, number>();
  for (const page of pages) {
    const markers = page.words.filter((w) => /^R\d+$/.test(w.text)).sort((a, b) => a.y0 - b.y0);
    markers.forEach((marker, i) => {
      const next = markers[i + 1]?.y0 ?? Infinity;
      const inRow = page.words.filter((w) => w !== marker && w.y0 >= marker.y0 - 1 && w.y0 < next - 1 && w.x0 > marker.x1 + 2);
      lines.set(Number(marker.text.slice(1)), new Set(inRow.map((w) => Math.round(w.y0))).size);
    });
  }
  return lines;
}

/** The words each sheet's pages must show: its table's first and last header (so it was not cut into two pages wide). */
function edgeWords(sheet: string): readonly string[] {
  if (/^Next steps/.test(sheet)) return ["Next", "summary"];
  const edges: Record<string, readonly string[]> = { Ratings: ["Theme", "Notes"], Actions: ["Ref", "Update"], Lists: ["Level", "Value"], Commentary: ["Theme", "Commentary"] };
  return edges[sheet] ?? [];
}

/** The sheet a page belongs to, from its footer (the sheet's name on the left of the bottom line). */
function footerSheet(page: PdfPage): string {
  const bottom = Math.max(...page.words.map((w) => w.y0));
  return page.words
    .filter((w) => w.y0 >= bottom - 1 && w.x0 < page.width / 3)
    .sort((a, b) => a.x0 - b.x0)
    .map((w) => w.text)
    .join(" ");
}

const squeeze = (text: string): string => text.replace(/\s+/g, "");

describeWhenInstalled(["soffice", "pdftotext", "pdftoppm"], "apt-get install -y --no-install-recommends libreoffice-calc libreoffice-writer poppler-utils").call(
  null,
  "printing what the add-in writes, in LibreOffice",
  () => {
    let dir = "";
    const printed: Printed[] = [];
    let calibration: { row: number; width: number; estimate: number }[] = [];
    let calibrationPdf = "";

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-print-"));
      const at = (name: string): string => path.join(dir, name);
      const run = async (...args: string[]): Promise<void> => {
        const result = await cli(...args);
        if (result.code !== 0) throw new Error(`rating-matrix ${args.join(" ")}: ${result.err}`);
      };
      if (seedsPresent) {
        for (const [name, text] of [["home-office", SEEDS.homeOffice], ["cabinet-office", SEEDS.cabinetOffice]] as const) {
          await run("import", path.join(SEEDS_DIR, text), "-o", at(`${name}.xlsx`));
          await run("summary", at(`${name}.xlsx`), "-o", at(`${name}-summary.xlsx`));
          await run("report", at(`${name}-summary.xlsx`), "-o", at(`${name}-review.docx`));
          printed.push({ name, kind: "workbook", source: at(`${name}-summary.xlsx`), file: at(`${name}-summary.xlsx`), pdf: "" });
          printed.push({ name, kind: "report", source: at(`${name}-summary.xlsx`), file: at(`${name}-review.docx`), pdf: "" });
        }
      } else {
        console.warn(`Printing the seed reviews is skipped: ${SEEDS_DIR} is absent.`);
      }
      const large = newXlsx();
      const imported = await importReview(large, largeReview());
      if (imported.kind !== "done" || !imported.result.ok) throw new Error(`the large workbook: ${JSON.stringify(imported)}`);
      writeFileSync(at("large.xlsx"), await saveXlsx(large));
      await run("summary", at("large.xlsx"), "-o", at("large-summary.xlsx"));
      await run("report", at("large-summary.xlsx"), "-o", at("large-review.docx"));
      printed.push({ name: "large", kind: "workbook", source: at("large-summary.xlsx"), file: at("large-summary.xlsx"), pdf: "" });
      printed.push({ name: "large", kind: "report", source: at("large-summary.xlsx"), file: at("large-review.docx"), pdf: "" });

      const fixture = readFileSync(path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt"), "utf8");
      const seeds = seedsPresent ? [SEEDS.homeOffice, SEEDS.cabinetOffice].map((s) => readFileSync(path.join(SEEDS_DIR, s), "utf8")).join("\n") : "";
      const lines = `${fixture}\n${seeds}`.split("\n").map((l) => l.trim()).filter((l) => l.length > 3);
      const texts = Array.from({ length: Math.min(240, Math.floor(lines.length / 2)) }, (_, i) => lines.slice(i * 2, i * 2 + 1 + (i % 5)).join(" "));
      calibration = await calibrationWorkbook(at("calibration.xlsx"), texts, [12, 22, 30, 44, 60]);

      const pdfs = convertAllWithLibreOffice([...printed.map((p) => p.file), at("calibration.xlsx")], "pdf", at("pdf"), CONVERSION_TIMEOUT);
      printed.forEach((p, i) => {
        p.pdf = pdfs[i] as string;
      });
      calibrationPdf = pdfs[pdfs.length - 1] as string;
    }, CONVERSION_TIMEOUT + 120_000);

    afterAll(() => {
      if (dir !== "" && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    });

    it("draws no word over another, on any page of any workbook or report", () => {
      expect(printed.length).toBeGreaterThanOrEqual(2);
      for (const p of printed) {
        const pages = pdfWords(p.pdf);
        const pairs = pages.flatMap(overlappingWords).map(([a, b]) => `page ${a.page}: "${a.text}" over "${b.text}"`);
        expect({ file: path.basename(p.pdf), pages: pages.length > 0, overlaps: pairs.slice(0, 5), count: pairs.length }).toEqual({ file: path.basename(p.pdf), pages: true, overlaps: [], count: 0 });
      }
    }, 120_000);

    it("prints every sheet one page wide: each page shows its table's first and last columns, and nothing past the page's edge", () => {
      for (const p of printed.filter((x) => x.kind === "workbook")) {
        const pages = pdfWords(p.pdf);
        const sheets = new Set<string>();
        for (const page of pages) {
          const sheet = footerSheet(page);
          sheets.add(sheet);
          const texts = new Set(page.words.map((w) => w.text));
          const missing = edgeWords(sheet).filter((w) => !texts.has(w));
          expect({ file: path.basename(p.pdf), page: page.number, sheet, missing }).toEqual({ file: path.basename(p.pdf), page: page.number, sheet, missing: [] });
          const outside = page.words.filter((w) => w.x0 < 0 || w.x1 > page.width || w.y1 > page.height).map((w) => w.text);
          expect({ page: page.number, outside }).toEqual({ page: page.number, outside: [] });
          expect([page.width > page.height, Math.round(page.width)]).toEqual([true, 842]); // A4 landscape
        }
        expect([...sheets].filter((s) => edgeWords(s).length === 0)).toEqual([]);
        expect([...sheets].some((s) => s.startsWith("Next steps"))).toBe(true);
      }
    }, 120_000);

    it("shows every area name and every next step in full, in the workbook and in the report", async () => {
      for (const p of printed) {
        const read = readWorkbook(await (await openXlsx(readFileSync(p.source))).read(CONTRACT_READ));
        if (!read.ok) throw new Error("unreadable source workbook");
        const text = squeeze(drawnText(p.pdf));
        const expected = [...read.workbook.ratings.areas.map((a) => a.area), ...(read.workbook.actions?.items ?? []).map((a) => a.nextStep)];
        const missing = expected.filter((e) => !text.includes(squeeze(e)));
        expect({ file: path.basename(p.pdf), expected: expected.length > 10, missing }).toEqual({ file: path.basename(p.pdf), expected: true, missing: [] });
      }
    }, 120_000);

    it("fills rating cells with their level's colour, in the workbook and in the report", () => {
      for (const p of printed) {
        // The first pages hold every level: Ratings comes first in a workbook, the themes first in a report.
        const pages = pdfPages(p.pdf, 30, 6);
        for (const level of LEVELS) {
          const pixels = pages.reduce((sum, page) => sum + countColour(page, level.fill), 0);
          expect({ file: path.basename(p.pdf), level: level.label, filled: pixels > 40 }).toEqual({ file: path.basename(p.pdf), level: level.label, filled: true });
        }
      }
    }, 120_000);

    it("estimates row heights no shorter than LibreOffice draws the text, and rarely a line more", () => {
      const rendered = renderedLines(pdfWords(calibrationPdf));
      const compared = calibration.map((c) => ({ ...c, rendered: rendered.get(c.row) ?? 0 }));
      expect(compared.filter((c) => c.rendered === 0)).toEqual([]);
      expect(compared.filter((c) => c.estimate < c.rendered)).toEqual([]);
      expect(compared.filter((c) => c.estimate > c.rendered + 1)).toEqual([]);
      expect(compared.filter((c) => c.estimate > c.rendered).length).toBeLessThanOrEqual(Math.ceil(compared.length * 0.1));
    }, 60_000);
  },
);
