import { spawnSync } from "node:child_process";
import path from "node:path";

// The layering rules live in eslint.config.mjs (allow-lists in scripts/layers.cjs); this proves the
// project's own configuration applies them, by linting small sources as if they sat in each layer,
// all in one ESLint run. import-allow-lists.test.ts tries every edge in-process.
interface Sample {
  readonly code: string;
  readonly filePath: string;
}

const samples = {
  coreImportsReact: { code: 'import { createRoot } from "react-dom/client";\nexport const r = createRoot;\n', filePath: "src/core/example.ts" },
  coreImportsHost: { code: 'import { ExcelWorkbookHost } from "../excel/excel-host";\nexport const h = ExcelWorkbookHost;\n', filePath: "src/core/example.ts" },
  coreImportsFs: { code: 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', filePath: "src/core/example.ts" },
  coreUsesExcel: { code: "export const n = Excel.run;\n", filePath: "src/core/example.ts" },
  paneUsesExcel: { code: "export const n = Excel.run;\n", filePath: "src/taskpane/example.ts" },
  hostUsesExcel: { code: "export const n = Excel.run;\n", filePath: "src/excel/example.ts" },
  paneConnects: { code: 'import { connectToExcel } from "../excel/connect";\nexport const c = connectToExcel;\n', filePath: "src/taskpane/example.ts" },
  paneReachesIntoHost: { code: 'import { queuePlan } from "../excel/apply-plan";\nexport const q = queuePlan;\n', filePath: "src/taskpane/example.ts" },
  paneImportsExceljs: { code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', filePath: "src/taskpane/example.ts" },
  paneImportsXlsxHost: { code: 'import { openXlsx } from "../xlsx/xlsx-file";\nexport const o = openXlsx;\n', filePath: "src/taskpane/example.ts" },
  xlsxHostImportsFs: { code: 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', filePath: "src/xlsx/example.ts" },
  previewUsesExcel: { code: "export const n = Excel.run;\n", filePath: "src/preview/example.ts" },
  cliImportsFs: { code: 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;\n', filePath: "src/cli/example.ts" },
  docxImportsDocxAndCore: { code: 'import { Document } from "docx";\nimport type { ReviewReport } from "../core/report/review-report";\nexport const d = (r: ReviewReport) => [Document, r];\n', filePath: "src/docx/example.ts" },
  docxImportsWorkflow: { code: 'import { readReviewReport } from "../workflows/review-report";\nexport const r = readReviewReport;\n', filePath: "src/docx/example.ts" },
  docxImportsExceljs: { code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', filePath: "src/docx/example.ts" },
  docxImportsFs: { code: 'import { writeFileSync } from "node:fs";\nexport const f = writeFileSync;\n', filePath: "src/docx/example.ts" },
  coreImportsDocx: { code: 'import { Document } from "docx";\nexport const d = Document;\n', filePath: "src/core/example.ts" },
  paneImportsDocxWriter: { code: 'import { reviewDocumentBytes } from "../docx/review-document";\nexport const b = reviewDocumentBytes;\n', filePath: "src/taskpane/example.ts" },
  // The ten forbidden imports issue 11 tried: lint refused five of them before the allow-lists.
  issueCoreExceljs: { code: 'import ExcelJS from "exceljs";\nexport const w = ExcelJS;\n', filePath: "src/core/example.ts" },
  issueCoreJszip: { code: 'import JSZip from "jszip";\nexport const z = JSZip;\n', filePath: "src/core/example.ts" },
  issueCoreExcel: { code: 'import { ExcelWorkbookHost } from "../excel/excel-host";\nexport const h = ExcelWorkbookHost;\n', filePath: "src/core/example.ts" },
  issueCoreTaskpane: { code: 'import { App } from "../taskpane/App";\nexport const a = App;\n', filePath: "src/core/example.ts" },
  issueWorkflowsExcel: { code: 'import { ExcelWorkbookHost } from "../excel/excel-host";\nexport const h = ExcelWorkbookHost;\n', filePath: "src/workflows/example.ts" },
  issueWorkflowsXlsx: { code: 'import { XlsxWorkbookHost } from "../xlsx/xlsx-host";\nexport const h = XlsxWorkbookHost;\n', filePath: "src/workflows/example.ts" },
  issueExcelXlsx: { code: 'import { XlsxWorkbookHost } from "../xlsx/xlsx-host";\nexport const h = XlsxWorkbookHost;\n', filePath: "src/excel/example.ts" },
  issueExcelTaskpane: { code: 'import { App } from "../taskpane/App";\nexport const a = App;\n', filePath: "src/excel/example.ts" },
  issueXlsxExcel: { code: 'import { ExcelWorkbookHost } from "../excel/excel-host";\nexport const h = ExcelWorkbookHost;\n', filePath: "src/xlsx/example.ts" },
  issueXlsxTaskpane: { code: 'import { App } from "../taskpane/App";\nexport const a = App;\n', filePath: "src/xlsx/example.ts" },
  newFolder: { code: "export const x = 1;\n", filePath: "src/newlayer/example.ts" },
  readBeforeSync: {
    code: [
      "export async function f(context: Excel.RequestContext): Promise<string> {",
      '  const range = context.workbook.worksheets.getItem("A").getRange("A1");',
      '  range.load("address");',
      "  return range.address;",
      "}",
      "",
    ].join("\n"),
    filePath: "src/excel/example.ts",
  },
} satisfies Record<string, Sample>;

const LAYERS = "layers/allowed-imports";
const ISSUE_SAMPLES = Object.keys(samples).filter((name) => name.startsWith("issue")) as (keyof typeof samples)[];

let results: Record<keyof typeof samples, string[]>;

beforeAll(() => {
  const names = Object.keys(samples) as (keyof typeof samples)[];
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-samples.mjs")], {
    input: JSON.stringify(names.map((n) => samples[n])),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`lint-samples failed: ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as string[][];
  results = Object.fromEntries(names.map((n, i) => [n, parsed[i] ?? []])) as typeof results;
}, 60_000);

describe("layering", () => {
  it("keeps React, hosts and Node I/O out of the core", () => {
    expect(results.coreImportsReact).toContain(LAYERS);
    expect(results.coreImportsHost).toContain(LAYERS);
    expect(results.coreImportsFs).toContain(LAYERS);
  });

  it("keeps office-js globals in src/excel only", () => {
    expect(results.coreUsesExcel).toContain("no-restricted-globals");
    expect(results.paneUsesExcel).toContain("no-restricted-globals");
    expect(results.hostUsesExcel).not.toContain("no-restricted-globals");
  });

  it("lets the task pane start through src/excel/connect and nothing else of the host", () => {
    expect(results.paneConnects).toEqual([]);
    expect(results.paneReachesIntoHost).toContain(LAYERS);
  });

  it("keeps exceljs and the file host out of the task pane's first paint, and Node I/O out of the shared .xlsx host", () => {
    expect(results.paneImportsExceljs).toContain(LAYERS);
    expect(results.paneImportsXlsxHost).toContain(LAYERS);
    expect(results.xlsxHostImportsFs).toContain(LAYERS);
    expect(results.previewUsesExcel).toContain("no-restricted-globals");
    expect(results.cliImportsFs).toEqual([]);
  });

  it("lets the Word writer import the docx package and the core, and nothing else; keeps docx out of the core and the pane", () => {
    expect(results.docxImportsDocxAndCore).toEqual([]);
    expect(results.docxImportsWorkflow).toContain(LAYERS);
    expect(results.docxImportsExceljs).toContain(LAYERS);
    expect(results.docxImportsFs).toContain(LAYERS);
    expect(results.coreImportsDocx).toContain(LAYERS);
    expect(results.paneImportsDocxWriter).toContain(LAYERS);
  });

  it("refuses all ten forbidden imports issue 11 tried, and code in a folder of src without an allow-list", () => {
    expect(ISSUE_SAMPLES).toHaveLength(10);
    expect(ISSUE_SAMPLES.filter((name) => !results[name].includes(LAYERS))).toEqual([]);
    expect(results.newFolder).toContain(LAYERS);
  });

  it("catches a property read before sync in the Excel host", () => {
    expect(results.readBeforeSync).toContain("office-addins/call-sync-before-read");
  });
});
