import { readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { seriousAccessibilityProblems } from "./axe";
import { launchChromium, STEP_TIMEOUT_MS } from "./pane-driver";
import { previewUrl } from "./preview-url";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";
import { cli } from "../cli/run-cli";

jest.setTimeout(240_000);

/** "#C6EFCE" as the browser reports a computed colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "the preview in headless Chromium", () => {
  const server = { url: "" };
  let browser: Browser | null = null;
  let page: Page;
  let work = "";

  beforeAll(async () => {
    server.url = previewUrl();
    browser = await launchChromium();
    work = mkdtempSync(path.join(tmpdir(), "rating-matrix-e2e-files-"));
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    if (!browser) throw new Error("Chromium did not start.");
    page = await browser.newPage({ acceptDownloads: true });
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
  });
  afterEach(async () => page.close());

  const pane = () => page.getByRole("main");
  const workbook = () => page.getByRole("region", { name: /^Workbook:/ });
  const cell = (address: string) => workbook().locator(`td[data-address="${address}"]`);

  async function expectNoSeriousAccessibilityProblems(): Promise<void> {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }

  it("sets up an empty workbook from the task pane, and the workbook view shows the new sheets", async () => {
    await page.goto(`${server.url}/?workbook=empty`);
    await pane().getByRole("heading", { name: "Set up the workbook" }).waitFor();
    await expectNoSeriousAccessibilityProblems();

    await pane().getByRole("button", { name: "Create rating workbook" }).click();
    await pane().getByText("Created the Ratings, Actions and Lists sheets: 10 areas and 2 rounds.").waitFor();
    const sheets = workbook().getByRole("tablist", { name: "Sheets" });
    expect(await sheets.getByRole("tab").count()).toBe(4);
    for (const name of ["Sheet1", "Ratings", "Actions", "Lists"]) expect(await sheets.getByRole("tab", { name, exact: true }).count()).toBe(1);
    expect(await sheets.getByRole("tab", { selected: true }).getAttribute("value")).toBe("Ratings");
    await sheets.getByRole("tab", { name: "Ratings" }).click();
    expect(await cell("C1").textContent()).toBe("IMA 2015");
    expect(await cell("B2").textContent()).toBe("Communicating and realising value");
    await expectNoSeriousAccessibilityProblems();

    await sheets.getByRole("tab", { name: "Lists" }).click();
    expect(await cell("A2").textContent()).toBe(IMA_2015_SCALE.levels[0]?.label);
    await expectNoSeriousAccessibilityProblems();
  });

  it("shows the sample workbook's ratings in their scale colours, repairs it, and downloads the result", async () => {
    await page.goto(server.url);
    await pane().getByRole("button", { name: "Repair formatting" }).waitFor();
    const sheets = workbook().getByRole("tablist", { name: "Sheets" });
    await sheets.getByRole("tab", { name: "Ratings" }).click();
    for (const level of IMA_2015_SCALE.levels) {
      const shown = workbook().locator("td", { hasText: new RegExp(`^${level.label}$`) }).first();
      expect(await shown.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(level.fill));
      expect(await shown.evaluate((el) => getComputedStyle(el).color)).toBe(rgb(level.font));
    }
    // A theme name carries no conditional format: no fill of its own.
    expect(await cell("A2").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await expectNoSeriousAccessibilityProblems();

    await pane().getByRole("button", { name: "Repair formatting" }).click();
    await pane().getByText("Dropdowns and colours re-applied. No values were changed.").waitFor();
    await expectNoSeriousAccessibilityProblems();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download workbook" }).click()]);
    expect(download.suggestedFilename()).toBe("sample.xlsx");
    const saved = path.join(work, "downloaded.xlsx");
    await download.saveAs(saved);
    const read = readWorkbook(await (await openXlsx(readFileSync(saved))).read(CONTRACT_READ));
    expect(read.ok && read.workbook.actions?.items.length).toBe(11);
    expect(read.ok && read.workbook.ratings.areas[1]?.ratings.map((r) => r.level)).toEqual(["Development area", "Satisfactory"]);
  });

  it("opens a local .xlsx made by the command line, and says in one line why a bad file cannot be opened", async () => {
    const made = path.join(work, "made-by-cli.xlsx");
    expect((await cli("init", made, "--scale", "rag-3", "--rounds", "Audit 2025")).code).toBe(0);
    await page.goto(server.url);
    await pane().getByRole("button", { name: "Repair formatting" }).waitFor();

    await page.getByLabel("Open a workbook").setInputFiles(made);
    await page.getByText("Opened made-by-cli.xlsx.").waitFor();
    await workbook().getByRole("heading", { name: "Workbook: made-by-cli.xlsx" }).waitFor();
    await workbook().getByRole("tab", { name: "Lists" }).click();
    expect(await cell("A2").textContent()).toBe("Red");
    await pane().getByText(/Audit 2025/).first().waitFor();

    const bad = path.join(work, "notes.xlsx");
    writeFileSync(bad, "just some text");
    await page.getByLabel("Open a workbook").setInputFiles(bad);
    await page.getByText("notes.xlsx: This is not an .xlsx workbook (an .xlsx file is a zip archive, and this file is not one).").waitFor();
    await workbook().getByRole("heading", { name: "Workbook: made-by-cli.xlsx" }).waitFor();
    await expectNoSeriousAccessibilityProblems();
  });

  async function openView(label: string, heading: string): Promise<void> {
    const tab = pane().getByRole("tablist", { name: "Views" }).getByRole("tab", { name: label });
    if (await tab.isVisible()) await tab.click();
    else {
      await pane().getByRole("button", { name: /^More views/ }).click();
      await page.getByRole("menuitem", { name: label }).click();
    }
    await pane().getByRole("heading", { name: heading, exact: true }).waitFor();
  }

  async function openSample(): Promise<void> {
    await page.goto(server.url);
    await pane().getByRole("button", { name: "Repair formatting" }).waitFor();
  }

  it("rates an area for the latest round, and the workbook cell takes the level and its colour", async () => {
    await openSample();
    await openView("Rate", "Rate areas");
    await pane().getByLabel("Round", { exact: true }).selectOption("Review 2017");
    await expectNoSeriousAccessibilityProblems();
    // As a keyboard user: open the dropdown, move from the current level to the next one, choose it.
    const dropdown = pane().getByRole("combobox", { name: "Digital continuity and IT change" });
    expect(await dropdown.getAttribute("value")).toBe("Development area");
    await dropdown.focus();
    await dropdown.press("Enter");
    await page.getByRole("listbox").waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("listbox").waitFor({ state: "detached" });
    // Set up left the Ratings sheet active, so the workbook view shows it.
    expect(await workbook().getByRole("tab", { name: "Ratings" }).getAttribute("aria-selected")).toBe("true");
    const rated = cell("D5");
    await page.waitForFunction(() => document.querySelector('td[data-address="D5"]')?.textContent === "Progressing to satisfactory");
    const amber = IMA_2015_SCALE.levels[1];
    expect(await rated.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(amber?.fill ?? ""));
  });

  it("checks a workbook with a misspelt level and fixes it", async () => {
    await openSample();
    const { newXlsx, saveXlsx } = await import("../../src/xlsx/xlsx-file");
    const { setUpWorkbook } = await import("../../src/workflows/set-up-workbook");
    const { IMA_2015_FRAMEWORK } = await import("../../src/core/framework-presets");
    const host = newXlsx();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] });
    await host.apply({ title: "Rate", steps: [{ kind: "setValues", sheet: "Ratings", address: "C2:C3", values: [["development Area"], ["Satisfactory"]] }] });
    const variant = path.join(work, "variant.xlsx");
    writeFileSync(variant, await saveXlsx(host));
    await page.getByLabel("Open a workbook").setInputFiles(variant);
    await page.getByText("Opened variant.xlsx.").waitFor();

    await openView("Check", "Check the workbook");
    const fixAll = pane().getByRole("button", { name: /^Fix all \(\d+\)$/ });
    await fixAll.waitFor();
    await expectNoSeriousAccessibilityProblems();
    await fixAll.click();
    await workbook().getByRole("tab", { name: "Ratings" }).click();
    await page.waitForFunction(() => document.querySelector('td[data-address="C2"]')?.textContent === "Development area");
    expect(await cell("C2").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(rgb(IMA_2015_SCALE.levels[0]?.fill ?? ""));
    await expectNoSeriousAccessibilityProblems();
  });

  it("generates the next-steps summary on a new sheet, and says the chart needs Excel", async () => {
    await openSample();
    await openView("Summary", "Next steps summary");
    await pane().getByRole("button", { name: "Generate summary" }).waitFor();
    await expectNoSeriousAccessibilityProblems();
    await pane().getByRole("button", { name: "Generate summary" }).click();
    await pane().getByText(/charts can only be made in Excel itself/).waitFor();
    await workbook().getByRole("tab", { name: /^Next steps \d{4}-\d{2}-\d{2}$/ }).waitFor();
    await expectNoSeriousAccessibilityProblems();
  });

  it("shows the actions by status, and a status filter hides the other rows in the workbook view, as in Excel", async () => {
    await openSample();
    await openView("Actions", "Actions");
    const statuses = pane().getByRole("group", { name: "Show actions with status" });
    await statuses.getByRole("button", { name: /^Blocked/ }).waitFor();
    await expectNoSeriousAccessibilityProblems();
    await workbook().getByRole("tab", { name: "Actions" }).click();
    await statuses.getByRole("button", { name: /^Blocked/ }).click();
    await pane().getByText("Showing actions with status Blocked.").waitFor();
    expect(await pane().getByText(/not applied|cannot save table filters/).count()).toBe(0);
    await page.waitForFunction(() => document.querySelectorAll('td[data-address^="A"]').length === 2);
    expect(await cell("A6").textContent()).toBe("HO-05");
    await expectNoSeriousAccessibilityProblems();
  });

  it("taskpane.html in a plain browser says it is not connected to Excel and links to the preview", async () => {
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Rating Matrix is not connected to Excel").waitFor();
    await expectNoSeriousAccessibilityProblems();
    await page.getByRole("link", { name: "open the preview" }).click();
    await pane().getByRole("button", { name: "Repair formatting" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/preview.html");
  });
});
