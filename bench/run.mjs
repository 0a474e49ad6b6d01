// `npm run bench`: bundles each bench/*.bench.ts with esbuild (so the TypeScript sources and the
// test fake run as they are, without a separate build) and runs them one after another in Node.
// Figures are printed, never asserted: speed targets are read by people, not by the test suite.
import { build } from "esbuild";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
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
