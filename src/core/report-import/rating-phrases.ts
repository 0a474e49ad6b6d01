import { labelKey } from "../label-key";
import { matchRating } from "../rating-scale";
import { SCALE_PRESETS } from "../scale-presets";

/**
 * The rating phrases of every preset scale, and their word-level beginnings and ends, so that a
 * phrase split over lines ("Progressing towards" ... "satisfactory") can be put back together.
 */
export interface RatingPhrases {
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

export function ratingPhrases(): RatingPhrases {
  const openings = new Set<string>();
  for (const spelling of spellings()) {
    const words = labelKey(spelling).split(" ");
    for (let n = 1; n < words.length; n++) openings.add(words.slice(0, n).join(" "));
  }
  const isRating = (text: string): boolean => SCALE_PRESETS.some((scale) => matchRating(scale, text).kind !== "none");
  return {
    isRating,
    isOpening: (text) => {
      const key = labelKey(text);
      return openings.has(key) && !isRating(text);
    },
    trailingRating: (text) => {
      const words = text.split(/\s+/).filter((w) => w !== "");
      for (let n = Math.min(LONGEST_PHRASE_WORDS, words.length - 1); n >= 1; n--) {
        const rating = words.slice(words.length - n).join(" ");
        if (isRating(rating)) return { label: words.slice(0, words.length - n).join(" "), rating };
      }
      return null;
    },
  };
}
