import { labelKey } from "./label-key";
import type { RatingCell, RatingsTable } from "./rating-workbook";

/** One area as the Rate view lists it for a round. */
export interface AreaToRate {
  readonly theme: string;
  readonly area: string;
  /** 0-based sheet row, to tell two rows apart in the view. */
  readonly row: number;
  /** The same area's rating in the round before, or null for the first round. */
  readonly previous: RatingCell | null;
  readonly current: RatingCell;
  /** The area's rating in every round, oldest first (the compact grid shows them all). */
  readonly rounds: readonly RatingCell[];
  /** The Notes cell's text. */
  readonly notes: string;
}

export interface ThemeToRate {
  readonly theme: string;
  readonly areas: readonly AreaToRate[];
}

/** Name used for areas whose theme cell is blank all the way up. */
export const NO_THEME = "No theme";

/**
 * The areas of one round, grouped by theme in the order themes first appear, each with the rating
 * of the round before beside it. Rows without an area name are left out: there is nothing to label them by.
 */
export function areasToRate(ratings: RatingsTable, roundIndex: number): ThemeToRate[] {
  const groups = new Map<string, { theme: string; areas: AreaToRate[] }>();
  for (const area of ratings.areas) {
    const current = area.ratings[roundIndex];
    if (current === undefined || area.area === "") continue;
    const theme = area.theme === "" ? NO_THEME : area.theme;
    const key = labelKey(theme);
    let group = groups.get(key);
    if (group === undefined) {
      group = { theme, areas: [] };
      groups.set(key, group);
    }
    group.areas.push({ theme: area.theme, area: area.area, row: area.row, previous: area.ratings[roundIndex - 1] ?? null, current, rounds: area.ratings, notes: area.notes });
  }
  return [...groups.values()];
}

/** Rated: the cell names a level of the scale, in any accepted spelling. A blank cell, or text not on the scale, still needs a level. */
export function isRated(cell: RatingCell): boolean {
  return cell.level !== null;
}

/** How many of the listed areas are rated in the round shown, out of how many. */
export function roundProgress(themes: readonly ThemeToRate[]): { readonly rated: number; readonly total: number } {
  let rated = 0;
  let total = 0;
  for (const group of themes) {
    for (const area of group.areas) {
      total++;
      if (isRated(area.current)) rated++;
    }
  }
  return { rated, total };
}

/**
 * The next area to rate after the one at `afterRow` (in the order listed, wrapping round to the
 * start), or after nothing; null when every area is rated.
 */
export function nextUnrated(themes: readonly ThemeToRate[], afterRow: number | null): AreaToRate | null {
  const listed = themes.flatMap((group) => group.areas);
  const start = afterRow === null ? 0 : listed.findIndex((area) => area.row === afterRow) + 1;
  for (let i = 0; i < listed.length; i++) {
    const area = listed[(start + i) % listed.length];
    if (area !== undefined && !isRated(area.current)) return area;
  }
  return null;
}
