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
      // Rendering Fluent UI in jsdom and typing through user-event is slow on a busy 2-core CI
      // machine; 5 s (jest's default) timed out there. This is a hang guard, not a speed check.
      testTimeout: 30000,
    },
  ],
};
