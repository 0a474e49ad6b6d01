// ESLint flat config. Besides the usual checks it enforces the layers of DESIGN.md section 5 as
// allow-lists (scripts/layers.cjs, checked by scripts/eslint-layers.cjs): the pure core imports only
// itself; workflows the core; each host and file library the core and its own package; the task
// pane the core and workflows, reaching Excel only through the WorkbookHost interface (and
// src/excel/connect for start-up); the command line and the preview what they compose. office-js's
// globals are for src/excel only.
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeJsRules from "./scripts/eslint-office-js.mjs";
import layersPlugin from "./scripts/eslint-layers.cjs";
import LAYERS from "./scripts/layers.cjs";

const officeGlobals = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/excel/ talks to office-js; go through the WorkbookHost interface.",
}));

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    plugins: { layers: layersPlugin },
    rules: { "layers/allowed-imports": ["error", { layers: LAYERS }] },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, "document", "window", "localStorage", "fetch"],
    },
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // The browser preview: React like the task pane, on the .xlsx host; never office-js.
    files: ["src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // The .xlsx host runs in Node (command line) and in the browser (preview): no office-js, UI or Node I/O.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // The Word writer turns the core's report model into a file: the docx package and the core only.
    files: ["src/docx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, "document", "window"],
    },
  },
  {
    files: ["src/pdf/**/*.ts", "src/selftest/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
    },
  },
  {
    // Load/sync mistakes with office-js: local rules under eslint-plugin-office-addins' names
    // (scripts/eslint-office-js.mjs says which of its rules were kept and why).
    files: ["src/excel/**/*.ts"],
    plugins: { "office-addins": officeJsRules },
    rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly", console: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
