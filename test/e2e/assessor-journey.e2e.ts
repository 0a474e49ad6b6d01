import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Locator } from "playwright-core";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { suggestRoundLabel } from "../../src/core/round-suggestion";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { HOME_OFFICE_2017_RATINGS } from "../../src/preview/sample-workbook";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { newXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { seriousAccessibilityProblems } from "./axe";
import { PANE_WIDTHS, launchChromium, onPage, openPreview, type PreviewPage } from "./pane-driver";
import { expectNothingOverflowsPane, expectStepVisible, expectVisibleInPane, expectWorkbookVisible, geometryAssertionCount } from "./pane-geometry";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

jest.setTimeout(240_000);

/** The round the pane offers to add (the next year's review). */
const NEW_ROUND = suggestRoundLabel(["IMA 2015", "Review 2017"], new Date().getFullYear());

/**
 * Assessors filling in a rating grid: open their workbook with the latest round still blank, rate
 * three areas, add a round (a clash first, then the label offered), rate in it, write an area's
 * notes, and switch to the list of fields. Mouse only, apart from typing text; after every step the control used and the message it
 * produced must be in sight in the pane at each of Excel's widths, an open list must leave the
 * workbook in sight, and axe must find nothing serious.
 */
describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "assessor journey in headless Chromium", () => {
  let browser: Browser;
  let work = "";
  let file = "";
  const axeCounts: Record<string, number> = {};

  beforeAll(async () => {
    browser = await launchChromium();
    work = mkdtempSync(path.join(tmpdir(), "rating-matrix-assessor-"));
    // The framework's ten areas, rated for IMA 2015 (the Home Office's published ratings), Review 2017 blank.
    const host = newXlsx();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] });
    await host.apply({
      title: "The first round",
      steps: [{ kind: "setValues", sheet: "Ratings", address: `C2:C${HOME_OFFICE_2017_RATINGS.length + 1}`, values: HOME_OFFICE_2017_RATINGS.map(([first]) => [first]) }],
    });
    file = path.join(work, "our-review.xlsx");
    writeFileSync(file, await saveXlsx(host));
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
    console.log(`assessor journey: ${geometryAssertionCount()} geometry assertions; axe checks per width: ${JSON.stringify(axeCounts)}`);
  }, 60_000);

  it.each(PANE_WIDTHS)("rates three areas, adds a round and rates in it, and writes notes, with the pane %i px wide", async (width) => {
    const preview = await openPreview(browser, width);
    const { page, pane, cell, openView } = preview;
    const accessible = async () => {
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      axeCounts[width] = (axeCounts[width] ?? 0) + 1;
    };
    await onPage(page, `assessor-${width}`, async () => {
      await page.getByLabel("Open a workbook").setInputFiles(file);
      await page.getByText("Opened our-review.xlsx.").waitFor();
      await openView("Rate");
      const progress = pane.getByText("0 of 10 rated in Review 2017");
      await progress.waitFor();
      await expectVisibleInPane(page, progress);
      await expectNothingOverflowsPane(page);
      await accessible();

      // Rate three areas, each reached with Next unrated and chosen from its list by mouse.
      const choices = [
        { area: "Communicating and realising value", level: "Satisfactory", address: "D2" },
        { area: "Managing information as an asset", level: "Progressing to satisfactory", address: "D3" },
        { area: "Supporting information through technology", level: "Development area", address: "D4" },
      ];
      for (const [i, choice] of choices.entries()) {
        await rateNextUnrated(preview, choice.area, choice.level, accessible);
        await page.waitForFunction(([address, level]) => document.querySelector(`td[data-address="${address}"]`)?.textContent === level, [choice.address, choice.level] as const);
        await pane.getByText(`${i + 1} of 10 rated in Review 2017`).waitFor();
      }
      expect(await cell("D5").textContent()).toBe("");

      // Add a round: a label the table already has is refused at the field, then the offered one is added.
      const label = pane.getByRole("textbox", { name: "New round" });
      const addRound = pane.getByRole("button", { name: "Add round" });
      await label.scrollIntoViewIfNeeded();
      await label.fill("Review 2017");
      await addRound.click();
      const refusal = pane.getByText('The Ratings table already has a column called "Review 2017". Choose another label for the new round.');
      await refusal.waitFor();
      expect(await label.getAttribute("aria-invalid")).toBe("true");
      expect(await label.evaluate((input) => (input.getAttribute("aria-describedby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "))).toContain("already has a column");
      await expectStepVisible(page, addRound, refusal);
      await expectVisibleInPane(page, label);
      await accessible();

      await label.fill(NEW_ROUND);
      await addRound.click();
      const added = pane.getByText(`Added the round "${NEW_ROUND}" to the Ratings table (column E), with the rating dropdown and colours.`);
      await added.waitFor();
      await pane.getByText(`0 of 10 rated in ${NEW_ROUND}`).waitFor();
      await expectStepVisible(page, addRound, added);
      expect(await cell("E1").textContent()).toBe(NEW_ROUND);
      await accessible();

      // Rate in the new round.
      const round = pane.getByRole("combobox", { name: "Round" });
      await round.scrollIntoViewIfNeeded();
      expect(await round.inputValue()).toBe(NEW_ROUND);
      await rateNextUnrated(preview, "Communicating and realising value", "Good practice", accessible);
      await page.waitForFunction(() => document.querySelector('td[data-address="E2"]')?.textContent === "Good practice");
      await pane.getByText(`1 of 10 rated in ${NEW_ROUND}`).waitFor();

      // The area's notes, beside its rating, into the Notes column (now F).
      const more = pane.getByRole("button", { name: "Notes and commentary on Communicating and realising value" });
      await more.click();
      const notes = pane.getByRole("textbox", { name: "Notes on Communicating and realising value" });
      await notes.fill("Strategy endorsed by the board");
      const save = pane.getByRole("button", { name: "Save notes on Communicating and realising value" });
      await save.click();
      const saved = pane.getByText('Saved the notes of "Communicating and realising value" (Ratings!F2).');
      await saved.waitFor();
      await page.waitForFunction(() => document.querySelector('td[data-address="F2"]')?.textContent === "Strategy endorsed by the board");
      await expectStepVisible(page, save, saved);
      await accessible();

      // The list of fields instead of the grid: the switch stays where it was, nothing spills out.
      const layout = pane.getByRole("switch", { name: "Compact grid of rounds" });
      await layout.scrollIntoViewIfNeeded();
      await layout.click();
      await pane.getByRole("textbox", { name: "Notes on Communicating and realising value" }).waitFor();
      expect(await pane.getByRole("table").count()).toBe(0);
      await expectStepVisible(page, layout, null);
      await accessible();
    });
  });
});

