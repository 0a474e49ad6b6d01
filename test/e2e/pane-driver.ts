import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { CHROMIUM } from "./real-apps";
import { previewUrl } from "./preview-url";

/** The task pane widths Excel gives: its minimum, the usual opening width, and wider drags. */
export const PANE_WIDTHS = [320, 350, 400, 500] as const;

/** How long one step (a click, a wait for text) may take before the test fails. */
export const STEP_TIMEOUT_MS = 20_000;

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface PreviewPage {
  readonly page: Page;
  /** The task pane (the app's main landmark). */
  readonly pane: Locator;
  /** The read-only workbook beside it. */
  readonly workbook: Locator;
  cell(address: string): Locator;
  /** Opens a view by its tab, or through the "More" menu when its tab did not fit. */
  openView(label: string): Promise<void>;
}

/**
 * Runs a journey on a page and closes it; when the journey fails, the page as it was is saved as a
 * PNG in the system's temporary folder and its path added to the error, so the failure can be seen.
 */
export async function onPage(page: Page, name: string, journey: () => Promise<void>): Promise<void> {
  try {
    await journey();
  } catch (error) {
    const shot = path.join(tmpdir(), `rating-matrix-${name.replace(/[^a-z0-9-]+/gi, "-")}-${Date.now()}.png`);
    await page.screenshot({ path: shot }).catch(() => undefined);
    if (error instanceof Error) error.message = `${error.message}\nScreenshot of the page: ${shot}`;
    throw error;
  } finally {
    await page.close();
  }
}

/** Opens the preview in a 1400 x 900 window with the pane `width` pixels wide. */
export async function openPreview(browser: Browser, width: number, query = ""): Promise<PreviewPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  // Stated, not Playwright's default: long enough for a busy 2-core machine, short enough to fail a hang.
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  await page.goto(`${previewUrl()}/?pane=${width}${query === "" ? "" : `&${query}`}`);
  const pane = page.getByRole("main");
  const workbook = page.getByRole("region", { name: /^Workbook:/ });
  await pane.getByRole("tablist", { name: "Views" }).waitFor();
  return {
    page,
    pane,
    workbook,
    cell: (address) => workbook.locator(`td[data-address="${address}"]`),
    openView: async (label) => {
      const tabs = pane.getByRole("tablist", { name: "Views" });
      const tab = tabs.getByRole("tab", { name: label, exact: true });
      if ((await tab.count()) > 0 && (await tab.isVisible())) {
        await tab.click();
      } else {
        await pane.getByRole("button", { name: /^More views/ }).click();
        await page.getByRole("menuitem", { name: label, exact: true }).click();
      }
      await tabs.getByRole("tab", { name: label, exact: true, selected: true }).waitFor();
    },
  };
}
