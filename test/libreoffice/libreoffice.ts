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
  return convertAllWithLibreOffice([file], format, outDir)[0] as string;
}

/**
 * Converts several files in one LibreOffice start (each start costs seconds on a busy machine);
 * .xlsx and .docx may be mixed. Returns the paths of the results, in order.
 */
export function convertAllWithLibreOffice(files: readonly string[], format: "pdf" | "xlsx", outDir: string, timeout = 120_000): string[] {
  const profile = mkdtempSync(path.join(tmpdir(), "rating-matrix-lo-profile-"));
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout,
  });
  return files.map((file) => path.join(outDir, `${path.basename(file, path.extname(file))}.${format}`));
}

/** Every page of a PDF (or its first `lastPage`) as pixels, through poppler's pdftoppm. */
export function pdfPages(pdf: string, dpi = 50, lastPage?: number): Pixels[] {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-pages-"));
  const range = lastPage === undefined ? [] : ["-l", String(lastPage)];
  execFileSync("pdftoppm", ["-r", String(dpi), ...range, pdf, path.join(dir, "page")], { stdio: "pipe", timeout: 60_000 });
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ppm"))
    .sort()
    .map((f) => parsePpm(readFileSync(path.join(dir, f))));
}
