/**
 * The portfolio workbook printed by a real engine: the two seed reviews imported plus a broken file,
 * and a wide portfolio of 14 organisations (one on another scale), converted to PDF by LibreOffice,
 * read back with poppler: no word over another, nothing past the page, every organisation and area
 * shown, the heat map filled with the scale's colours.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ReviewToWrite } from "../../src/core/review-import-plan";
import { IMA_2015_SCALE, RAG_3_SCALE } from "../../src/core/scale-presets";
import { importReview } from "../../src/workflows/import-review";
import { newXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { cli } from "../cli/run-cli";
import { SEEDS, SEEDS_DIR, seedsPresent } from "../core/report-import/seed-reports";
import { describeWhenInstalled } from "../e2e/real-apps";
import { HOME_OFFICE_2017 } from "../fixtures/seed-ratings";
import { convertAllWithLibreOffice, pdfPages } from "./libreoffice";
import { drawnText, overlappingWords, pdfWords } from "./pdf-words";
import { countColour } from "./ppm";

const CONVERSION_TIMEOUT = 300_000;

/** The Home Office framework with ratings shifted per organisation, under a long organisation name. */
function directorate(n: number, rag: boolean): ReviewToWrite {
  const scale = rag ? RAG_3_SCALE : IMA_2015_SCALE;
  const levels = scale.levels.map((l) => l.label);
  const themes: { name: string; areas: string[] }[] = [];
  for (const [theme, area] of HOME_OFFICE_2017.areas) {
    const entry = themes.find((t) => t.name === theme) ?? themes[themes.push({ name: theme, areas: [] }) - 1];
    entry?.areas.push(area);
  }
  const ratings = HOME_OFFICE_2017.areas.flatMap(([theme, area], a) => [
    { theme, area, round: "IMA 2019", rating: levels[(a + n) % levels.length] ?? null },
    { theme, area, round: "Review 2022", rating: levels[(a + n + (a % 3)) % levels.length] ?? null },
  ]);
  return { scale, rounds: ["IMA 2019", "Review 2022"], themes, ratings, nextSteps: ["Agree the retention schedule"], organisation: `Directorate ${n} of the Northshire Department for Records and Archives` };
}

describeWhenInstalled(["soffice", "pdftotext", "pdftoppm"], "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils").call(
  null,
  "printing a portfolio, in LibreOffice",
  () => {
    let dir = "";
    const pdfs: { name: string; pdf: string; organisations: string[] }[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-portfolio-print-"));
      const at = (...parts: string[]): string => path.join(dir, ...parts);
      const outputs: { name: string; file: string; organisations: string[] }[] = [];
      if (seedsPresent) {
        mkdirSync(at("seeds"));
        for (const [name, text] of [["home-office", SEEDS.homeOffice], ["cabinet-office", SEEDS.cabinetOffice]] as const) {
          const run = await cli("import", path.join(SEEDS_DIR, text), "-o", at("seeds", `${name}.xlsx`));
          if (run.code !== 0) throw new Error(run.err);
        }
        writeFileSync(at("seeds", "broken.xlsx"), "not a workbook");
        const run = await cli("portfolio", at("seeds"), "-o", at("seeds-portfolio.xlsx"));
        if (run.code !== 1) throw new Error(`portfolio of the seeds: exit ${run.code}: ${run.err}`);
        outputs.push({ name: "seeds", file: at("seeds-portfolio.xlsx"), organisations: ["Home Office", "Cabinet Office"] });
      } else {
        console.warn(`Printing the seed portfolio is skipped: ${SEEDS_DIR} is absent.`);
      }
      mkdirSync(at("wide"));
      for (let n = 1; n <= 14; n++) {
        const host = newXlsx();
        const imported = await importReview(host, directorate(n, n === 14));
        if (imported.kind !== "done" || !imported.result.ok) throw new Error(`directorate ${n}: ${JSON.stringify(imported)}`);
        writeFileSync(at("wide", `directorate-${n}.xlsx`), await saveXlsx(host));
      }
      const wide = await cli("portfolio", at("wide"), "-o", at("wide-portfolio.xlsx"));
      if (wide.code !== 0) throw new Error(`wide portfolio: exit ${wide.code}: ${wide.err}`);
      outputs.push({ name: "wide", file: at("wide-portfolio.xlsx"), organisations: Array.from({ length: 14 }, (_, i) => `Directorate ${i + 1} of the Northshire Department for Records and Archives`) });
      const converted = convertAllWithLibreOffice(outputs.map((o) => o.file), "pdf", at("pdf"), CONVERSION_TIMEOUT);
      outputs.forEach((o, i) => pdfs.push({ name: o.name, pdf: converted[i] as string, organisations: o.organisations }));
    }, CONVERSION_TIMEOUT + 120_000);

    afterAll(() => {
      if (process.env.KEEP_PRINT) console.log(`kept ${dir}`);
      else if (dir !== "" && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    });

    it("draws no word over another and nothing past the page's edge, on A4 landscape", () => {
      expect(pdfs.length).toBeGreaterThanOrEqual(1);
      for (const p of pdfs) {
        const pages = pdfWords(p.pdf);
        const pairs = pages.flatMap(overlappingWords).map(([a, b]) => `page ${a.page}: "${a.text}" over "${b.text}"`);
        expect({ name: p.name, overlaps: pairs.slice(0, 5), count: pairs.length }).toEqual({ name: p.name, overlaps: [], count: 0 });
        for (const page of pages) {
          const outside = page.words.filter((w) => w.x0 < 0 || w.x1 > page.width || w.y1 > page.height).map((w) => w.text);
          expect({ name: p.name, page: page.number, outside, landscape: page.width > page.height }).toEqual({ name: p.name, page: page.number, outside: [], landscape: true });
        }
      }
    }, 120_000);

    it("shows every organisation and area in full, and the three sheets", () => {
      const squeeze = (text: string): string => text.replace(/\s+/g, "");
      for (const p of pdfs) {
        const text = squeeze(drawnText(p.pdf));
        const expected = [...p.organisations, ...HOME_OFFICE_2017.areas.map(([, area]) => area), "Heatmap:thelatestratingofeacharea", "Whyitwasnotread", "Numberofactions"];
        expect({ name: p.name, missing: expected.filter((e) => !text.includes(squeeze(e))) }).toEqual({ name: p.name, missing: [] });
      }
      const wide = pdfs.find((p) => p.name === "wide");
      expect(squeeze(drawnText(wide?.pdf ?? ""))).toContain(squeeze("Not on this heat map"));
    }, 120_000);

    it("fills the heat map and the ratings with each level's colour", () => {
      for (const p of pdfs) {
        const pages = pdfPages(p.pdf, 30);
        for (const level of IMA_2015_SCALE.levels) {
          const pixels = pages.reduce((sum, page) => sum + countColour(page, level.fill), 0);
          expect({ name: p.name, level: level.label, filled: pixels > 40 }).toEqual({ name: p.name, level: level.label, filled: true });
        }
      }
    }, 120_000);
  },
);
