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

function isRoundLabel(text: string): boolean {
  return text.length <= 40 && wordCount(text) <= MAX_ROUND_WORDS && hasYear(text);
}

interface Pending {
  order: number;
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
  let pending: Pending | null = null;
  let previousLine = -1;
  const finish = (p: Pending, unfinished: boolean): void => {
    tokens[p.order] = { kind: "rating", order: p.order, text: p.text, line: p.line, besideLabel: false, uncertain: p.uncertain || unfinished, unfinished };
  };
  const push = (token: Omit<LabelToken, "order"> | Omit<RoundToken, "order"> | Omit<RatingToken, "order">): void => {
    tokens.push({ ...token, order: tokens.length } as TableToken);
  };
  for (const line of lines) {
    const text = line.text;
    if (isNoise(text)) continue;
    // Pieces of a phrase with nothing but blank lines between them read one way only.
    const followsPending = pending !== null && pending.lastLine === previousLine;
    previousLine = line.number;
    if (pending !== null) {
      const joined = phrases.classify(`${pending.text} ${text}`);
      if (joined === "rating") {
        // Pieces with other lines between them admit another reading.
        pending.text = `${pending.text} ${text}`;
        pending.uncertain = pending.uncertain || !followsPending;
        finish(pending, false);
        pending = null;
        continue;
      }
      if (joined === "opening") {
        pending.text = `${pending.text} ${text}`;
        pending.lastLine = line.number;
        continue;
      }
    }
    const kind = phrases.classify(text);
    if (kind === "rating") {
      push({ kind: "rating", text, line: line.number, besideLabel: false, uncertain: false, unfinished: false });
    } else if (isRoundLabel(text)) {
      push({ kind: "round", text, line: line.number });
    } else if (kind === "opening" && pending === null) {
      pending = { order: tokens.length, text, line: line.number, lastLine: line.number, uncertain: false };
      // Reserve the slot so the phrase keeps its place in reading order.
      push({ kind: "label", text, line: line.number });
    } else {
      const split = phrases.trailingRating(text);
      if (split !== null) {
        push({ kind: "label", text: split.label, line: line.number });
        push({ kind: "rating", text: split.rating, line: line.number, besideLabel: true, uncertain: true, unfinished: false });
      } else {
        push({ kind: "label", text, line: line.number });
      }
    }
  }
  if (pending !== null) finish(pending, true);
  return tokens;
}
