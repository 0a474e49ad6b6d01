import { spawnSync } from "node:child_process";
import path from "node:path";

// The local office-js lint rules (scripts/eslint-office-js.mjs) on small sources placed in
// src/excel, linted by the project's own ESLint configuration in a child process (ESLint loads its
// configuration with a dynamic import that jest's module sandbox does not allow).
const LINT_SAMPLES = path.join(__dirname, "..", "architecture", "lint-samples.mjs");

function lintInExcelHost(lines: readonly string[]): string[] {
  const run = spawnSync(process.execPath, [LINT_SAMPLES], {
    input: JSON.stringify([{ code: `${lines.join("\n")}\n`, filePath: "src/excel/example.ts" }]),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`lint-samples failed: ${run.stderr}`);
  return (JSON.parse(run.stdout) as string[][])[0] ?? [];
}

describe("office-js lint rules", () => {
  it("accepts a read after load and sync", () => {
    expect(
      lintInExcelHost([
        "export async function f(context: Excel.RequestContext): Promise<unknown> {",
        '  const range = context.workbook.worksheets.getItem("A").getRange("A1");',
        '  range.load("values");',
        "  await context.sync();",
        '  range.format.fill.color = "#FFFFFF";',
        "  return range.values;",
        "}",
      ]),
    ).toEqual([]);
  }, 120_000);

  it("catches a property read before sync, a sync in a loop, an empty load and Office.initialize", () => {
    const found = lintInExcelHost([
      "export async function f(context: Excel.RequestContext, names: string[]): Promise<unknown> {",
      '  const range = context.workbook.worksheets.getItem("A").getRange("A1");',
      '  range.load("address");',
      "  const early = range.address;",
      "  for (const name of names) {",
      "    context.workbook.worksheets.add(name);",
      "    await context.sync();",
      "  }",
      "  range.load();",
      "  Office.initialize = () => undefined;",
      "  return early;",
      "}",
    ]);
    expect(found.sort()).toEqual([
      "office-addins/call-sync-before-read",
      "office-addins/no-context-sync-in-loop",
      "office-addins/no-empty-load",
      "office-addins/no-office-initialize",
    ]);
  }, 120_000);
});
