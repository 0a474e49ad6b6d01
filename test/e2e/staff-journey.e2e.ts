import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { newXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { seriousAccessibilityProblems } from "./axe";
import { PANE_WIDTHS, launchChromium, onPage, openPreview } from "./pane-driver";
import { expectNothingOverflowsPane, expectStepVisible, expectVisibleInPane, expectWorkbookVisible, geometryAssertionCount } from "./pane-geometry";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

jest.setTimeout(180_000);

/** A review of our own (test/fixtures/reports), laid out as the published progress reviews are. */
const REVIEW = readFileSync(path.join(__dirname, "../fixtures/reports/northshire-2019-progress-review.txt"), "utf8");

/**
 * Staff already working in Excel: open their own file, check it, go to a finding, fix one, fix the
 * rest, then start a new workbook from a published review. Mouse only; after every step the control
 * used and the message it produced must be in sight in the pane at each of Excel's widths.
 */
describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "staff journey in headless Chromium", () => {
  let browser: Browser;
  let work = "";
  let file = "";
  const axeCounts: Record<string, number> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(path.join(tmpdir(), "rating-matrix-staff-"));
    // A workbook with the slips people make: a level in another case and spacing (two certain
    // fixes) and a misspelt level (a suggestion only).
    const host = newXlsx();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] });
    await host.apply({
      title: "Slips",
      steps: [{ kind: "setValues", sheet: "Ratings", address: "C2:C4", values: [["development Area"], ["Satisfactroy"], ["satisfactory "]] }],
    });
    file = path.join(work, "our-tracker.xlsx");
    writeFileSync(file, await saveXlsx(host));
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
    console.log(`staff journey: ${geometryAssertionCount()} geometry assertions; axe checks per width: ${JSON.stringify(axeCounts)}`);
  }, 60_000);

  it.each(PANE_WIDTHS)("opens a file, checks, goes to a cell, fixes one and all, and imports a review, with the pane %i px wide", async (width) => {
    const { page, pane, workbook, cell, openView } = await openPreview(browser, width);
    const accessible = async () => {
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      axeCounts[width] = (axeCounts[width] ?? 0) + 1;
    };
    await onPage(page, `staff-${width}`, async () => {
      // Open the file.
      await page.getByLabel("Open a workbook").setInputFiles(file);
      await page.getByText("Opened our-tracker.xlsx.").waitFor();

      // Check: the findings, grouped, with a Go to per cell.
      await openView("Check");
      const fixAll = pane.getByRole("button", { name: "Fix all (2)" });
      await fixAll.waitFor();
      await expectVisibleInPane(page, fixAll);
      await expectNothingOverflowsPane(page);
      await accessible();

      // Go to: the workbook shows the Ratings sheet with the cell outlined and in sight.
      await workbook.getByRole("tab", { name: "Lists" }).click();
      const goTo = pane.getByRole("button", { name: "Go to Ratings!C3" });
      await goTo.scrollIntoViewIfNeeded();
      await goTo.click();
      await workbook.getByRole("tab", { name: "Ratings", selected: true }).waitFor();
      await cell("C3").and(page.locator("[data-selected]")).waitFor();
      const hit = await cell("C3").evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(hit).toBe(true);
      await expectStepVisible(page, goTo, null);

      // Fix one: the suggestion for the misspelt level, one cell.
      const useSuggestion = pane.getByRole("button", { name: 'Use "Satisfactory" in Ratings!C3' });
      await useSuggestion.scrollIntoViewIfNeeded();
      await useSuggestion.click();
      const fixed = pane.getByText("Fixed 1 cell. No other cell was changed.");
      await fixed.waitFor();
      await page.waitForFunction(() => document.querySelector('td[data-address="C3"]')?.textContent === "Satisfactory");
      await expectStepVisible(page, null, fixed);
      await accessible();

      // Fix all: the two certain fixes.
      await fixAll.click();
      const fixedAll = pane.getByText(/^Fixed 2 cells/);
      await fixedAll.waitFor();
      await page.waitForFunction(() => document.querySelector('td[data-address="C2"]')?.textContent === "Development area");
      expect(await cell("C4").textContent()).toBe("Satisfactory");
      await expectStepVisible(page, pane.getByRole("button", { name: "Check again" }), fixedAll);
      // What is left is the empty later round, which no fix can fill.
      await pane.getByRole("heading", { name: "Not rated in the latest round (10)" }).waitFor();
      expect(await pane.getByRole("button", { name: /^Fix all/ }).count()).toBe(0);
      await accessible();

      // Import a review into a new workbook: read, correct a doubtful rating, write.
      await page.getByRole("button", { name: "New empty workbook" }).click();
      await page.getByText("Started a new, empty workbook.").waitFor();
      await openView("Import");
      await pane.getByLabel("Or paste the report's text").fill(REVIEW);
      const read = pane.getByRole("button", { name: "Read the pasted text" });
      await read.click();
      const found = pane.getByRole("group", { name: "Ratings found in the report" });
      await found.waitFor();
      await expectNothingOverflowsPane(page);
      // Every round of every area is in the pane, doubtful ones included.
      for (const select of await found.getByRole("combobox").all()) await expectVisibleInPane(page, select, { scroll: true });
      const doubtful = found.getByRole("combobox", { name: "Oversight of records and selection, IMA 2016 (check)" });
      await doubtful.selectOption("Satisfactory");
      await accessible();
      const write = pane.getByRole("button", { name: "Write into this workbook" });
      await write.click();
      const imported = pane.getByText("Review imported");
      await imported.waitFor();
      await expectStepVisible(page, write, imported);
      await expectWorkbookVisible(page);
      await accessible();
      // The new sheets come first (the review's commentary included); the blank sheet the workbook
      // started with is after them.
      // (Fluent draws each tab's label twice, once hidden to reserve the bold width: read the value.)
      const sheetTabs = await workbook.getByRole("tablist", { name: "Sheets" }).getByRole("tab").evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute("value")));
      expect(sheetTabs).toEqual(["Ratings", "Actions", "Lists", "Commentary", "Sheet1"]);
      await workbook.getByRole("tab", { name: "Ratings", selected: true }).waitFor();
      expect(await cell("C10").textContent()).toBe("Satisfactory");
    });
  });
});
