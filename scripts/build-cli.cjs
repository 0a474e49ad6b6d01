// Compiles the command line (src/cli and what it imports) into one CommonJS file, build/cli.cjs,
// so that `rating-matrix` starts without compiling TypeScript. Libraries stay in node_modules and
// are required where the code imports them; the .xlsx host (exceljs) and pdf.js are imported
// lazily by the commands that need them, so esbuild keeps their `require` inside the function that
// first runs that part of the code.
//
// Run by `npm ci` (the `prepare` script) and by bin/rating-matrix.cjs whenever build/cli.cjs is
// missing or older than one of the files it was compiled from (listed in build/cli-inputs.json).
//
//   node scripts/build-cli.cjs          -> builds
//   require("./scripts/build-cli.cjs")  -> { buildCli, cliIsStale, CLI_FILE }
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build");
const CLI_FILE = path.join(OUT_DIR, "cli.cjs");
const INPUTS_FILE = path.join(OUT_DIR, "cli-inputs.json");

/** Compiles src/cli/main.ts into build/cli.cjs; writes the list of source files it was made from. */
function buildCli() {
  const esbuild = require("esbuild");
  const started = new Date();
  const result = esbuild.buildSync({
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // Packages are required from node_modules at run time, as any Node program does.
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "error",
    outfile: CLI_FILE,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
  inputs.push(path.relative(ROOT, __filename));
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Written beside the target and renamed over it: two commands started at once (a test run) may
  // both compile, and neither ever runs a half-written file.
  const temporary = `${CLI_FILE}.${process.pid}.tmp`;
  const [output] = result.outputFiles;
  fs.writeFileSync(temporary, output.contents);
  fs.writeFileSync(`${INPUTS_FILE}.${process.pid}.tmp`, JSON.stringify(inputs.map((file) => file.split(path.sep).join("/"))));
  fs.renameSync(`${INPUTS_FILE}.${process.pid}.tmp`, INPUTS_FILE);
  fs.renameSync(temporary, CLI_FILE);
  // Dated from the start of the build: a source saved while it ran still counts as newer.
  fs.utimesSync(CLI_FILE, started, started);
}

/**
 * True when build/cli.cjs must be (re)made: it is missing, or a file it was compiled from changed
 * since. A file the sources newly import shows up as a change in the file that imports it.
 */
function cliIsStale() {
  let built;
  let inputs;
  try {
    built = fs.statSync(CLI_FILE).mtimeMs;
    inputs = JSON.parse(fs.readFileSync(INPUTS_FILE, "utf8"));
  } catch {
    return true;
  }
  for (const input of inputs) {
    let changed;
    try {
      changed = fs.statSync(path.join(ROOT, input)).mtimeMs;
    } catch {
      return true; // a source file was removed or renamed
    }
    if (changed > built) return true;
  }
  return false;
}

module.exports = { buildCli, cliIsStale, CLI_FILE };

if (require.main === module) {
  try {
    buildCli();
  } catch (error) {
    process.stderr.write(`build-cli: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
