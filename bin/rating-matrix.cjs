#!/usr/bin/env node
// The `rating-matrix` command line. It runs the TypeScript sources through tsx, so it works right
// after `npm ci` with no build step. The commands are in src/cli/.
"use strict";
const path = require("node:path");
const { register } = require("tsx/cjs/api");

register();
// `npm run cli -- ...` runs from the project folder; file names are meant from where npm was typed.
if (process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
const { runCli } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`rating-matrix: unexpected error, please report it: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
    process.exitCode = 3;
  },
);
