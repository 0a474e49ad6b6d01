import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import type { Browser } from "playwright-core";
import { seriousAccessibilityProblems } from "./axe";
import { PANE_WIDTHS, STEP_TIMEOUT_MS, launchChromium } from "./pane-driver";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";

jest.setTimeout(120_000);

// The self-test page (src/selftest) in headless Chromium at the task pane's widths, running the
// real cases on the office-js fake (bundled with esbuild from selftest-harness.ts into the page
// as webpack builds it, office.js left out): every result and the report fit the pane.
const ROOT = path.resolve(__dirname, "../..");

describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "the self-test page in headless Chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-selftest-"));
    await build({
      entryPoints: [path.join(__dirname, "selftest-harness.ts")],
      bundle: true,
      format: "iife",
      target: "es2020",
      outfile: path.join(dir, "harness.js"),
      logLevel: "warning",
    });
    const page = readFileSync(path.join(ROOT, "src/selftest/selftest.html"), "utf8")
      .replace(/<script src="https:\/\/appsforoffice[^>]*><\/script>/, "")
      .replace("</body>", '<script src="harness.js"></script></body>');
    writeFileSync(path.join(dir, "selftest.html"), page);
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it.each(PANE_WIDTHS)("at %i px: runs every case, shows each result and the report, nothing wider than the pane", async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    try {
      await page.goto(`${pathToFileURL(path.join(dir, "selftest.html")).href}?platform=web`);
      await page.getByRole("button", { name: "Run the self-test" }).click();
      await page.getByRole("button", { name: "Copy report" }).waitFor();
      expect(await page.getByRole("status").first().textContent()).toBe("Finished: nothing differs from what Rating Matrix assumes.");
      const items = await page.getByRole("list", { name: "Results" }).getByRole("listitem").allTextContents();
      expect(items).toHaveLength(12);
      expect(items.filter((text) => !text.startsWith("Pass"))).toEqual([]);
      expect(await page.getByRole("textbox", { name: "Report" }).inputValue()).toContain("Excel: OfficeOnline");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      if (process.env.PANE_SCREENSHOTS) await page.screenshot({ path: `${process.env.PANE_SCREENSHOTS}/selftest-${width}.png`, fullPage: true });
    } finally {
      await page.close();
    }
  });
});
