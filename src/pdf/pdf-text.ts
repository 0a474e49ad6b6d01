import { documentText, type PositionedText } from "./text-lines";

/** The part of pdf.js's API the import uses, so the browser and Node builds fit the same code. */
export interface PdfJs {
  getDocument(source: PdfSource): { promise: Promise<PdfDocument> };
}

export interface PdfSource {
  readonly data: Uint8Array;
  readonly isEvalSupported: boolean;
  readonly disableFontFace: boolean;
  readonly useSystemFonts: boolean;
  readonly stopAtErrors: boolean;
  /** 0: errors only. pdf.js logs its warnings with console.log, which would land on stdout. */
  readonly verbosity: number;
  readonly standardFontDataUrl?: string;
}

interface PdfDocument {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

interface PdfPage {
  getTextContent(): Promise<{ readonly items: readonly (PositionedText | { readonly type: string })[] }>;
}

/** Why a file could not be read as a PDF, in words for the user. */
export class PdfReadError extends Error {}

function isText(item: PositionedText | { readonly type: string }): item is PositionedText {
  return "str" in item;
}

/**
 * The text of a PDF with its line breaks rebuilt from where each piece of text sits on the page
 * (pdf.js gives runs of text, not lines). Works offline: no fonts or workers are fetched.
 */
export async function pdfText(data: Uint8Array, pdfjs: PdfJs, standardFontDataUrl?: string): Promise<string> {
  if (data.length < 5 || String.fromCharCode(...data.subarray(0, 5)) !== "%PDF-") {
    throw new PdfReadError("This file is not a PDF (it does not start with %PDF-).");
  }
  let document: PdfDocument;
  try {
    document = await pdfjs.getDocument({
      // pdf.js takes ownership of the buffer it is given; keep the caller's intact.
      data: data.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
      ...(standardFontDataUrl === undefined ? {} : { standardFontDataUrl }),
    }).promise;
  } catch (error) {
    const reason = error instanceof Error && /password/i.test(error.message) ? "it is protected by a password" : "it is damaged or not a PDF";
    throw new PdfReadError(`This PDF could not be opened: ${reason}.`);
  }
  try {
    const pages: PositionedText[][] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isText));
    }
    const text = documentText(pages);
    if (text.trim() === "") throw new PdfReadError("This PDF has no text to read (it may be scanned images): paste the text instead.");
    return text;
  } finally {
    await document.destroy();
  }
}
