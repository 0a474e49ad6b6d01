import { isOpenAction, isOverdue } from "../action-progress";
import { labelKey } from "../label-key";
import { matchRating, type HexColour } from "../rating-scale";
import type { RatedArea, RatingWorkbook } from "../rating-workbook";
import { movementOf, type Movement } from "../summary/round-comparison";

/**
 * What the portfolio needs of one rating workbook, as plain data: small enough to send from a
 * worker thread (or back from a remote reader) without the workbook's cells.
 */
export interface WorkbookDigest {
  /** The file as the user named it (or as found in a folder they named). */
  readonly workbook: string;
  /** From the About table; null when the workbook does not say. */
  readonly organisation: string | null;
  readonly framework: string | null;
  readonly scale: DigestScale;
  /** One per area of the Ratings table, in its order. */
  readonly areas: readonly AreaDigest[];
  /** Every open action of the workbook, and the overdue ones, whether or not they name an area. */
  readonly openActions: number;
  readonly overdueActions: number;
}

export interface DigestScale {
  readonly name: string;
  /** Lowest first. */
  readonly levels: readonly { readonly label: string; readonly fill: HexColour; readonly font: HexColour }[];
}

export interface AreaDigest {
  readonly theme: string;
  readonly area: string;
  /** The newest round whose cell for this area is not blank, and what it holds ("" when none). */
  readonly latestRound: string;
  readonly latestRating: string;
  /** The canonical level when that rating is on the scale, else null. */
  readonly latestLevel: string | null;
  /** The newest round before the latest one whose cell is not blank ("" when none). */
  readonly previousRound: string;
  readonly previousRating: string;
  readonly previousLevel: string | null;
  readonly movement: Movement;
  /** Actions linked to this area (by its name, ignoring case) that are open, and open and overdue. */
  readonly openActions: number;
  readonly overdueActions: number;
}

/** A file that could not be used, and why, in one sentence. */
export interface NotRead {
  readonly workbook: string;
  readonly reason: string;
}

/**
 * The digest of a read workbook. Rounds run oldest to newest; an area's latest rating is its newest
 * non-blank cell, so a round just added and not yet filled in does not hide what was rated before
 * (the round is named beside each rating). Text that is not on the scale is kept as written and
 * moves nowhere ("not rated"): it is shown, never guessed into a level.
 */
export function digestWorkbook(workbook: string, read: RatingWorkbook, todayIso: string): WorkbookDigest {
  const { scale, ratings, actions } = read;
  const rounds = ratings.rounds.map((r) => r.label);
  const open = new Map<string, { open: number; overdue: number }>();
  const total = { open: 0, overdue: 0 };
  for (const item of actions?.items ?? []) {
    if (!isOpenAction(item)) continue;
    const key = labelKey(item.area);
    const counts = open.get(key) ?? { open: 0, overdue: 0 };
    const overdue = isOverdue(item, todayIso) ? 1 : 0;
    counts.open += 1;
    counts.overdue += overdue;
    total.open += 1;
    total.overdue += overdue;
    open.set(key, counts);
  }
  const rank = (level: string | null): number | null => {
    if (level === null) return null;
    const match = matchRating(scale, level);
    return match.kind === "none" ? null : match.rank;
  };
  const areas = ratings.areas
    .filter((a) => a.area !== "")
    .map((area): AreaDigest => {
      const latest = lastRated(area, area.ratings.length);
      const previous = latest < 0 ? -1 : lastRated(area, latest);
      const cell = (i: number) => (i < 0 ? undefined : area.ratings[i]);
      const latestCell = cell(latest);
      const previousCell = cell(previous);
      const counts = open.get(labelKey(area.area)) ?? { open: 0, overdue: 0 };
      return {
        theme: area.theme,
        area: area.area,
        latestRound: latest < 0 ? "" : (rounds[latest] ?? ""),
        latestRating: latestCell?.level ?? latestCell?.text ?? "",
        latestLevel: latestCell?.level ?? null,
        previousRound: previous < 0 ? "" : (rounds[previous] ?? ""),
        previousRating: previousCell?.level ?? previousCell?.text ?? "",
        previousLevel: previousCell?.level ?? null,
        movement: movementOf(rank(previousCell?.level ?? null), rank(latestCell?.level ?? null)),
        openActions: counts.open,
        overdueActions: counts.overdue,
      };
    });
  return {
    workbook,
    organisation: read.about.organisation,
    framework: read.about.framework,
    scale: { name: scale.name, levels: scale.levels.map((l) => ({ label: l.label, fill: l.fill, font: l.font })) },
    areas,
    openActions: total.open,
    overdueActions: total.overdue,
  };
}

/** Index of the newest round before `before` whose cell is not blank; -1 when none. */
function lastRated(area: RatedArea, before: number): number {
  for (let i = before - 1; i >= 0; i--) if (area.ratings[i]?.match !== "blank" && area.ratings[i] !== undefined) return i;
  return -1;
}
