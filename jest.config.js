/** @type {import('jest').Config} */
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } },
];

const common = {
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "json"],
};

module.exports = {
  // Rendering Fluent UI in jsdom, typing through user-event and linting in a child process are slow
  // on a busy 2-core CI machine; jest's default 5 s timed out there. A hang guard, not a speed check.
  // It must stand here, at the top: jest reads testTimeout from the global configuration only, and
  // silently ignored it inside each project (test/jest-config.test.ts keeps it here).
  testTimeout: 30000,
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/taskpane/setup-jsdom.ts"],
    },
    {
      // Real applications: the built preview in headless Chromium, workbooks in LibreOffice Calc.
      // Each suite skips with a message when its Debian package is not installed.
      ...common,
      displayName: "real-apps",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/e2e/**/*.e2e.ts", "<rootDir>/test/libreoffice/**/*.e2e.ts"],
      // The preview is built and served once for all its suites (only when one of them runs).
      globalSetup: "<rootDir>/test/e2e/global-setup.ts",
      globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
    },
  ],
};
