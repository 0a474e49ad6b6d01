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
  /** The longest run of last words of `text` that is a whole level, with the words before it. */
  trailingRating(text: string): { readonly label: string; readonly rating: string } | null;
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
    trailingRating: (text) => {
      if (text.length > MAX_PHRASE_LENGTH * 4) return null;
      const words = text.split(/\s+/).filter((w) => w !== "");
      for (let n = Math.min(LONGEST_PHRASE_WORDS, words.length - 1); n >= 1; n--) {
        const rating = words.slice(words.length - n).join(" ");
        if (isRating(rating)) return { label: words.slice(0, words.length - n).join(" "), rating };
      }
      return null;
    },
  };
}
