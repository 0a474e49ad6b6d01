import path from "node:path";
import { type ESLint, Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";

// Every edge between the folders of src/ (and to the packages the project uses), tried as an
// import in a small sample and linted in-process by the allow-list rule with the project's own
// allow-lists (scripts/layers.cjs). The expected table below is written out from issue 11 and
// DESIGN.md, not derived from the allow-lists, so a change to either shows up here.
// test/architecture/layers.test.ts proves eslint.config.mjs applies the rule to src/.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const layersPlugin = require("../../scripts/eslint-layers.cjs") as ESLint.Plugin;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const LAYERS = require("../../scripts/layers.cjs") as Record<string, unknown>;

const ROOT = path.resolve(__dirname, "../..");
const RULE = "layers/allowed-imports";

const FOLDERS = ["core", "workflows", "excel", "xlsx", "pdf", "docx", "taskpane", "cli", "preview", "selftest"] as const;
type Folder = (typeof FOLDERS)[number];
const PACKAGES = ["react", "react-dom/client", "@fluentui/react-components", "exceljs", "jszip", "docx", "pdfjs-dist/legacy/build/pdf.mjs", "node:fs", "path", "@microsoft/office-js", "left-pad"] as const;

const UI = ["react", "react-dom/client", "@fluentui/react-components"];
/** What each folder may import besides itself (issue 11, Build 1). */
const ALLOWED: Record<Folder, readonly string[]> = {
  core: [],
  workflows: ["src/core"],
  excel: ["src/core"],
  xlsx: ["src/core", "exceljs", "jszip"],
  pdf: ["src/core", "pdfjs-dist/legacy/build/pdf.mjs"],
  docx: ["src/core", "docx"],
  taskpane: ["src/core", "src/workflows", "src/pdf", ...UI],
  cli: ["src/core", "src/workflows", "src/xlsx", "src/pdf", "src/docx", "pdfjs-dist/legacy/build/pdf.mjs", "node:fs", "path"],
  preview: ["src/core", "src/workflows", "src/xlsx", "src/taskpane", "src/docx", ...UI, "exceljs"],
  selftest: ["src/core", "src/excel"],
};

const linter = new Linter({ cwd: ROOT, configType: "flat" });
const config: Linter.Config[] = [
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tsParser },
    plugins: { layers: layersPlugin },
    rules: { [RULE]: ["error", { layers: LAYERS }] },
  },
];

/** The allow-list rule's messages for `code` placed at `file` (relative to the project). */
function lint(code: string, file: string): string[] {
  return linter
    .verify(code, config, { filename: path.join(ROOT, file) })
    .map((m) => (m.ruleId === RULE ? m.message : `${m.ruleId ?? "parse"}: ${m.message}`));
}

function importFrom(specifier: string): string {
  return `import * as m from "${specifier}";\nexport const x = m;\n`;
}

/** Every (folder, target) pair, with whether issue 11 allows it. */
const EDGES = FOLDERS.flatMap((from) => [
  ...FOLDERS.filter((to) => to !== from).map((to) => ({ from, to, specifier: `../${to}/example`, allowed: ALLOWED[from].includes(`src/${to}`) })),
  ...PACKAGES.map((to) => ({ from, to: to as string, specifier: to as string, allowed: ALLOWED[from].includes(to) })),
]);
const FORBIDDEN = EDGES.filter((e) => !e.allowed);

describe("import allow-lists for every folder of src", () => {
  it("has an allow-list for each folder of src and no other", () => {
    expect(Object.keys(LAYERS).sort()).toEqual([...FOLDERS].sort());
  });

  it.each(FORBIDDEN.map((e) => [e.from, e.to, e.specifier] as const))("refuses src/%s -> %s", (from, _to, specifier) => {
    const messages = lint(importFrom(specifier), `src/${from}/example.ts`);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`src/${from} may not import '${specifier}'`);
  });

  it("accepts every allowed edge", () => {
    const refused = EDGES.filter((e) => e.allowed).filter((e) => lint(importFrom(e.specifier), `src/${e.from}/example.ts`).length > 0);
    expect(refused).toEqual([]);
  });

  it("refuses the ten forbidden imports that issue 11 found lint accepting or refusing", () => {
    const tried = [
      ["core", "exceljs"],
      ["core", "jszip"],
      ["core", "../excel/excel-host"],
      ["core", "../taskpane/App"],
      ["workflows", "../excel/excel-host"],
      ["workflows", "../xlsx/xlsx-host"],
      ["excel", "../xlsx/xlsx-host"],
      ["excel", "../taskpane/App"],
      ["xlsx", "../excel/excel-host"],
      ["xlsx", "../taskpane/App"],
    ] as const;
    const accepted = tried.filter(([from, specifier]) => lint(importFrom(specifier), `src/${from}/example.ts`).length === 0);
    expect(accepted).toEqual([]);
  });

  it("lets the task pane start Excel through src/excel/connect and nothing else of the Excel host", () => {
    expect(lint(importFrom("../excel/connect"), "src/taskpane/example.ts")).toEqual([]);
    expect(lint(importFrom("../excel/apply-plan"), "src/taskpane/example.ts")).toHaveLength(1);
    expect(lint(importFrom("../excel/connect"), "src/workflows/example.ts")).toHaveLength(1);
  });

  it("checks every way of importing: type-only, re-exports, dynamic import, import types and require", () => {
    const file = "src/core/checks/example.ts";
    const forms = [
      'import type { Workbook } from "exceljs";\nexport type W = Workbook;\n',
      'export { ExcelWorkbookHost } from "../../excel/excel-host";\n',
      'export * from "../../xlsx/xlsx-host";\n',
      'export const load = () => import("../../xlsx/xlsx-file");\n',
      "export const load = () => import(`jszip`);\n",
      'export type H = import("../../excel/excel-host").ExcelWorkbookHost;\n',
      'import fs = require("node:fs");\nexport const f = fs;\n',
      'export const z = require("jszip");\n',
    ];
    expect(forms.map((code) => lint(code, file).length)).toEqual(forms.map(() => 1));
    // Sub-folders of a layer belong to it: src/core/checks may import the rest of src/core.
    expect(lint(importFrom("../workbook-host"), file)).toEqual([]);
  });

  it("refuses code in a folder of src with no allow-list, and imports that leave src", () => {
    expect(lint("export const x = 1;\n", "src/newlayer/example.ts")[0]).toContain("src/newlayer has no allow-list");
    expect(lint(importFrom("../../package.json"), "src/core/example.ts")[0]).toContain("reaches outside src/");
  });
});

