import type { Browser } from "playwright-core";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { seriousAccessibilityProblems } from "./axe";
import { expectNothingOverflowsPane, expectTopmost, expectVisibleInPane, expectWorkbookVisible, geometryAssertionCount } from "./pane-geometry";
import { PANE_WIDTHS, STEP_TIMEOUT_MS, launchChromium, openPreview } from "./pane-driver";
import { previewUrl } from "./preview-url";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

jest.setTimeout(120_000);

const VIEWS = [
  { label: "Set up", heading: "Set up the workbook" },
  { label: "Rate", heading: "Rate areas" },
  { label: "Check", heading: "Check the workbook" },
  { label: "Summary", heading: "Next steps summary" },
  { label: "Actions", heading: "Actions" },
  { label: "Import", heading: "Import a published review" },
];

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "the task pane's layout in headless Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser.close();
    console.log(`pane-layout: ${geometryAssertionCount()} geometry assertions`);
  }, 60_000);

  describe.each(PANE_WIDTHS)("with the pane %i px wide", (width) => {
    it("reaches every view, with the chosen tab inside the pane and nothing past its edges", async () => {
      const { page, pane, openView } = await openPreview(browser, width);
      try {
        for (const view of VIEWS) {
          await openView(view.label);
          const heading = pane.getByRole("heading", { name: view.heading, exact: true });
          await heading.waitFor();
          await expectVisibleInPane(page, pane.getByRole("tab", { name: view.label, selected: true }));
          await expectVisibleInPane(page, heading);
          await expectNothingOverflowsPane(page);
        }
      } finally {
        await page.close();
      }
    });

    it("offers the Actions filters and says beside Add status slicer, inside the pane and before any click, that a file cannot hold slicers", async () => {
      const { page, pane, openView } = await openPreview(browser, width);
      try {
        await openView("Actions");
        // The core's skip policy from the .xlsx host's capabilities: filters yes, slicers no.
        const clear = pane.getByRole("button", { name: "Clear filters" });
        await expectVisibleInPane(page, clear, { scroll: true });
        expect(await clear.getAttribute("aria-disabled")).not.toBe("true");
        const slicer = pane.getByRole("button", { name: "Add status slicer" });
        expect(await slicer.getAttribute("aria-disabled")).toBe("true");
        const note = pane.getByText(/^Slicers need Excel/);
        await expectVisibleInPane(page, note, { scroll: true });
        await expectNothingOverflowsPane(page);
        if (process.env.PANE_SCREENSHOTS) await page.screenshot({ path: `${process.env.PANE_SCREENSHOTS}/actions-filters-${width}.png` });
      } finally {
        await page.close();
      }
    });

    it("says in the Check view what the workbook assesses, inside the pane", async () => {
      const { page, pane, openView } = await openPreview(browser, width);
      try {
        await openView("Check");
        const about = pane.getByText("Assessing Home Office, on the framework IMA 2015-2018 (4 themes, 10 areas).");
        await about.waitFor();
        await expectVisibleInPane(page, about);
        await expectTopmost(about);
        await expectNothingOverflowsPane(page);
        if (process.env.PANE_SHOTS) await page.screenshot({ path: `${process.env.PANE_SHOTS}/check-${width}.png` });
      } finally {
        await page.close();
      }
    });

    it("offers the views that do not fit in a More menu that opens inside the pane", async () => {
      const { page, pane } = await openPreview(browser, width);
      try {
        const more = pane.getByRole("button", { name: /^More views/ });
        const visibleTabs = await pane.getByRole("tab").evaluateAll((tabs) => tabs.filter((t) => (t as HTMLElement).offsetParent !== null).length);
        if (visibleTabs === VIEWS.length) {
          expect(await more.count()).toBe(0); // everything fits: no menu
          return;
        }
        await more.click();
        const items = page.getByRole("menuitem");
        await items.first().waitFor();
        expect(visibleTabs + (await items.count())).toBe(VIEWS.length);
        for (const item of await items.all()) await expectVisibleInPane(page, item);
        await expectNothingOverflowsPane(page);
        await expectWorkbookVisible(page);
        expect(await seriousAccessibilityProblems(page)).toEqual([]);
        await page.keyboard.press("Escape");
        await items.first().waitFor({ state: "detached" });
        await expectTopmost(more);
      } finally {
        await page.close();
      }
    });

    it("moves through the tabs with the arrow keys without shifting the pane sideways", async () => {
      const { page, pane } = await openPreview(browser, width);
      try {
        await pane.getByRole("tab", { name: "Set up", selected: true }).focus();
        for (let i = 0; i < VIEWS.length + 1; i++) await page.keyboard.press("ArrowRight");
        await expectVisibleInPane(page, pane.getByRole("heading", { level: 1, name: "Rating Matrix" }));
        await expectNothingOverflowsPane(page);
        expect(await page.getByTestId("task-pane").evaluate((el) => el.scrollLeft)).toBe(0);
      } finally {
        await page.close();
      }
    });

    it("rates an area by mouse: the list opens inside the pane over nothing, and the choice reaches the cell", async () => {
      const { page, pane, openView, cell } = await openPreview(browser, width);
      try {
        await openView("Rate");
        const dropdown = pane.getByRole("combobox", { name: "Digital continuity and IT change" });
        await dropdown.click();
        const listbox = page.getByRole("listbox");
        await listbox.waitFor();
        const option = page.getByRole("option", { name: "Progressing to satisfactory" });
        await expectVisibleInPane(page, listbox);
        await expectVisibleInPane(page, option);
        await expectNothingOverflowsPane(page);
        await expectWorkbookVisible(page);
        expect(await seriousAccessibilityProblems(page)).toEqual([]);
        await option.click();
        await listbox.waitFor({ state: "detached" });
        await page.waitForFunction(() => document.querySelector('td[data-address="D5"]')?.textContent === "Progressing to satisfactory");
        expect(await cell("D5").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(IMA_2015_SCALE.levels[1]?.fill ?? ""));
        await expectTopmost(dropdown);
      } finally {
        await page.close();
      }
    });
  });

  it("keeps the pane in sight when Tab moves onto a rating dropdown", async () => {
    const { page, pane, openView } = await openPreview(browser, 350);
    try {
      await openView("Rate");
      const first = pane.getByRole("combobox", { name: "Communicating and realising value" });
      await first.waitFor();
      await pane.getByRole("button", { name: "Refresh" }).focus();
      await page.keyboard.press("Tab");
      await expectVisibleInPane(page, pane.getByRole("heading", { name: "Rate areas" }));
      await expectTopmost(first);
      await expectWorkbookVisible(page);
    } finally {
      await page.close();
    }
  });

  it("offers Set up and Import, not an error, in every view of an empty workbook", async () => {
    const { page, pane, openView } = await openPreview(browser, 350, "workbook=empty");
    try {
      for (const label of ["Rate", "Check", "Summary", "Actions"]) {
        await openView(label);
        await pane.getByText("This workbook has no Ratings table yet").waitFor();
        expect(await pane.getByText(/Fix this in Excel/).count()).toBe(0);
        await expectVisibleInPane(page, pane.getByRole("button", { name: "Set up a rating workbook" }));
      }
      await pane.getByRole("button", { name: "Import a review" }).click();
      await pane.getByRole("tab", { name: "Import", selected: true }).waitFor();
      await openView("Actions");
      await pane.getByRole("button", { name: "Set up a rating workbook" }).click();
      await pane.getByRole("button", { name: "Create rating workbook" }).waitFor();
    } finally {
      await page.close();
    }
  });

  it("follows the system's dark setting, and keeps the user's own choice when another workbook is opened", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: "dark" });
    const page = await context.newPage();
    try {
      await page.goto(`${previewUrl()}/?pane=350`);
      const toggle = page.getByRole("switch", { name: "Dark theme" });
      await toggle.waitFor();
      expect(await toggle.isChecked()).toBe(true);
      const background = () => page.getByRole("main").evaluate((el) => getComputedStyle(el.parentElement ?? el).backgroundColor);
      // The dark theme's tokens are a chunk of their own, loaded when wanted: wait for them, within a step.
      await page.waitForFunction(
        () => {
          const main = document.querySelector("main");
          return main !== null && getComputedStyle(main.parentElement ?? main).backgroundColor !== "rgb(255, 255, 255)";
        },
        null,
        { timeout: STEP_TIMEOUT_MS },
      );
      expect(await background()).not.toBe("rgb(255, 255, 255)");

      await toggle.click();
      expect(await background()).toBe("rgb(255, 255, 255)");
      await page.getByRole("button", { name: "New empty workbook" }).click();
      await page.getByText("Started a new, empty workbook.").waitFor();
      expect(await page.getByRole("switch", { name: "Dark theme" }).isChecked()).toBe(false);
      await page.reload();
      await page.getByRole("switch", { name: "Dark theme" }).waitFor();
      expect(await page.getByRole("switch", { name: "Dark theme" }).isChecked()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it("serves a favicon, so the browser's own request for one is not a 404", async () => {
    const response = await fetch(`${previewUrl()}/favicon.ico`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  });
});
