import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { seriousAccessibilityProblems } from "./axe";
import { PANE_WIDTHS, launchChromium, onPage, openPreview } from "./pane-driver";
import { expectNothingOverflowsPane, expectStepVisible, expectVisibleInPane, expectWorkbookVisible, geometryAssertionCount } from "./pane-geometry";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

jest.setTimeout(240_000);

const LONG_OWNER = "Departmental-Records-Officer-and-Deputy-Knowledge-and-Information-Management-Lead";

/** At 350 px (Excel's usual pane width), the page as it is, for people to look at: its path is printed. */
async function screenshot(page: Page, width: number, name: string, show?: Locator): Promise<void> {
  if (width !== 350) return;
  if (show) await show.evaluate((el) => el.scrollIntoView({ block: "start" }));
  const file = path.join(tmpdir(), `rating-matrix-actions-350-${name}.png`);
  await page.screenshot({ path: file });
  console.log(`screenshot: ${file}`);
}

/** The Ref of each data row the workbook view shows on the Actions sheet (hidden rows are not drawn). */
function shownRefs(workbook: Locator): Promise<string[]> {
  return workbook.locator('td[data-address^="A"]').evaluateAll((cells) =>
    cells.map((c) => c.textContent ?? "").filter((text) => /^HO-\d+$/.test(text)),
  );
}

/** The references of the actions the pane lists. */
async function listedRefs(pane: Locator): Promise<string[]> {
  const items = await pane.getByRole("list", { name: "Actions shown" }).getByRole("button").allTextContents();
  return items.map((text) => /^([A-Z]+-\d+):/.exec(text)?.[1] ?? text.slice(0, 20));
}

/**
 * A manager following the actions: filter by status, clear, add an action, change a status, then
 * write the next-steps summary. Mouse only (the native selects are set with Playwright's
 * selectOption: their open list is drawn by the browser, outside the page). After each step the
 * control used and the message it produced are in sight in the pane, topmost at their centre, and
 * nothing runs past the pane, at each of Excel's widths.
 */
describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "manager journey in headless Chromium", () => {
  let browser: Browser;
  const axeCounts: Record<string, number> = {};

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser.close();
    console.log(`manager journey: ${geometryAssertionCount()} geometry assertions; axe checks per width: ${JSON.stringify(axeCounts)}`);
  }, 60_000);

  it.each(PANE_WIDTHS)("filters, clears, adds an action, changes a status and writes the summary, with the pane %i px wide", async (width) => {
    const { page, pane, workbook, cell } = await openPreview(browser, width);
    const accessible = async () => {
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      axeCounts[width] = (axeCounts[width] ?? 0) + 1;
    };
    await onPage(page, `manager-${width}`, async () => {
      await openViewByMouse(page, pane, "Actions", accessible);
      const list = pane.getByRole("list", { name: "Actions shown" });
      await list.waitFor();
      expect(await listedRefs(pane)).toHaveLength(11);
      await expectNothingOverflowsPane(page);
      await accessible();
      await workbook.getByRole("tab", { name: "Actions" }).click();
      expect(await shownRefs(workbook)).toHaveLength(11);
      await screenshot(page, width, "opened");

      // Filter by status: the table in the workbook and the list in the pane show the one Blocked action.
      const blocked = pane.getByRole("group", { name: "Show actions with status" }).getByRole("button", { name: "Blocked" });
      await blocked.scrollIntoViewIfNeeded();
      await blocked.click();
      const applied = pane.getByRole("status").filter({ hasText: "Filter applied" });
      await applied.waitFor();
      await expectStepVisible(page, blocked, applied);
      expect(await pane.getByText(/not applied/).count()).toBe(0);
      expect(await blocked.getAttribute("aria-pressed")).toBe("true");
      await page.waitForFunction(() => document.querySelectorAll('td[data-address^="A"]').length < 5);
      expect(await shownRefs(workbook)).toEqual(["HO-05"]);
      expect(await listedRefs(pane)).toEqual(["HO-05"]);
      await expectWorkbookVisible(page);
      await screenshot(page, width, "filtered");
      await accessible();

      // Clear: every row again.
      const clear = pane.getByRole("button", { name: "Clear filters" });
      await clear.click();
      const cleared = pane.getByRole("status").filter({ hasText: "Filters cleared" });
      await cleared.waitFor();
      await expectStepVisible(page, clear, cleared);
      expect(await listedRefs(pane)).toHaveLength(11);
      expect(await shownRefs(workbook)).toHaveLength(11);
      await accessible();
      await screenshot(page, width, "list", pane.getByRole("heading", { name: "The actions", exact: true }));

      // Add an action.
      const nextStep = pane.getByRole("textbox", { name: /Next step/ });
      await nextStep.scrollIntoViewIfNeeded();
      await nextStep.click();
      await nextStep.fill("Agree a date with the digital team to test the new file plan, and write down what the test must show before anyone moves records into it");
      await pane.getByRole("combobox", { name: "Theme" }).selectOption("Records, review and transfer");
      await pane.getByRole("combobox", { name: "Area" }).selectOption("Implementing disposal decisions");
      // An owner with no space to break at: it must wrap in the list and shrink in the Owner select.
      await pane.getByRole("textbox", { name: "Owner" }).fill(LONG_OWNER);
      await pane.getByLabel("Due date", { exact: true }).fill("2018-09-30");
      const addButton = pane.getByRole("button", { name: "Add action" });
      await addButton.click();
      const added = pane.getByRole("status").filter({ hasText: "Action added" });
      await added.waitFor();
      await expectStepVisible(page, addButton, added);
      await page.waitForFunction(() => document.querySelector('td[data-address="A13"]')?.textContent === "HO-12");
      await pane.getByRole("list", { name: "Actions shown" }).getByRole("button", { name: /^HO-12:/ }).waitFor();
      await accessible();

      // Filter by owner: the new action's owner, then every owner again.
      const owner = pane.getByRole("combobox", { name: "Owner" });
      await owner.scrollIntoViewIfNeeded();
      await owner.selectOption(LONG_OWNER);
      const byOwner = pane.getByRole("status").filter({ hasText: `Showing the actions of ${LONG_OWNER}.` });
      await byOwner.waitFor();
      await expectStepVisible(page, owner, byOwner);
      expect(await listedRefs(pane)).toEqual(["HO-12"]);
      expect(await shownRefs(workbook)).toEqual(["HO-12"]);
      await expectVisibleInPane(page, list.getByRole("button", { name: /^HO-12:/ }), { scroll: true });
      await expectNothingOverflowsPane(page);
      await accessible();
      await screenshot(page, width, "owner");
      await owner.scrollIntoViewIfNeeded();
      await owner.selectOption({ label: "Every owner" });
      await pane.getByRole("status").filter({ hasText: "Showing the actions of every owner." }).waitFor();
      expect(await listedRefs(pane)).toHaveLength(12);

      // Change a status: pick the Blocked action in the list, which chooses it in Change status, starting from Blocked.
      const item = list.getByRole("button", { name: /^HO-05:/ });
      await item.scrollIntoViewIfNeeded();
      await item.click();
      const newStatus = pane.getByRole("combobox", { name: "New status" });
      expect(await newStatus.inputValue()).toBe("Blocked");
      await expectVisibleInPane(page, pane.getByRole("heading", { name: "Change an action's status" }));
      await newStatus.selectOption("In progress");
      await pane.getByRole("textbox", { name: "Update" }).fill("Gaps agreed with the Office 365 team; risks recorded.");
      const change = pane.getByRole("button", { name: "Change status" });
      await change.scrollIntoViewIfNeeded();
      await change.click();
      const changed = pane.getByRole("status").filter({ hasText: "Status changed" });
      await changed.waitFor();
      await expectStepVisible(page, change, changed);
      await page.waitForFunction(() => document.querySelector('td[data-address="H6"]')?.textContent === "In progress");
      expect(await cell("I6").textContent()).toBe("Gaps agreed with the Office 365 team; risks recorded.");
      await screenshot(page, width, "status-changed");
      await accessible();

      // Generate the summary.
      await openViewByMouse(page, pane, "Summary", accessible);
      const generate = pane.getByRole("button", { name: "Generate summary" });
      await generate.scrollIntoViewIfNeeded();
      await generate.click();
      const written = pane.getByRole("status").filter({ hasText: "Summary written" });
      await written.waitFor();
      await expectStepVisible(page, generate, written);
      await workbook.getByRole("tab", { name: /^Next steps \d{4}-\d{2}-\d{2}$/ }).waitFor();
      await expectWorkbookVisible(page);
      await accessible();
    });
  });
});

/**
 * Opens a view with the mouse: its tab, or the More menu when its tab did not fit; the open menu
 * must be inside the pane and leave the workbook in sight, and pass axe.
 */
async function openViewByMouse(page: Page, pane: Locator, label: string, accessible: () => Promise<void>): Promise<void> {
  const tabs = pane.getByRole("tablist", { name: "Views" });
  const tab = tabs.getByRole("tab", { name: label, exact: true });
  if ((await tab.count()) > 0 && (await tab.isVisible())) {
    await tab.click();
    await expectVisibleInPane(page, tab);
  } else {
    await pane.getByRole("button", { name: /^More views/ }).click();
    const item = page.getByRole("menuitem", { name: label, exact: true });
    await item.waitFor();
    await expectVisibleInPane(page, item);
    await expectNothingOverflowsPane(page);
    await expectWorkbookVisible(page);
    await accessible();
    await item.click();
  }
  await tabs.getByRole("tab", { name: label, exact: true, selected: true }).waitFor();
}
