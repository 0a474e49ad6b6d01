import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parsePpm, type Pixels } from "./ppm";

/**
 * Runs LibreOffice headless with a private profile, so that it neither reuses nor disturbs another
 * LibreOffice running on the machine. Converts `file` and returns the path of the result.
 */
export function convertWithLibreOffice(file: string, format: "pdf" | "xlsx", outDir: string): string {
  const profile = mkdtempSync(path.join(tmpdir(), "rating-matrix-lo-profile-"));
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file], {
    stdio: "pipe",
    timeout: 120_000,
  });
  return path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`);
}

/** Every page of a PDF as pixels, through poppler's pdftoppm. */
export function pdfPages(pdf: string, dpi = 50): Pixels[] {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-pages-"));
  execFileSync("pdftoppm", ["-r", String(dpi), pdf, path.join(dir, "page")], { stdio: "pipe", timeout: 60_000 });
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ppm"))
    .sort()
    .map((f) => parsePpm(readFileSync(path.join(dir, f))));
}
