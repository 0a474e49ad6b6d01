import { existsSync } from "node:fs";
import path from "node:path";
import { row } from "./measure";
// The measuring code is shared with scripts/first-paint-size.mjs.
// @ts-expect-error: a plain ES module without type declarations
import { bundleOwners, measureFirstPaint } from "../scripts/first-paint-size.mjs";

interface FirstPaint {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}

type Owners = { owner: string; bytes: number; gzipBytes: number }[] | null;

/** The goal for what taskpane.html downloads before its first paint, gzipped. */
const GOAL_KIB = 125;
/** Owners smaller than this (KiB gzipped) are summed on one line. */
const SMALLEST_LISTED_KIB = 1;

export default async function bench(): Promise<void> {
  const dist = path.resolve(process.cwd(), "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    console.log("No production build in dist/: run `npm run build` first (npm run bench does).");
    return;
  }
  const measured = (await measureFirstPaint(dist)) as FirstPaint;
  for (const file of measured.files) {
    row(`first paint: ${file.file}`, { gzipKiB: file.gzipBytes / 1024, rawKiB: file.bytes / 1024 });
    const owners = bundleOwners(dist, file.file) as Owners;
    if (owners === null) {
      console.log("  (no source map beside it: build with `webpack --mode production --env sourceMaps` to see what fills it)");
      continue;
    }
    const listed = owners.filter((o) => o.gzipBytes / 1024 >= SMALLEST_LISTED_KIB);
    for (const o of listed) row(`  ${o.owner}`, { gzipKiB: o.gzipBytes / 1024, minifiedKiB: o.bytes / 1024 });
    const rest = owners.filter((o) => !listed.includes(o));
    if (rest.length > 0) row(`  ${rest.length} others under ${SMALLEST_LISTED_KIB} KiB each`, { gzipKiB: rest.reduce((s, o) => s + o.gzipBytes, 0) / 1024 });
  }
  row(`first paint: total (goal <= ${GOAL_KIB} KiB gzipped)`, { gzipKiB: measured.totalGzipBytes / 1024 });
  console.log("  (a package's gzipped share is its share of the file's minified bytes, applied to the gzipped file)");
}
