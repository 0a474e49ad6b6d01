import { labelKey } from "../label-key";
import { SCALE_PRESETS } from "../scale-presets";

/**
 * The rating phrases of every preset scale, and their word-level beginnings and ends, so that a
 * phrase split over lines ("Progressing towards" ... "satisfactory") can be put back together.
 */
export interface RatingPhrases {
  /** "rating" for a whole level (label or alias) of some preset scale, "opening" for its first words. */
  classify(text: string): "rating" | "opening" | null;
  /** True when the text is a whole level (label or alias) of some preset scale. */
  isRating(text: string): boolean;
  /** True when the text is the first words of a level, but not a level itself. */
  isOpening(text: string): boolean;
  /**
   * Whole levels at the end of `text`, peeled off right to left, longest first (a table row on one
   * line: "Communicating and Satisfactory Satisfactory"), left to right in the result, with the
   * words before them; null when the text does not end with a level.
   */
  trailingRatings(text: string): TrailingCells | null;
}

/** A line split into its label, the whole levels after it, and the first words of one more level. */
export interface TrailingCells {
  readonly label: string;
  readonly ratings: readonly string[];
  /** The first words of a level ending the line ("... Satisfactory Progressing to"), to be completed below. */
  readonly opening: string | null;
}

function spellings(): string[] {
  const all: string[] = [];
  for (const scale of SCALE_PRESETS) {
    for (const level of scale.levels) all.push(level.label, ...level.aliases);
  }
  return all;
}

const LONGEST_PHRASE_WORDS = 6;
// No level is longer than this; longer text is not looked up (keeps a 2,000-character line cheap).
const MAX_PHRASE_LENGTH = 80;
// A table row has one cell per round; more than this on one line is not a row of ratings.
const MAX_CELLS_ON_A_LINE = 12;

/**
 * Which phrases are ratings, indexed once by the same key `matchRating` compares (labelKey of a
 * label or alias), so each line costs one key and one look-up, not one per level of every scale.
 */
export function ratingPhrases(): RatingPhrases {
  const whole = new Set<string>();
  const openings = new Set<string>();
  for (const spelling of spellings()) {
    const key = labelKey(spelling);
    whole.add(key);
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++) openings.add(words.slice(0, n).join(" "));
  }
  const isRating = (text: string): boolean => text.length <= MAX_PHRASE_LENGTH && whole.has(labelKey(text));
  return {
    classify: (text) => {
      if (text.length > MAX_PHRASE_LENGTH) return null;
      const key = labelKey(text);
      return whole.has(key) ? "rating" : openings.has(key) ? "opening" : null;
    },
    isRating,
    isOpening: (text) => text.length <= MAX_PHRASE_LENGTH && openings.has(labelKey(text)) && !isRating(text),
    trailingRatings: (text) => {
      if (text.length > MAX_PHRASE_LENGTH * 4) return null;
      const words = text.split(/\s+/).filter((w) => w !== "");
      const peel = (end: number): { ratings: string[]; end: number } => {
        const ratings: string[] = [];
        while (end > 0 && ratings.length < MAX_CELLS_ON_A_LINE) {
          let found = 0;
          for (let n = Math.min(LONGEST_PHRASE_WORDS, end); n >= 1; n--) {
            if (isRating(words.slice(end - n, end).join(" "))) {
              found = n;
              break;
            }
          }
          if (found === 0) break;
          ratings.unshift(words.slice(end - found, end).join(" "));
          end -= found;
        }
        return { ratings, end };
      };
      // A row can end with a level split over two lines: take its first words only when whole
      // levels stand before them, so that a label ending in "Development" stays a label.
      for (let n = Math.min(LONGEST_PHRASE_WORDS - 1, words.length - 1); n >= 1; n--) {
        const opening = words.slice(words.length - n).join(" ");
        if (!openings.has(labelKey(opening)) || isRating(opening)) continue;
        const before = peel(words.length - n);
        if (before.ratings.length > 0) return { label: words.slice(0, before.end).join(" "), ratings: before.ratings, opening };
      }
      const cells = peel(words.length);
      return cells.ratings.length === 0 ? null : { label: words.slice(0, cells.end).join(" "), ratings: cells.ratings, opening: null };
    },
  };
}
