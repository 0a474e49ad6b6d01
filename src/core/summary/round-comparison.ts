import { labelKey } from "../label-key";
import { matchRating, type RatingScale } from "../rating-scale";
import type { RatedArea, RatingCell, RatingsTable } from "../rating-workbook";

/**
 * How an area's rating moved between two rounds. "newly rated": no rating on the scale in the
 * earlier round; "not rated": none in the later round (blank, or text that is not on the scale).
 */
export type Movement = "improved" | "declined" | "unchanged" | "newly rated" | "not rated";

export const MOVEMENTS: readonly Movement[] = ["improved", "declined", "unchanged", "newly rated", "not rated"];

export interface AreaMovement {
  readonly theme: string;
  readonly area: string;
  /** What the cells hold, as written (canonical label when on the scale). */
  readonly earlier: string;
  readonly later: string;
  /** Canonical levels, or null when not on the scale. */
  readonly earlierLevel: string | null;
  readonly laterLevel: string | null;
  readonly movement: Movement;
  /** Why the area needs attention, in words; empty when it does not. */
  readonly attention: readonly string[];
}

export interface RoundComparison {
  readonly earlierRound: string;
  readonly laterRound: string;
  readonly target: string;
  readonly areas: readonly AreaMovement[];
  /** Number of areas per level (lowest first), per round, plus those not rated. */
  readonly levelCounts: readonly { readonly level: string; readonly earlier: number; readonly later: number }[];
}

/**
 * Why "earlier" and "later" cannot be compared in that order: the earlier round must stand left of
 * the later one in the Ratings table (rounds run oldest to newest). Refused rather than swapped, so
 * "what moved" never reads backwards without the user knowing.
 */
export function reversedRoundsProblem(earlier: string, later: string): string {
  return `"${earlier}" comes after "${later}" in the Ratings table: choose the older round as the earlier one.`;
}

/** The two rounds to compare: the named ones, or the latest two. Null when there are fewer than two. */
export function chooseRounds(
  ratings: RatingsTable,
  wanted?: readonly [string, string],
): { earlier: number; later: number } | { problem: string } {
  const labels = ratings.rounds.map((r) => r.label);
  if (wanted === undefined) {
    if (labels.length < 2) {
      return { problem: `The Ratings table has ${labels.length === 1 ? "only one round" : "no rounds"}; a summary compares two rounds. Add a round first.` };
    }
    return { earlier: labels.length - 2, later: labels.length - 1 };
  }
  const find = (label: string): number => labels.findIndex((l) => labelKey(l) === labelKey(label));
  const earlier = find(wanted[0]);
  const later = find(wanted[1]);
  const missing = [wanted[0], wanted[1]].filter((_, i) => (i === 0 ? earlier : later) < 0);
  if (missing.length > 0) {
    return { problem: `The Ratings table has no round ${missing.map((m) => `"${m}"`).join(" or ")}. Its rounds are: ${labels.join(", ")}.` };
  }
  if (earlier === later) return { problem: `Choose two different rounds to compare (both were "${labels[earlier] ?? ""}").` };
  if (earlier > later) return { problem: reversedRoundsProblem(labels[earlier] ?? "", labels[later] ?? "") };
  return { earlier, later };
}

function rankOfCell(scale: RatingScale, cell: RatingCell | undefined): number | null {
  if (!cell || cell.level === null) return null;
  const match = matchRating(scale, cell.level);
  return match.kind === "none" ? null : match.rank;
}

/** How a rank moved: null ranks are ratings not on the scale (or none). */
export function movementOf(before: number | null, after: number | null): Movement {
  if (after === null) return "not rated";
  if (before === null) return "newly rated";
  if (after > before) return "improved";
  if (after < before) return "declined";
  return "unchanged";
}

/**
 * Compares two rounds area by area. An area needs attention when its later rating is below the
 * target level, when it declined, or when it has no rating on the scale in the later round.
 */
export function compareRounds(
  areas: readonly RatedArea[],
  rounds: readonly string[],
  chosen: { earlier: number; later: number },
  scale: RatingScale,
  target: string,
): RoundComparison {
  const targetRank = matchRating(scale, target);
  const targetLabel = targetRank.kind === "none" ? target : targetRank.level.label;
  const laterRound = rounds[chosen.later] ?? "";
  const moved = areas.map((area): AreaMovement => {
    const earlierCell = area.ratings[chosen.earlier];
    const laterCell = area.ratings[chosen.later];
    const before = rankOfCell(scale, earlierCell);
    const after = rankOfCell(scale, laterCell);
    const movement = movementOf(before, after);
    const attention: string[] = [];
    if (after === null) {
      const text = laterCell?.text ?? "";
      attention.push(text === "" ? `Not rated in ${laterRound}` : `"${text}" is not on the rating scale`);
    } else if (targetRank.kind !== "none" && after < targetRank.rank) {
      attention.push(`Below ${targetLabel}`);
    }
    if (movement === "declined") attention.push("Declined");
    return {
      theme: area.theme,
      area: area.area,
      earlier: earlierCell?.level ?? earlierCell?.text ?? "",
      later: laterCell?.level ?? laterCell?.text ?? "",
      earlierLevel: earlierCell?.level ?? null,
      laterLevel: laterCell?.level ?? null,
      movement,
      attention,
    };
  });
  const count = (pick: (a: AreaMovement) => string | null, label: string | null): number =>
    moved.filter((a) => pick(a) === label).length;
  const levelCounts = [
    ...scale.levels.map((level) => ({
      level: level.label,
      earlier: count((a) => a.earlierLevel, level.label),
      later: count((a) => a.laterLevel, level.label),
    })),
    { level: "Not rated", earlier: count((a) => a.earlierLevel, null), later: count((a) => a.laterLevel, null) },
  ];
  return { earlierRound: rounds[chosen.earlier] ?? "", laterRound, target: targetLabel, areas: moved, levelCounts };
}
