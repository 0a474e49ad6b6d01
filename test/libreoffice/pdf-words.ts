import { execFileSync } from "node:child_process";

/** A word as poppler's pdftotext -bbox-layout places it on its page, in points from the top left. */
export interface PdfWord {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

function unescape(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** Every page of a PDF with its words' boxes. */
export function pdfWords(pdf: string): PdfPage[] {
  const xml = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 30, timeout: 120_000 });
  return xml
    .split("<page ")
    .slice(1)
    .map((part, i) => {
      const size = /width="([\d.]+)" height="([\d.]+)"/.exec(part);
      const words = [...part.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        page: i + 1,
        text: unescape(m[5] ?? ""),
        x0: Number(m[1]),
        y0: Number(m[2]),
        x1: Number(m[3]),
        y1: Number(m[4]),
      }));
      return { number: i + 1, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), words };
    });
}

/**
 * Pairs of words drawn over each other: their boxes share more than a quarter of the smaller
 * word's height and of the narrower word's width. (Consecutive lines of one wrapped cell touch by a
 * point or so, since a word's box is taller than the line spacing: that is not an overlap.)
 */
export function overlappingWords(page: PdfPage): [PdfWord, PdfWord][] {
  const pairs: [PdfWord, PdfWord][] = [];
  const words = [...page.words].sort((a, b) => a.y0 - b.y0);
  for (let i = 0; i < words.length; i++) {
    const a = words[i] as PdfWord;
    for (let j = i + 1; j < words.length; j++) {
      const b = words[j] as PdfWord;
      if (b.y0 >= a.y1) break;
      const width = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const height = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (width > 0.25 * Math.min(a.x1 - a.x0, b.x1 - b.x0) && height > 0.25 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** The PDF's text in the order it was drawn (pdftotext -raw), whitespace folded to single spaces. */
export function drawnText(pdf: string): string {
  return execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 30, timeout: 120_000 }).replace(/\s+/g, " ");
}
