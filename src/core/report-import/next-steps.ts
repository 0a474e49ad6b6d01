import { continuesLine } from "./area-labels";
import { indentOf, isNoise, opensListItem, withoutListNumber, type ReportLine } from "./report-lines";
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
  /** It opens with a bullet or an item number that survived extraction. */
  readonly marked: boolean;
  readonly indent: number;
}

const SENTENCE_END = /[.;!?:]["'’”)]?$/;

function firstWord(text: string): string {
  const space = text.search(/\s/);
  return space < 0 ? text : text.slice(0, space);
}

/**
 * Where one item ends and the next begins. The shape of the whole list decides first: where the PDF
 * kept bullets or item numbers, they mark every item; where items hang (later lines indented more
 * than first lines), the indentation does; where every item ends a sentence, a line after one that
 * does not is the same item, whatever its first letter ("Microsoft Teams ..." continuing a line).
 * Otherwise a line continues the item above when it starts in lower case or the line above ends on
 * "and", "the", "with"...; a line starting with a capital starts a new item when the line above ends
 * a sentence, a blank gap separates them (in a list whose items are spaced), or the first word of the
 * line would have fitted on the line above (so the line above ended where its item did).
 */
function startsNewItem(previous: ListLine, next: ListLine, list: ListShape): boolean {
  if (list.marked) return next.marked;
  if (list.hanging) return next.indent === list.firstIndent;
  if (continuesLine(previous.text, next.text)) return false;
  if (SENTENCE_END.test(previous.text)) return true;
  if (list.spaced && next.afterGap) return true;
  if (list.sentences) return false;
  if (list.itemsOpenWithIng && /^[A-Z][a-z]+ing$/.test(firstWord(next.text))) return true;
  return previous.text.length + 1 + firstWord(next.text).length <= list.width;
}

interface ListShape {
  /** The longest line: where the margin is. */
  readonly width: number;
  /** Items are separated by blank lines. */
  readonly spaced: boolean;
  /** Bullets or numbers open the items (at least two of them, the first line among them). */
  readonly marked: boolean;
  /** Items hang: first lines share the least indentation, and other lines are indented more. */
  readonly hanging: boolean;
  readonly firstIndent: number;
  /** Every item ends a sentence: the list ends with one and each line that ends one is followed by a capital. */
  readonly sentences: boolean;
  /** Most items found so far open with a word in "-ing" ("Identifying", "Ensuring"...). */
  itemsOpenWithIng: boolean;
}

function listShape(list: readonly ListLine[]): ListShape {
  const first = list[0];
  const firstIndent = list.reduce((min, l) => Math.min(min, l.indent), Infinity);
  const ending = list.filter((l) => SENTENCE_END.test(l.text));
  const endsBeforeCapital = list.every((l, i) => {
    const after = list[i + 1];
    return !SENTENCE_END.test(l.text) || after === undefined || /^[A-Z0-9"'‘“(]/.test(after.text);
  });
  return {
    width: list.reduce((max, l) => Math.max(max, l.text.length), 0),
    spaced: list.slice(1).some((l) => l.afterGap),
    marked: first !== undefined && first.marked && list.filter((l) => l.marked).length >= 2,
    hanging: first !== undefined && first.indent === firstIndent && list.some((l) => l.indent > firstIndent) && list.filter((l) => l.indent === firstIndent).length >= 2,
    firstIndent,
    sentences: ending.length >= 2 && SENTENCE_END.test(list[list.length - 1]?.text ?? "") && endsBeforeCapital,
    itemsOpenWithIng: false,
  };
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
    list.push({ text: line.text, line: line.number, afterGap: gap, marked: opensListItem(line), indent: indentOf(line) });
    gap = false;
  }
  const shape = listShape(list);
  const items: { text: string; line: number }[] = [];
  let ingOpenings = 0;
  let previous: ListLine | null = null;
  for (const line of list) {
    const current = items[items.length - 1];
    shape.itemsOpenWithIng = items.length >= 2 && ingOpenings * 2 > items.length;
    if (previous !== null && current !== undefined && !startsNewItem(previous, line, shape)) {
      current.text = current.text.endsWith("-") && /^[a-z]/.test(line.text) ? current.text.slice(0, -1) + line.text : `${current.text} ${line.text}`;
    } else {
      items.push({ text: shape.marked ? withoutListNumber(line.text) : line.text, line: line.line });
      if (/^[A-Z][a-z]+ing$/.test(firstWord(line.text))) ingOpenings++;
    }
    previous = line;
  }
  return items.map((item) => ({ text: withoutFootnoteMark(item.text), line: item.line }));
}
