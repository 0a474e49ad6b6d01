import { PdfReadError, pdfText } from "../pdf/pdf-text";

/** The text of a file the user chose: a PDF's text rebuilt from positions, or a text file as it is. */
export async function readReportFile(file: File): Promise<string> {
  const data = new Uint8Array(await file.arrayBuffer());
  const isPdf = /\.pdf$/i.test(file.name) || file.type === "application/pdf";
  if (!isPdf) {
    if (data.includes(0)) throw new PdfReadError(`"${file.name}" is neither a PDF nor a text file.`);
    return new TextDecoder("utf-8").decode(data);
  }
  const { loadPdfjsForBrowser } = await import(/* webpackChunkName: "pdf-import" */ "../pdf/load-pdfjs-browser");
  return pdfText(data, await loadPdfjsForBrowser(document.baseURI));
}
