// `npm run bench`: times the type check and the production build (printed with their goals), then
// bundles each bench/*.bench.ts with esbuild (so the TypeScript sources and the test fake run as
// they are, without a separate build) and runs them one after another in Node.
// Figures are printed, never asserted: speed targets are read by people, not by the test suite.
//
//   npm run bench                 everything
//   npm run bench -- cli          only the benches whose file name contains "cli" (no build: the
//                                 first-paint bench then reads whatever dist/ holds)
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const only = process.argv[2];

/** CPU seconds used so far by this process's finished children (Linux /proc), or null elsewhere. */
function childrenCpuSeconds() {
  try {
    // Fields after the command name in parentheses; cutime and cstime are the 14th and 15th.
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // clock ticks, 100 a second on Linux
  } catch {
    return null;
  }
}

/**
 * Runs a command from the project folder; its wall time in seconds and, where the system tells,
 * the CPU seconds it used (on a machine shared with other work, the steadier figure).
 */
function timedSeconds(command, args) {
  const cpuBefore = childrenCpuSeconds();
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  const seconds = (performance.now() - start) / 1000;
  const cpuAfter = childrenCpuSeconds();
  return cpuBefore === null || cpuAfter === null ? { seconds } : { seconds, cpuSeconds: cpuAfter - cpuBefore };
}

function figure(label, values) {
  console.log(`${label.padEnd(44)} ${Object.entries(values).map(([k, v]) => `${k}=${typeof v === "number" ? v.toFixed(1) : v}`).join("  ")}`);
}

if (!only) {
  console.log("\n== type check, build and install");
  const tsBuildInfo = path.join(root, "build");
  if (existsSync(tsBuildInfo)) for (const f of readdirSync(tsBuildInfo)) if (f.endsWith(".tsbuildinfo")) rmSync(path.join(tsBuildInfo, f));
  figure("typecheck, from nothing (goal <= 30 s)", timedSeconds(process.execPath, ["scripts/typecheck.mjs"]));
  figure("typecheck, again unchanged", timedSeconds(process.execPath, ["scripts/typecheck.mjs"]));
  // With source maps (not linked from the bundles): the first-paint bench reads them to say which
  // package fills how much. Slightly slower than `npm run build`, which makes none.
  const webpackCli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  figure("build: webpack production (goal <= 60 s)", timedSeconds(process.execPath, [webpackCli, "--mode", "production", "--env", "sourceMaps"]));
  const du = spawnSync("du", ["-sm", path.join(root, "node_modules")], { encoding: "utf8" });
  if (du.status === 0) figure("node_modules on disk (goal <= 700 MiB)", { MiB: Number(du.stdout.split(/\s/)[0]) });
}

const benches = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
const out = mkdtempSync(path.join(tmpdir(), "rating-matrix-bench-"));
try {
  for (const file of benches) {
    const outfile = path.join(out, file.replace(/\.ts$/, ".mjs"));
    await build({
      entryPoints: [path.join(here, file)],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "error",
      // CommonJS packages (exceljs) require Node's built-ins; an ES module bundle needs a require.
      banner: { js: 'import { createRequire as __benchRequire } from "node:module"; const require = __benchRequire(import.meta.url);' },
    });
    console.log(`\n== ${file}`);
    const mod = await import(pathToFileURL(outfile).href);
    await mod.default();
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
