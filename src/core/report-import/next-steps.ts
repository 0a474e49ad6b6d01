import { continuesLine } from "./area-labels";
import { isNoise, type ReportLine } from "./report-lines";
import { isNextStepsHeading } from "./table-regions";

export interface FoundNextStep {
  readonly text: string;
  readonly line: number;
}

const INTRO_SEARCH = 12;

interface ListLine {
  readonly text: string;
  readonly line: number;
  /** Blank lines (lost bullets, gaps between items) came before it. */
  readonly afterGap: boolean;
}

function firstWord(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? text : text.slice(0, space);
}

/**
 * Where one item ends and the next begins, when extraction lost the bullets. A line continues the
 * item above when it starts in lower case or the line above ends on "and", "the", "with"...; a
 * line starting with a capital starts a new item when the line above ends a sentence, a blank
 * gap separates them (in a list whose items are spaced), or the first word of the line would have
 * fitted on the line above (so the line above ended where its item did, not where the margin was).
 */
function startsNewItem(previous: ListLine, next: ListLine, list: ListShape): boolean {
  if (continuesLine(previous.text, next.text)) return false;
  if (/[.;!?:]["'’”)]?$/.test(previous.text)) return true;
  if (list.spaced && next.afterGap) return true;
  if (list.itemsOpenWithIng && /^[A-Z][a-z]+ing$/.test(firstWord(next.text))) return true;
  return previous.text.length + 1 + firstWord(next.text).length <= list.width;
}

interface ListShape {
  /** The longest line: where the margin is. */
  readonly width: number;
  /** Items are separated by blank lines. */
  readonly spaced: boolean;
  /** Most items found so far open with a word in "-ing" ("Identifying", "Ensuring"...). */
  itemsOpenWithIng: boolean;
}

/** Strips a footnote mark left glued to the end of an item ("progressed.2"). */
function withoutFootnoteMark(text: string): string {
  return text.replace(/([.)])\d{1,2}$/, "$1");
}

/** The Next steps list: the lines after the last "Next steps" heading and its introduction. */
export function nextSteps(lines: readonly ReportLine[]): FoundNextStep[] {
  let heading = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isNextStepsHeading((lines[i] as ReportLine).text)) {
      heading = i;
      break;
    }
  }
  if (heading < 0) return [];
  let start = heading + 1;
  let seen = 0;
  for (let i = heading + 1; i < lines.length && seen < INTRO_SEARCH; i++) {
    const text = (lines[i] as ReportLine).text;
    if (isNoise(text)) continue;
    seen++;
    if (text.endsWith(":")) {
      start = i + 1;
      break;
    }
  }
  const list: ListLine[] = [];
  let gap = false;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] as ReportLine;
    if (isNoise(line.text)) {
      if (line.text === "") gap = true;
      continue;
    }
    list.push({ text: line.text, line: line.number, afterGap: gap });
    gap = false;
  }
  const shape: ListShape = {
    width: list.reduce((max, l) => Math.max(max, l.text.length), 0),
    spaced: list.slice(1).some((l) => l.afterGap),
    itemsOpenWithIng: false,
  };
  const items: { text: string; line: number }[] = [];
  let ingOpenings = 0;
  let previous: ListLine | null = null;
  for (const line of list) {
    const current = items[items.length - 1];
    shape.itemsOpenWithIng = items.length >= 2 && ingOpenings * 2 > items.length;
    if (previous !== null && current !== undefined && !startsNewItem(previous, line, shape)) {
      current.text = current.text.endsWith("-") && /^[a-z]/.test(line.text) ? current.text.slice(0, -1) + line.text : `${current.text} ${line.text}`;
    } else {
      items.push({ text: line.text, line: line.line });
      if (/^[A-Z][a-z]+ing$/.test(firstWord(line.text))) ingOpenings++;
    }
    previous = line;
  }
  return items.map((item) => ({ text: withoutFootnoteMark(item.text), line: item.line }));
}
