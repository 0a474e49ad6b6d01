// Runs many command lines in one Node process, through the compiled CLI as the bin runs it, and
// prints their results as JSON: [{ code, out, err }]. For inputs the test process cannot run
// in-process (PDFs: pdf.js is an ES module jest cannot load) without paying a process per run.
// Library logging goes where the bin sends it (stderr, here the run's `err`), never into `out`.
//   node test/cli/run-many.cjs <runs.json>   (runs.json: [["import", "a.pdf", "--json"], ...])
"use strict";
const { readFileSync } = require("node:fs");
const { format } = require("node:util");
const { buildCli, cliIsStale, CLI_FILE } = require("../../scripts/build-cli.cjs");

async function main() {
  if (cliIsStale()) await buildCli();
  const { runCli } = require(CLI_FILE);
  const runs = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const results = [];
  for (const argv of runs) {
    const out = [];
    const err = [];
    for (const method of ["log", "info", "debug", "warn", "error"]) console[method] = (...args) => err.push(format(...args));
    const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: process.cwd() });
    results.push({ code, out: out.join("\n"), err: err.join("\n") });
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(`run-many: ${error && error.stack ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
