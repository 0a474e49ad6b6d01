// The floor the command-line benches are measured against: a Node process that loads exceljs and
// reads the workbook with it, and nothing else (with --write, also writes it back to an .xlsx in
// memory, the floor of a command that writes a workbook). A command that does this and more cannot
// be faster; the bench prints each command's time as a multiple of it, the two run in turn.
// It loads exceljs as the command line does, from build/exceljs.cjs (compiled into one file, which
// loads faster than the package's hundreds of modules), so the ratio is the commands' own work.
//
// Given several files, it reads them one after another (the floor of `portfolio`, which reads many).
//
//   node bench/read-with-exceljs.cjs <file.xlsx>... [--write]
"use strict";
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");

const compiled = path.join(__dirname, "..", "build", "exceljs.cjs");
const ExcelJS = require(existsSync(compiled) ? compiled : "exceljs");

async function main() {
  for (const file of process.argv.slice(2).filter((a) => a !== "--write")) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file));
    if (process.argv.includes("--write")) await workbook.xlsx.writeBuffer();
  }
}

main().catch((error) => {
  process.stderr.write(`read-with-exceljs: ${error.message}\n`);
  process.exitCode = 1;
});
