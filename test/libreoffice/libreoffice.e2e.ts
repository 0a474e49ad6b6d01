import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { conditionalFormats } from "../../src/xlsx/sheet-rules";
import { openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { cli } from "../cli/run-cli";
import { describeWhenInstalled } from "../e2e/real-apps";
import { convertWithLibreOffice, pdfPages } from "./libreoffice";
import { countColour } from "./ppm";

jest.setTimeout(300_000);

const LEVELS = IMA_2015_SCALE.levels;

describeWhenInstalled(["soffice", "pdftoppm"], "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils").call(
  null,
  "a workbook written by the command line, in LibreOffice Calc",
  () => {
    let dir = "";
    let blank = "";
    let rated = "";

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-lo-"));
      blank = path.join(dir, "blank.xlsx");
      rated = path.join(dir, "rated.xlsx");
      expect((await cli("init", blank)).code).toBe(0);
      // Rate the first areas with every level of the scale, as someone would by typing.
      const host = await openXlsx(readFileSync(blank));
      await host.apply({
        title: "Rate",
        steps: [{ kind: "setValues", sheet: "Ratings", address: `C2:C${LEVELS.length + 1}`, values: LEVELS.map((l) => [l.label]) }],
      });
      writeFileSync(rated, await saveXlsx(host));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("renders each rating cell in its level's fill colour, and no such colour when nothing is rated", () => {
      const ratedPages = pdfPages(convertWithLibreOffice(rated, "pdf", path.join(dir, "rated-pdf")));
      const blankPages = pdfPages(convertWithLibreOffice(blank, "pdf", path.join(dir, "blank-pdf")));
      const pixels = (pages: typeof ratedPages, hex: string) => pages.reduce((sum, page) => sum + countColour(page, hex), 0);
      for (const level of LEVELS) {
        // A cell at 50 dpi is roughly 180 x 12 pixels; demand a good part of one.
        expect({ level: level.label, pixels: pixels(ratedPages, level.fill) > 300 }).toEqual({ level: level.label, pixels: true });
        expect({ level: level.label, pixels: pixels(blankPages, level.fill) }).toEqual({ level: level.label, pixels: 0 });
      }
    });

    it("keeps the dropdowns and colour rules through an xlsx -> xlsx round trip, and the command line still reads the result", async () => {
      const outDir = path.join(dir, "round-trip");
      const saved = convertWithLibreOffice(rated, "xlsx", outDir);
      const host = await openXlsx(readFileSync(saved));
      const ratings = host.workbook.getWorksheet("Ratings");
      if (!ratings) throw new Error("No Ratings sheet after the round trip.");

      const validations = (ratings as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: string[] } | undefined> } }).dataValidations.model;
      for (const address of ["C2", "D11"]) {
        expect(validations[address]?.type).toBe("list");
        expect(validations[address]?.formulae?.[0]).toMatch(/RatingLevels|Lists/);
      }
      const rules = conditionalFormats(ratings).flatMap((format) => format.rules.map((rule) => ({ ref: format.ref, rule })));
      for (const level of LEVELS) {
        const rule = rules.find((r) => JSON.stringify(r.rule).toLowerCase().includes(level.label.toLowerCase()));
        expect({ level: level.label, found: rule !== undefined }).toEqual({ level: level.label, found: true });
      }

      const read = readWorkbook(await host.read(CONTRACT_READ));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.workbook.ratings.areas.slice(0, LEVELS.length).map((a) => a.ratings[0]?.level)).toEqual(LEVELS.map((l) => l.label));
      const repaired = await cli("repair", saved, "-o", path.join(dir, "repaired-after-libreoffice.xlsx"));
      expect(repaired.err).toBe("");
      expect(repaired.code).toBe(0);
    });
  },
);
