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
  const index = indexOf(scale);
  const exact = index.exact.get(text);
  if (exact) return { kind: "exact", ...exact };
  const key = labelKey(text);
  if (key === "") return { kind: "none" };
  const variant = index.byKey.get(key);
  return variant ? { kind: "variant", ...variant } : { kind: "none" };
}

interface ScaleIndex {
  readonly exact: Map<string, { level: ScaleLevel; rank: number }>;
  readonly byKey: Map<string, { level: ScaleLevel; rank: number }>;
}

/** Lookups by label and by label key, built once per scale object (scales are immutable data). */
const INDEXES = new WeakMap<RatingScale, ScaleIndex>();

function indexOf(scale: RatingScale): ScaleIndex {
  const known = INDEXES.get(scale);
  if (known) return known;
  const index: ScaleIndex = { exact: new Map(), byKey: new Map() };
  scale.levels.forEach((level, i) => {
    const entry = { level, rank: i + 1 };
    if (labelKey(level.label) !== "" && !index.exact.has(level.label)) index.exact.set(level.label, entry);
    for (const spelling of [level.label, ...level.aliases]) {
      const key = labelKey(spelling);
      // The first level to claim a spelling keeps it, as the levels were searched in order before.
      if (key !== "" && !index.byKey.has(key)) index.byKey.set(key, entry);
    }
  });
  INDEXES.set(scale, index);
  return index;
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
