import type { PdfJs } from "./pdf-text";

/** Where webpack copies pdf.js's worker (webpack.config.js), beside the task pane: no CDN, works offline. */
export const PDF_WORKER_FILE = "pdf.worker.min.mjs";

/**
 * pdf.js for the task pane, loaded only when someone opens a PDF so that it stays out of the
 * first paint; its worker runs from our own server.
 */
export async function loadPdfjsForBrowser(baseUrl: string): Promise<PdfJs> {
  // The legacy build: Office on a Mac runs the pane in the system's Safari WebView, which can be
  // older than the browsers pdf.js's modern build targets.
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist/legacy/build/pdf.mjs");
  pdfjs.GlobalWorkerOptions.workerSrc = new URL(PDF_WORKER_FILE, baseUrl).href;
  return pdfjs as unknown as PdfJs;
}
