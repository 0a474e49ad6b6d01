import { existsSync } from "node:fs";
import path from "node:path";
import { row } from "./measure";
// The measuring code is shared with scripts/first-paint-size.mjs.
// @ts-expect-error: a plain ES module without type declarations
import { measureFirstPaint } from "../scripts/first-paint-size.mjs";

interface FirstPaint {
  files: { file: string; bytes: number; gzipBytes: number }[];
  totalGzipBytes: number;
}

export default async function bench(): Promise<void> {
  const dist = path.resolve(process.cwd(), "dist");
  if (!existsSync(path.join(dist, "taskpane.html"))) {
    console.log("No production build in dist/: run `npm run build` first (npm run bench does).");
    return;
  }
  const measured = (await measureFirstPaint(dist)) as FirstPaint;
  for (const file of measured.files) row(`first paint: ${file.file}`, { gzipKB: file.gzipBytes / 1024, rawKB: file.bytes / 1024 });
  row("first paint: total (target <= 150 KB gzipped)", { gzipKB: measured.totalGzipBytes / 1024 });
}
