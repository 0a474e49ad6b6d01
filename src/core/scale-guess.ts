import { matchRating, type RatingScale } from "./rating-scale";
import { DEFAULT_SCALE, SCALE_PRESETS } from "./scale-presets";

/** The preset scale that the most of these texts belong to; the default scale when none match. */
export function bestPresetFor(texts: readonly string[]): RatingScale {
  let best = DEFAULT_SCALE;
  let bestScore = 0;
  for (const scale of SCALE_PRESETS) {
    const score = texts.filter((text) => text !== "" && matchRating(scale, text).kind !== "none").length;
    if (score > bestScore) {
      best = scale;
      bestScore = score;
    }
  }
  return best;
}
