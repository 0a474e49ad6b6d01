// Runs `rating-matrix import` from the TypeScript sources in a child process (pdf.js is an ES
// module that jest's CommonJS runtime cannot load): node test/cli/run-import.cjs <args...>
"use strict";
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
const { importCommand } = require(path.join(__dirname, "..", "..", "src", "cli", "import-command.ts"));

importCommand(process.argv.slice(2), { cwd: process.cwd() }).then((result) => {
  if (result.stdout) process.stdout.write(`${result.stdout}\n`);
  if (result.stderr) process.stderr.write(`${result.stderr}\n`);
  process.exitCode = result.exitCode;
});
