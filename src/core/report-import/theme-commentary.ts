import { labelKey } from "../label-key";
import { isNoise, type ReportLine } from "./report-lines";
import { isNextStepsHeading, type TableRegion } from "./table-regions";

/**
 * What a published review says under a theme's rating table: "Situation at the time of the IMA"
 * (the earlier round) and the progress since (the later round). Reviews write it for the theme as a
 * whole, not area by area, so it is kept with the theme; which paragraph is about which area is not
 * guessed.
 */
export interface FoundCommentary {
  readonly theme: string;
  readonly round: string;
  /** Paragraphs separated by a blank line. */
  readonly text: string;
  /** 1-based line the text starts on. */
  readonly line: number;
}

const SITUATION_HEADING = /^situation at the time of (the )?(ima|assessment|information management assessment)\b/;

// A sentence about the time of the assessment is told in the past ("had", "was"); progress since,
// in the present ("has", "is", "now"). The first sentence in the present starts the progress.
const PAST = /\b(had|was|were|did|needed)\b/i;
const PRESENT = /\b(has|have|is|are|now|does|do|remains|continues)\b/i;

interface Block {
  readonly lines: readonly ReportLine[];
  readonly theme: string;
}

/** The prose after each rating table, up to the next theme's heading or the Next steps heading. */
function proseBlocks(lines: readonly ReportLine[], regions: readonly TableRegion[], themes: readonly string[]): Block[] {
  return regions.map((region, i) => {
    const next = regions[i + 1];
    let stop = next ? next.start : lines.length;
    for (let j = region.end; j < stop; j++) {
      if (isNextStepsHeading((lines[j] as ReportLine).text)) {
        stop = j;
        break;
      }
    }
    return { lines: lines.slice(region.end, stop), theme: themes[i] ?? region.theme };
  });
}

/**
 * Paragraphs of a block: a blank line ends one, and so does a line ending a sentence that stops well
 * short of the margin (the next word would have fitted). Page numbers, footnote marks and footnote
 * addresses are left out. Each group of paragraphs between blank lines is kept apart.
 */
function paragraphGroups(block: Block): { paragraphs: string[]; line: number }[] {
  const content = block.lines.filter((l) => !SITUATION_HEADING.test(labelKey(l.text)));
  const width = content.reduce((max, l) => (isNoise(l.text) ? max : Math.max(max, l.text.length)), 0);
  const groups: { paragraphs: string[]; line: number }[] = [];
  let current: string[] = [];
  let paragraph = "";
  let firstLine = 0;
  const endParagraph = () => {
    if (paragraph.trim() !== "") current.push(paragraph.trim());
    paragraph = "";
  };
  const endGroup = () => {
    endParagraph();
    if (current.length > 0) groups.push({ paragraphs: current, line: firstLine });
    current = [];
  };
  // A blank line beside a lone page number is a page break, not the end of a group.
  const besidePageNumber = (i: number): boolean => {
    const near = (step: number): string => {
      for (let j = i + step; j >= 0 && j < content.length; j += step) if ((content[j] as ReportLine).text !== "") return (content[j] as ReportLine).text;
      return "";
    };
    return isNoise(near(-1)) || isNoise(near(1));
  };
  content.forEach((line, i) => {
    if (line.text === "") return besidePageNumber(i) ? undefined : endGroup();
    if (isNoise(line.text)) return;
    if (current.length === 0 && paragraph === "") firstLine = line.number;
    const text = line.text.replace(/([.)])\d{1,2}$/, "$1");
    paragraph = paragraph === "" ? text : paragraph.endsWith("-") && /^[a-z]/.test(text) ? paragraph + text : `${paragraph} ${text}`;
    const next = content.slice(i + 1).find((l) => !isNoise(l.text) || l.text === "");
    const nextWord = next ? next.text.split(/\s/)[0] ?? "" : "";
    if (/[.!?]["'’”)]?$/.test(text) && next !== undefined && next.text !== "" && text.length + 1 + nextWord.length <= width - 2) endParagraph();
  });
  endGroup();
  return groups;
}

function sentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?]["'’”)]?)\s+(?=[A-Z“‘"])/);
}

function isPresent(sentence: string): boolean {
  return PRESENT.test(sentence) && !PAST.test(sentence);
}

/** Paragraphs split where the progress starts: before the first sentence told in the present. */
function splitAtPresent(paragraphs: readonly string[]): { situation: string[]; progress: string[] } {
  for (let p = 0; p < paragraphs.length; p++) {
    const parts = sentences(paragraphs[p] as string);
    const s = parts.findIndex(isPresent);
    if (s < 0) continue;
    const before = parts.slice(0, s).join(" ");
    const after = parts.slice(s).join(" ");
    return {
      situation: [...paragraphs.slice(0, p), ...(before === "" ? [] : [before])],
      progress: [after, ...paragraphs.slice(p + 1)],
    };
  }
  return { situation: [...paragraphs], progress: [] };
}

/**
 * Each theme's commentary, as the earlier round's situation and the later round's progress. A blank
 * line between the two (as some reviews' text has) divides them; otherwise the first sentence in
 * the present tense does. With one round, everything belongs to it.
 */
export function themeCommentary(
  lines: readonly ReportLine[],
  regions: readonly TableRegion[],
  themes: readonly string[],
  rounds: readonly string[],
): FoundCommentary[] {
  const earlier = rounds[0];
  const later = rounds[rounds.length - 1];
  if (earlier === undefined || later === undefined) return [];
  const found: FoundCommentary[] = [];
  for (const block of proseBlocks(lines, regions, themes)) {
    const groups = paragraphGroups(block);
    const first = groups[0];
    if (first === undefined) continue;
    const all = groups.flatMap((g) => g.paragraphs);
    const split =
      earlier === later
        ? { situation: [], progress: all }
        : groups.length >= 2
          ? { situation: first.paragraphs, progress: groups.slice(1).flatMap((g) => g.paragraphs) }
          : splitAtPresent(all);
    if (split.situation.length > 0) found.push({ theme: block.theme, round: earlier, text: split.situation.join("\n\n"), line: first.line });
    if (split.progress.length > 0) found.push({ theme: block.theme, round: later, text: split.progress.join("\n\n"), line: (groups[1] ?? first).line });
  }
  return found;
}
