import type { LabelToken } from "./table-tokens";

/** An area label put back together from the lines it was split over. */
export interface AreaLabel {
  readonly text: string;
  /** Table order of its first and last lines. */
  readonly first: number;
  readonly last: number;
  readonly line: number;
}

// Words a label line does not end on unless the label goes on to the next line.
const CONNECTORS = new Set(["and", "or", "of", "as", "to", "the", "a", "an", "for", "in", "on", "with", "through", "by", "at", "from", "into", "its", "their", "&"]);

/** True when `next` continues the text of `previous` rather than starting something new. */
export function continuesLine(previous: string, next: string): boolean {
  const first = next.charAt(0);
  if (first !== "" && first === first.toLocaleLowerCase("en-GB") && first !== first.toLocaleUpperCase("en-GB")) return true;
  if (/[,\-–]$/.test(previous)) return true;
  const words = previous.split(/\s+/);
  const lastWord = (words[words.length - 1] ?? "").toLocaleLowerCase("en-GB");
  return CONNECTORS.has(lastWord);
}

function joinLines(previous: string, next: string): string {
  return previous.endsWith("-") && /^[a-z]/.test(next) ? previous.slice(0, -1) + next : `${previous} ${next}`;
}

/** Groups label lines into area labels: a line starting lower-case, or after "and", "of"..., continues one. */
export function areaLabels(labels: readonly LabelToken[]): AreaLabel[] {
  const areas: AreaLabel[] = [];
  let current: { text: string; first: number; last: number; line: number } | null = null;
  for (const label of labels) {
    if (current !== null && continuesLine(current.text, label.text)) {
      current.text = joinLines(current.text, label.text);
      current.last = label.order;
      continue;
    }
    if (current !== null) areas.push(current);
    current = { text: label.text, first: label.order, last: label.order, line: label.line };
  }
  if (current !== null) areas.push(current);
  return areas;
}
