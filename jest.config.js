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
    },
  ],
};
