import { labelKey } from "./label-key";

/** A colour as Excel takes it: `#RRGGBB`. */
export type HexColour = string;

export interface ScaleLevel {
  /** The canonical label written into cells, e.g. "Satisfactory". */
  readonly label: string;
  /** Other spellings seen in real reports that mean this level, e.g. "Development Area". */
  readonly aliases: readonly string[];
  readonly fill: HexColour;
  readonly font: HexColour;
}

/** An ordered rating scale: `levels[0]` is the lowest. */
export interface RatingScale {
  readonly id: string;
  readonly name: string;
  readonly levels: readonly ScaleLevel[];
  /**
   * The level an area should reach; areas below it need attention in the summary. Presets name it;
   * a scale read from a workbook does not, and targetLevel() (summary/target-level.ts) applies a rule.
   */
  readonly target?: string;
}

/** What a cell's text means on a scale. */
export type RatingMatch =
  | { readonly kind: "exact"; readonly level: ScaleLevel; readonly rank: number }
  | { readonly kind: "variant"; readonly level: ScaleLevel; readonly rank: number }
  | { readonly kind: "none" };

/** Rank of a level on its scale: 1 for the lowest. */
export function rankOf(scale: RatingScale, label: string): number | null {
  const match = matchRating(scale, label);
  return match.kind === "none" ? null : match.rank;
}

/**
 * Matches text to a level. "exact" means the text is already the canonical label; "variant" means it
 * is the same level written another way (other case or spacing, or an alias) and can be rewritten.
 */
export function matchRating(scale: RatingScale, text: string): RatingMatch {
  const key = labelKey(text);
  if (key === "") return { kind: "none" };
  for (let i = 0; i < scale.levels.length; i++) {
    const level = scale.levels[i] as ScaleLevel;
    if (text === level.label) return { kind: "exact", level, rank: i + 1 };
  }
  for (let i = 0; i < scale.levels.length; i++) {
    const level = scale.levels[i] as ScaleLevel;
    if (labelKey(level.label) === key || level.aliases.some((alias) => labelKey(alias) === key)) {
      return { kind: "variant", level, rank: i + 1 };
    }
  }
  return { kind: "none" };
}

/**
 * The canonical label for a rating, or null when the text is not on the scale. Normalising a
 * canonical label returns it unchanged, so normalising twice is the same as once.
 */
export function normaliseRating(scale: RatingScale, text: string): string | null {
  const match = matchRating(scale, text);
  return match.kind === "none" ? null : match.level.label;
}

/** Problems that make a scale unusable, in plain words; empty when the scale is sound. */
export function scaleProblems(scale: RatingScale): string[] {
  const problems: string[] = [];
  if (scale.levels.length < 2) problems.push(`The scale "${scale.name}" needs at least two levels.`);
  const seen = new Map<string, string>();
  for (const level of scale.levels) {
    const spellings = [level.label, ...level.aliases];
    if (labelKey(level.label) === "") problems.push(`The scale "${scale.name}" has a level with no label.`);
    for (const spelling of spellings) {
      const key = labelKey(spelling);
      if (key === "") continue;
      const owner = seen.get(key);
      if (owner !== undefined && owner !== level.label) {
        problems.push(`"${spelling}" is used by both "${owner}" and "${level.label}" on the scale "${scale.name}".`);
      } else if (owner === undefined) {
        seen.set(key, level.label);
      }
    }
    for (const colour of [level.fill, level.font]) {
      if (!/^#[0-9A-Fa-f]{6}$/.test(colour)) {
        problems.push(`The colour "${colour}" of "${level.label}" is not of the form #RRGGBB.`);
      }
    }
  }
  return problems;
}
