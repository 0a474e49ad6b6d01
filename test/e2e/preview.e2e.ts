import { readFileSync, rmSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { seriousAccessibilityProblems } from "./axe";
import { buildPreview } from "./build-preview";
import { CHROMIUM, describeWhenInstalled } from "./real-apps";
import { serveFolder } from "./static-server";
import { cli } from "../cli/run-cli";

jest.setTimeout(240_000);

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** "#C6EFCE" as the browser reports a computed colour. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describeWhenInstalled([CHROMIUM], "apt-get install -y chromium").call(null, "the preview in headless Chromium", () => {
  let dist = "";
  let server: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;
  let page: Page;
  let work = "";

  beforeAll(async () => {
    dist = await buildPreview();
    server = await serveFolder(dist);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    work = mkdtempSync(path.join(tmpdir(), "rating-matrix-e2e-files-"));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  beforeEach(async () => {
    if (!browser) throw new Error("Chromium did not start.");
    page = await browser.newPage({ acceptDownloads: true });
  });
  afterEach(async () => page.close());

  const pane = () => page.getByRole("main");
  const workbook = () => page.getByRole("region", { name: /^Workbook:/ });
  const cell = (address: string) => workbook().locator(`td[data-address="${address}"]`);

  async function expectNoSeriousAccessibilityProblems(): Promise<void> {
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  }

  it("sets up an empty workbook from the task pane, and the workbook view shows the new sheets", async () => {
    if (!server) throw new Error("no server");
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
    if (!server) throw new Error("no server");
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
    if (!server) throw new Error("no server");
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

  it("taskpane.html in a plain browser says it is not connected to Excel and links to the preview", async () => {
    if (!server) throw new Error("no server");
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByText("Rating Matrix is not connected to Excel").waitFor();
    await expectNoSeriousAccessibilityProblems();
    await page.getByRole("link", { name: "open the preview" }).click();
    await pane().getByRole("button", { name: "Repair formatting" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/preview.html");
  });
});
