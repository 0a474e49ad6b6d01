import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { buildHostileCorpus, type HostileInput } from "../cli/hostile-corpus";
import { cli } from "../cli/run-cli";
import { tinyPdf } from "../pdf/tiny-pdf";
import { STEP_TIMEOUT_MS, launchChromium, openPreview } from "./pane-driver";
import { expectVisibleInPane } from "./pane-geometry";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

const REPORT = path.join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt");
// The corpus is ~200 files opened one after another in one page; each must answer within a step.
const CORPUS_TIMEOUT_MS = 900_000;

/**
 * The command line's hostile corpus (test/cli/hostile-corpus.ts), every .xlsx of it that a browser
 * can be given (not pipes or devices), through the preview's "Open a workbook": each answers with
 * one line naming the file, the pane stays drawn and usable, and a refused file leaves the open
 * workbook as it was.
 */
describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "the hostile corpus through the preview's Open a workbook", () => {
  let browser: Browser;
  let dir = "";
  let inputs: HostileInput[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-preview-hostile-"));
    expect((await cli("init", path.join(dir, "base.xlsx"))).code).toBe(0);
    const corpus = await buildHostileCorpus(path.join(dir, "corpus"), {
      workbook: new Uint8Array(readFileSync(path.join(dir, "base.xlsx"))),
      reportText: readFileSync(REPORT, "utf8"),
      pdf: (lines) => tinyPdf(lines),
    });
    inputs = corpus.filter((input) => input.kind === "xlsx" && input.special !== true && statSync(input.file).isFile());
  }, CORPUS_TIMEOUT_MS);
  afterAll(async () => {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it(
    "answers every file with one line naming it, never a blank or frozen pane, and a refusal keeps the open workbook",
    async () => {
      expect(inputs.length).toBeGreaterThanOrEqual(150);
      const { page, pane, workbook } = await openPreview(browser, 350);
      const tally = { opened: 0, refused: 0 };
      const wrong: string[] = [];
      let current = "sample.xlsx";
      try {
        for (const input of inputs) {
          const name = path.basename(input.file);
          await page.getByLabel("Open a workbook").setInputFiles(input.file);
          const answer = await page.waitForFunction(
            (file) => {
              const text = document.querySelector('[role="status"]')?.textContent ?? "";
              return text === `Opened ${file}.` || text.startsWith(`${file}: `) || text.startsWith("Something went wrong") ? text : false;
            },
            name,
            { timeout: STEP_TIMEOUT_MS },
          );
          const text = String(await answer.jsonValue());
          const opened = text === `Opened ${name}.`;
          if (opened) {
            tally.opened++;
            current = name;
          } else tally.refused++;
          if (text.startsWith("Something went wrong") || text.includes("\n")) wrong.push(`${name}: not a one-line reason: ${text}`);
          if (input.expect === "unusable" && opened) wrong.push(`${name}: opened, but it is unusable`);
          if (input.expect === "usable" && !opened) wrong.push(`${name}: refused, but it is usable: ${text}`);
          // The workbook on show is the last one opened; the pane is drawn and answers.
          await workbook.getByRole("heading", { name: `Workbook: ${current}` }).waitFor();
          await expectVisibleInPane(page, pane.getByRole("heading", { name: "Rating Matrix" }));
        }
      } finally {
        await page.close();
      }
      console.log(`preview, hostile corpus: ${inputs.length} files, ${tally.opened} opened, ${tally.refused} refused with one line, ${wrong.length} wrong`);
      expect(wrong).toEqual([]);
    },
    CORPUS_TIMEOUT_MS,
  );
});