/**
 * Next unrated, then the level chosen by mouse from the focused area's list: the list opens inside
 * the pane over nothing and leaves the workbook in sight; the result appears beside the area.
 */
async function rateNextUnrated({ page, pane }: PreviewPage, area: string, level: string, accessible: () => Promise<void>): Promise<void> {
  const next = pane.getByRole("button", { name: "Next unrated" });
  await next.scrollIntoViewIfNeeded();
  await next.click();
  const dropdown = pane.getByRole("combobox", { name: area });
  // Next unrated moved the keyboard focus to this area's dropdown.
  await page.waitForFunction((element) => element === document.activeElement, await dropdown.elementHandle());
  await expectStepVisible(page, dropdown, null);
  await dropdown.click();
  const listbox = page.getByRole("listbox");
  await listbox.waitFor();
  const option = page.getByRole("option", { name: level, exact: true });
  await expectVisibleInPane(page, listbox);
  await expectVisibleInPane(page, option);
  await expectNothingOverflowsPane(page);
  await expectWorkbookVisible(page);
  await accessible();
  await option.click();
  await listbox.waitFor({ state: "detached" });
  const written: Locator = pane.getByRole("status").filter({ hasText: `"${area}" is rated ${level}` });
  await written.waitFor();
  await expectStepVisible(page, dropdown, written);
  await accessible();
}
