#!/usr/bin/env node
// Writes docs/screenshots/*.png: every view of the task pane at 350 px (Excel's usual task pane
// width) on the preview's sample workbook, plus the whole preview window. The README shows them.
//
//   npm run screenshots            (needs Debian's chromium: apt-get install -y chromium)
//
// Builds the preview with the project's webpack configuration (development mode, into a temporary
// folder), serves it on a free local port and drives Chromium with playwright-core.
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUT = path.join(ROOT, "docs", "screenshots");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const PANE_WIDTH = 350;
const STEP_TIMEOUT_MS = 30_000;
const require = createRequire(import.meta.url);

function build(out) {
  const webpack = require("webpack");
  const config = require(path.join(ROOT, "webpack.config.js"))({}, { mode: "development" });
  config.devtool = false;
  config.output = { ...config.output, path: out };
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (stats.hasErrors()) reject(new Error(stats.toString("errors-only")));
      else resolve();
    });
  });
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8", ".png": "image/png", ".ico": "image/x-icon" };

function serve(root) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = path.join(root, pathname === "/" ? "preview.html" : pathname);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end("Not found");
    response.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** Opens a view by its tab, or through the "More" menu when its tab did not fit. */
async function openView(page, label) {
  const pane = page.getByRole("main");
  const tab = pane.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: label, exact: true });
  if (await tab.isVisible()) await tab.click();
  else {
    await pane.getByRole("button", { name: /^More views/ }).click();
    await page.getByRole("menuitem", { name: label, exact: true }).click();
  }
}

async function shootPane(page, name) {
  // Let fonts and Fluent's motion settle, then photograph the pane as Excel would show it.
  await page.waitForTimeout(300);
  await page.getByTestId("task-pane").screenshot({ path: path.join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not installed at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    process.exit(2);
  }
  const { chromium } = require("playwright-core");
  const dist = mkdtempSync(path.join(tmpdir(), "rating-matrix-screenshots-"));
  mkdirSync(OUT, { recursive: true });
  let server;
  let browser;
  try {
    console.log("Building the preview…");
    await build(dist);
    server = await serve(dist);
    const url = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: "light" });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await page.goto(`${url}/?pane=${PANE_WIDTH}`);
    const pane = page.getByRole("main");
    await pane.getByRole("button", { name: "Repair formatting" }).waitFor();
    await page.screenshot({ path: path.join(OUT, "preview.png") });
    console.log("docs/screenshots/preview.png");
    await shootPane(page, "set-up");

    await openView(page, "Rate");
    await pane.getByRole("heading", { name: "Rate areas" }).waitFor();
    await pane.getByRole("combobox").first().waitFor();
    await shootPane(page, "rate");

    await openView(page, "Check");
    await pane.getByRole("button", { name: "Check again" }).waitFor();
    await pane.getByText(/findings?|No problems found/).first().waitFor();
    await shootPane(page, "check");

    await openView(page, "Summary");
    await pane.getByRole("button", { name: "Generate summary" }).waitFor();
    await shootPane(page, "summary");

    await openView(page, "Actions");
    await pane.getByRole("heading", { name: "Actions", exact: true }).waitFor();
    await pane.getByRole("group", { name: "Show actions with status" }).waitFor();
    await shootPane(page, "actions");

    await openView(page, "Import");
    const review = readFileSync(path.join(ROOT, "test/fixtures/reports/northshire-2019-progress-review.txt"), "utf8");
    await pane.getByLabel("Or paste the report's text").fill(review);
    await pane.getByRole("button", { name: "Read the pasted text" }).click();
    await pane.getByRole("group", { name: "Ratings found in the report" }).waitFor();
    await shootPane(page, "import");
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    rmSync(dist, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
