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
    group.areas.push({ theme: area.theme, area: area.area, row: area.row, previous: area.ratings[roundIndex - 1] ?? null, current });
  }
  return [...groups.values()];
}
