import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { PdfJs } from "../pdf/pdf-text";

/** pdf.js's legacy build, the one meant for Node, with its standard fonts read from disk (offline). */
export async function loadPdfjsForNode(): Promise<{ pdfjs: PdfJs; standardFontDataUrl: string }> {
  // Resolve from this file when running from sources (tsx, jest), else from the working folder.
  const from = typeof __filename === "string" ? __filename : path.join(process.cwd(), "index.js");
  const require = createRequire(from);
  const root = path.dirname(require.resolve("pdfjs-dist/package.json"));
  const pdfjs = (await import(pathToFileURL(path.join(root, "legacy", "build", "pdf.mjs")).href)) as PdfJs;
  return { pdfjs, standardFontDataUrl: path.join(root, "standard_fonts") + path.sep };
}
