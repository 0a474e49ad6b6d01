// ESLint flat config. Besides the usual checks it enforces the layers of DESIGN.md section 5:
// the pure core imports nothing from hosts, React, office-js or Node; the task pane reaches Excel
// only through the WorkbookHost interface (and src/excel/connect for start-up).
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import officeJsRules from "./scripts/eslint-office-js.mjs";

const officeGlobals = ["Office", "Excel", "OfficeExtension"].map((name) => ({
  name,
  message: "Only src/excel/ talks to office-js; go through the WorkbookHost interface.",
}));

const uiAndHosts = [
  { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "The core is pure: no UI." },
  { group: ["@microsoft/office-js", "office-js", "exceljs", "docx", "office-addin-*"], message: "The core is pure: no office-js or file libraries." },
  { group: ["**/excel/**", "**/taskpane/**", "**/workflows/**", "**/xlsx/**", "**/cli/**", "**/preview/**", "**/pdf/**", "**/docx/**"], message: "The core never imports a host or a layer above it." },
  { group: ["node:*", "fs", "path", "os", "child_process", "http", "https"], message: "The core does no I/O." },
];

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
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: uiAndHosts }],
      "no-restricted-globals": ["error", ...officeGlobals, "document", "window", "localStorage", "fetch"],
    },
  },
  {
    files: ["src/workflows/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: uiAndHosts.filter((p) => !p.group.includes("**/workflows/**")) }],
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
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/excel/*", "!**/excel/connect"], message: "The task pane reaches Excel only through WorkbookHost (src/excel/connect starts it)." },
            { group: ["@microsoft/office-js"], message: "The task pane never uses office-js directly." },
            { group: ["exceljs", "jszip", "docx", "**/xlsx/**", "**/docx/**", "**/preview/**", "**/cli/**"], message: "The task pane's first paint stays small: file hosts and writers belong to the preview page and the command line." },
          ],
        },
      ],
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
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/**", "@microsoft/office-js", "**/cli/**", "node:*"], message: "The preview runs in a browser on the .xlsx host." }] }],
    },
  },
  {
    // The .xlsx host runs in Node (command line) and in the browser (preview): no office-js, UI or Node I/O.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/**", "**/taskpane/**", "**/preview/**", "**/cli/**", "@microsoft/office-js", "react", "react-dom", "@fluentui/*", "node:*", "fs", "path"], message: "The .xlsx host is shared by the command line and the browser preview." }] }],
    },
  },
  {
    // The Word writer turns the core's report model into a file: the docx package and the core only.
    files: ["src/docx/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals, "document", "window"],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/**", "**/taskpane/**", "**/workflows/**", "**/xlsx/**", "**/cli/**", "**/preview/**", "**/pdf/**", "@microsoft/office-js", "exceljs", "jszip", "react", "react-dom", "@fluentui/*", "node:*", "fs", "path"],
              message: "src/docx writes documents from the core's report model: it imports the docx package and the core only.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/excel/**", "**/taskpane/**", "**/preview/**", "@microsoft/office-js", "react", "react-dom", "@fluentui/*"], message: "The command line uses neither office-js nor the UI." }] }],
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
