/** One run of text on a PDF page, as pdf.js reports it (only the fields we use). */
export interface PositionedText {
  readonly str: string;
  /** Text matrix [a, b, c, d, x, y]: x and y of the baseline start, in page units (y grows upwards). */
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  /** pdf.js's own end-of-line mark; we rely on positions instead. */
  readonly hasEOL?: boolean;
}

interface PlacedRun {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly end: number;
  readonly size: number;
}

function placed(item: PositionedText): PlacedRun | null {
  const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform;
  if (item.str === "" && item.width === 0) return null;
  const size = Math.abs(item.height) || Math.hypot(a, b) || Math.abs(d) || 1;
  return { text: item.str, x, y, end: x + item.width, size };
}

/**
 * Rebuilds the lines of one page from positioned text runs: runs whose baselines lie within a
 * third of the text height share a line, read left to right; lines are read top to bottom, and a
 * gap of more than about one and a half lines becomes a blank line, as in text pasted from a PDF
 * viewer. A space goes between two runs only where a gap shows one.
 */
export function pageLines(items: readonly PositionedText[]): string[] {
  const runs = items.map(placed).filter((r): r is PlacedRun => r !== null && r.text.trim() !== "");
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: PlacedRun[][] = [];
  for (const run of runs) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line !== undefined && first !== undefined && Math.abs(first.y - run.y) <= Math.max(first.size, run.size) / 3) line.push(run);
    else lines.push([run]);
  }
  const out: string[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const line of lines) {
    line.sort((p, q) => p.x - q.x);
    const first = line[0] as PlacedRun;
    if (previous !== null && previous.y - first.y > previous.size * 2.2) out.push("");
    let text = "";
    let end = Number.NEGATIVE_INFINITY;
    for (const run of line) {
      const gap = run.x - end;
      if (text !== "" && gap > run.size * 0.15 && !text.endsWith(" ") && !run.text.startsWith(" ")) text += " ";
      text += run.text;
      end = Math.max(end, run.end);
    }
    out.push(text.replace(/\s+$/, ""));
    previous = { y: first.y, size: first.size };
  }
  return out;
}

/** The text of a document's pages, each page's lines followed by a blank line. */
export function documentText(pages: readonly (readonly PositionedText[])[]): string {
  return pages.map((items) => pageLines(items).join("\n")).join("\n\n");
}
