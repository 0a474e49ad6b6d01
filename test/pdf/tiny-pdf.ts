/**
 * A minimal PDF writer for test fixtures: one Helvetica line per text line, WinAnsi encoded, A4
 * pages. Enough for pdf.js to give back positioned text; nothing else.
 */
const WIN_ANSI: Record<string, number> = { "\u2018": 0x91, "\u2019": 0x92, "\u201C": 0x93, "\u201D": 0x94, "\u2013": 0x96, "\u2014": 0x97, "\u2022": 0x95, "\u00A9": 0xa9 };

function encodeLine(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = WIN_ANSI[ch] ?? ch.charCodeAt(0);
    const c = code > 255 ? 0x3f : code;
    if (c === 0x28 || c === 0x29 || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c < 32 || c > 126) out += "\\" + c.toString(8).padStart(3, "0");
    else out += String.fromCharCode(c);
  }
  return out;
}

export interface TinyPdfOptions {
  readonly fontSize?: number;
  readonly linesPerPage?: number;
}

/** A line of text, or cells placed at their own x positions on one baseline (a table row). */
export type TinyPdfLine = string | readonly { readonly x: number; readonly text: string }[];

export function tinyPdf(lines: readonly TinyPdfLine[], options: TinyPdfOptions = {}): Uint8Array {
  const size = options.fontSize ?? 8;
  const perPage = options.linesPerPage ?? 70;
  const pages: TinyPdfLine[][] = [];
  for (let i = 0; i < lines.length; i += perPage) pages.push(lines.slice(i, i + perPage));
  if (pages.length === 0) pages.push([]);
  const objects: string[] = [];
  const fontId = 3;
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[fontId] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  pages.forEach((page, i) => {
    const leading = size * 1.25;
    const body = page
      .flatMap((line, n) =>
        (typeof line === "string" ? [{ x: 50, text: line }] : line).map(
          (cell) => `BT /F1 ${size} Tf 1 0 0 1 ${cell.x} ${(800 - n * leading).toFixed(2)} Tm (${encodeLine(cell.text.trim())}) Tj ET`,
        ),
      )
      .join("\n");
    const id = pageIds[i] as number;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(body, "latin1")} >>\nstream\n${body}\nendstream`;
  });
  let pdf = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf, "latin1");
    pdf += `${id} 0 obj\n${objects[id] ?? "null"}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, "latin1");
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id] ?? 0).padStart(10, "0")} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, "latin1"));
}
