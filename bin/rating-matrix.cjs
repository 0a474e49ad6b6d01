#!/usr/bin/env node
// The `rating-matrix` command line; the commands are in src/cli/. It runs build/cli.cjs, the
// compiled sources that `npm ci` makes (scripts/build-cli.cjs); if that file is missing or older
// than a source file it was made from, it is compiled again first (about a second), so an edited
// source never runs stale and nothing is compiled on an ordinary start.
"use strict";
const { existsSync } = require("node:fs");
const { format } = require("node:util");
const path = require("node:path");
const { buildCli, cliIsStale, CLI_FILE } = require("../scripts/build-cli.cjs");

const compiled = existsSync(path.join(__dirname, "..", "src", "cli", "main.ts")) && cliIsStale() ? buildCli() : Promise.resolve();
// `npm run cli -- ...` runs from the project folder; file names are meant from where npm was typed.
if (process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);

// stdout carries only what a command prints (with --json, the JSON alone): whatever a library
// logs with console.log, console.info or console.debug goes to stderr instead.
for (const method of ["log", "info", "debug"]) console[method] = (...args) => process.stderr.write(`${format(...args)}\n`);

compiled
  .then(() =>
    require(CLI_FILE).runCli(process.argv.slice(2), {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      cwd: process.cwd(),
      errIsTerminal: process.stderr.isTTY === true,
      errPartial: (text) => process.stderr.write(text),
    }),
  )
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`rating-matrix: unexpected error, please report it: ${error && error.message ? error.message.split("\n")[0] : String(error)}\n`);
      process.exitCode = 3;
    },
  );
