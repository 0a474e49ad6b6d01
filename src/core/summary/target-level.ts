import { labelKey } from "../label-key";
import { matchRating, type RatingScale } from "../rating-scale";
import { SCALE_PRESETS } from "../scale-presets";

const SATISFACTORY = labelKey("Satisfactory");

/**
 * The level areas should reach by default, as a canonical label. In order: the scale's own target
 * (presets name one); a level called "Satisfactory" (or with that alias, as "Acceptable" is); the
 * target of the preset with the same levels (a workbook's Lists table carries no target); else the
 * middle level, the upper one of two when the count is even.
 */
export function targetLevel(scale: RatingScale): string {
  if (scale.target !== undefined) {
    const own = matchRating(scale, scale.target);
    if (own.kind !== "none") return own.level.label;
  }
  const satisfactory = scale.levels.find(
    (level) => labelKey(level.label) === SATISFACTORY || level.aliases.some((alias) => labelKey(alias) === SATISFACTORY),
  );
  if (satisfactory) return satisfactory.label;
  const keys = scale.levels.map((level) => labelKey(level.label)).join("\n");
  const preset = SCALE_PRESETS.find((p) => p.levels.map((level) => labelKey(level.label)).join("\n") === keys);
  if (preset?.target !== undefined) {
    const match = matchRating(scale, preset.target);
    if (match.kind !== "none") return match.level.label;
  }
  const middle = scale.levels[Math.floor(scale.levels.length / 2)] ?? scale.levels[0];
  return middle?.label ?? "";
}
