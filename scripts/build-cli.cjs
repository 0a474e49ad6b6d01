// Compiles the command line (src/cli and what it imports) into one CommonJS file, build/cli.cjs,
// so that `rating-matrix` starts without compiling TypeScript. exceljs and JSZip are compiled too,
// each into its own file beside it (build/exceljs.cjs, build/jszip.cjs): one file loads several
// times faster than the hundreds of modules of exceljs's package, and being separate files they
// cost nothing to the commands that never open a workbook (the .xlsx host is imported lazily, and
// esbuild keeps the `require` of those files inside the code that first needs them). Other
// packages (pdf.js, docx, esbuild) are required from node_modules where the code uses them.
//
// Run by `npm ci` (the `prepare` script) and by bin/rating-matrix.cjs whenever build/cli.cjs is
// missing or older than one of the files it was compiled from (listed in build/cli-inputs.json,
// with package-lock.json for the compiled libraries).
//
//   node scripts/build-cli.cjs          -> builds
//   require("./scripts/build-cli.cjs")  -> { buildCli (a promise), cliIsStale, CLI_FILE }
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build");
const CLI_FILE = path.join(OUT_DIR, "cli.cjs");
const INPUTS_FILE = path.join(OUT_DIR, "cli-inputs.json");

/** Libraries compiled into files of their own beside build/cli.cjs. */
const LIBRARIES = ["exceljs", "jszip"];

/** Writes `contents` to `file` through a temporary file renamed over it. */
function writeAtomically(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, contents);
  fs.renameSync(temporary, file);
}

/** Compiles src/cli/main.ts into build/cli.cjs, and the libraries beside it; lists the sources. */
async function buildCli() {
  const esbuild = require("esbuild");
  const started = new Date();
  const common = { bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "error" };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const library of LIBRARIES) {
    const [output] = (await esbuild.build({ ...common, stdin: { contents: `module.exports = require(${JSON.stringify(library)});`, resolveDir: ROOT }, outfile: path.join(OUT_DIR, `${library}.cjs`) })).outputFiles;
    writeAtomically(path.join(OUT_DIR, `${library}.cjs`), output.contents);
  }
  const result = await esbuild.build({
    ...common,
    entryPoints: [path.join(ROOT, "src", "cli", "main.ts")],
    // Packages are required from node_modules at run time, as any Node program does, except the
    // libraries above, required from their compiled files.
    packages: "external",
    plugins: [
      {
        name: "compiled-libraries",
        setup(build) {
          build.onResolve({ filter: new RegExp(`^(${LIBRARIES.join("|")})$`) }, (args) => ({ path: `./${args.path}.cjs`, external: true }));
        },
      },
    ],
    metafile: true,
    outfile: CLI_FILE,
  });
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes("node_modules"));
  inputs.push(path.relative(ROOT, __filename), "package-lock.json");
  // Written beside the target and renamed over it: two commands started at once (a test run) may
  // both compile, and neither ever runs a half-written file. The list goes first: the compiled
  // file is what says a build is complete.
  writeAtomically(INPUTS_FILE, JSON.stringify(inputs.map((file) => file.split(path.sep).join("/"))));
  const [output] = result.outputFiles;
  writeAtomically(CLI_FILE, output.contents);
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
    for (const library of LIBRARIES) fs.statSync(path.join(OUT_DIR, `${library}.cjs`));
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
  buildCli().catch((error) => {
    process.stderr.write(`build-cli: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
