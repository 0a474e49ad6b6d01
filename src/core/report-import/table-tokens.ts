import { hasYear } from "../round-label";
import { isNoise, wordCount, type ReportLine } from "./report-lines";
import type { RatingPhrases } from "./rating-phrases";

/** A rating phrase found in a table, possibly put together from pieces on several lines. */
export interface RatingToken {
  readonly kind: "rating";
  /** Order in the table: a phrase counts where it starts. */
  readonly order: number;
  readonly text: string;
  /** Line the phrase starts on. */
  readonly line: number;
  /** Found at the end of an area label's line ("Oversight of records and Satisfactory"). */
  readonly besideLabel: boolean;
  /** Another reading exists: the words could belong to a label, or the pieces could stand apart. */
  readonly uncertain: boolean;
  /** Only the first words of a level were found, never the rest. */
  readonly unfinished: boolean;
  /** A blank line came before the line it starts on: a block of cells may start here. */
  readonly afterGap: boolean;
}

export interface LabelToken {
  readonly kind: "label";
  readonly order: number;
  readonly text: string;
  readonly line: number;
}

export interface RoundToken {
  readonly kind: "round";
  readonly order: number;
  readonly text: string;
  readonly line: number;
}

export type TableToken = RatingToken | LabelToken | RoundToken;

const MAX_ROUND_WORDS = 5;
// Longest end of a level that can complete a phrase at the end of a line.
const MAX_TAIL_WORDS = 5;

function isRoundLabel(text: string): boolean {
  return text.length <= 80 && wordCount(text) <= MAX_ROUND_WORDS * 2 && hasYear(text) && roundLabels(text).every((r) => wordCount(r) <= MAX_ROUND_WORDS);
}

/** Round headers that shared a line ("IMA 2015 Review 2017") split after each year. */
function roundLabels(text: string): string[] {
  const parts = text.split(/(?<=\b(?:19|20)\d{2}(?:\/\d{2})?)\s+(?=\S)/).map((part) => part.trim()).filter((part) => part !== "");
  return parts.every(hasYear) ? parts : [text];
}

interface Pending {
  order: number;
  afterGap: boolean;
  text: string;
  line: number;
  lastLine: number;
  uncertain: boolean;
}

/**
 * Reads the lines of one table (between its caption and the prose after it) into round headers,
 * area-label lines and rating phrases, in the order extraction gave them.
 */
export function tableTokens(lines: readonly ReportLine[], phrases: RatingPhrases): TableToken[] {
  const tokens: TableToken[] = [];
  // Held in an object: the helpers below set it, which narrowing of a plain variable does not see.
  const state: { pending: Pending | null } = { pending: null };
  let previousLine = -1;
  // A blank line came before the line being read (page numbers and URLs are skipped, not gaps).
  let afterGap = false;
  let blankSeen = false;
  const finish = (p: Pending, unfinished: boolean): void => {
    tokens[p.order] = { kind: "rating", order: p.order, text: p.text, line: p.line, besideLabel: false, uncertain: p.uncertain || unfinished, unfinished, afterGap: p.afterGap };
  };
  const push = (token: Omit<LabelToken, "order"> | Omit<RoundToken, "order"> | Omit<RatingToken, "order" | "afterGap">): void => {
    tokens.push((token.kind === "rating" ? { ...token, order: tokens.length, afterGap } : { ...token, order: tokens.length }) as TableToken);
  };
  const startPending = (text: string, line: number): void => {
    state.pending = { order: tokens.length, afterGap, text, line, lastLine: line, uncertain: false };
    // Reserve the slot so the phrase keeps its place in reading order.
    push({ kind: "label", text, line });
  };
  /** A line, or what is left of it, with no unfinished phrase to complete. */
  const readCells = (text: string, line: number): void => {
    const kind = phrases.classify(text);
    if (kind === "rating") {
      push({ kind: "rating", text, line, besideLabel: false, uncertain: false, unfinished: false });
    } else if (isRoundLabel(text)) {
      for (const round of roundLabels(text)) push({ kind: "round", text: round, line });
    } else if (kind === "opening" && state.pending === null) {
      startPending(text, line);
    } else {
      // Cells that shared a line with a label, or with each other: a row on one baseline.
      const split = phrases.trailingRatings(text);
      if (split !== null && (split.label !== "" || split.ratings.length > 1 || split.opening !== null)) {
        const besideLabel = split.label !== "";
        // One level at the end of a label could be part of the label's words; a run of them is a row.
        const uncertain = besideLabel && split.ratings.length === 1 && split.opening === null;
        if (besideLabel) push({ kind: "label", text: split.label, line });
        for (const rating of split.ratings) push({ kind: "rating", text: rating, line, besideLabel, uncertain, unfinished: false });
        if (split.opening !== null && state.pending === null) startPending(split.opening, line);
        else if (split.opening !== null) push({ kind: "label", text: split.opening, line });
      } else {
        push({ kind: "label", text, line });
      }
    }
  };
  for (const line of lines) {
    const text = line.text;
    if (text === "") blankSeen = true;
    if (isNoise(text)) continue;
    afterGap = blankSeen;
    blankSeen = false;
    // Pieces of a phrase with nothing but blank lines between them read one way only.
    const current: Pending | null = state.pending;
    const followsPending = current !== null && current.lastLine === previousLine;
    previousLine = line.number;
    if (current !== null) {
      const joined = phrases.classify(`${current.text} ${text}`);
      if (joined === "rating") {
        // Pieces with other lines between them admit another reading.
        current.text = `${current.text} ${text}`;
        current.uncertain = current.uncertain || !followsPending;
        finish(current, false);
        state.pending = null;
        continue;
      }
      if (joined === "opening") {
        current.text = `${current.text} ${text}`;
        current.lastLine = line.number;
        continue;
      }
      // The rest of the phrase may end a row's line, after a label's next line ("realising value satisfactory").
      const words = text.split(/\s+/);
      let completed = false;
      for (let n = 1; n < words.length && n <= MAX_TAIL_WORDS; n++) {
        const tail = words.slice(words.length - n).join(" ");
        if (phrases.classify(`${current.text} ${tail}`) !== "rating") continue;
        state.pending = null;
        readCells(words.slice(0, words.length - n).join(" "), line.number);
        current.text = `${current.text} ${tail}`;
        current.uncertain = true;
        finish(current, false);
        completed = true;
        break;
      }
      if (completed) continue;
    }
    readCells(text, line.number);
  }
  if (state.pending !== null) finish(state.pending, true);
  return tokens;
}
