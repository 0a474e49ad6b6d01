import { labelKey } from "./label-key";
import type { RatedArea, RatingsTable } from "./rating-workbook";

/**
 * The one row of the Ratings table for an area named by theme and area (ignoring case and spacing),
 * or the sentence that says why there is not exactly one. Rows may have moved since the pane showed
 * them, so writes find their row by name, never by number.
 */
export function findRatedArea(ratings: RatingsTable, theme: string, area: string): { readonly area: RatedArea } | { readonly problem: string } {
  const matches = ratings.areas.filter((a) => labelKey(a.theme) === labelKey(theme) && labelKey(a.area) === labelKey(area));
  const [found] = matches;
  if (found === undefined) {
    return { problem: `The area "${area}" (theme "${theme}") is no longer in the Ratings table. Refresh the list and choose again.` };
  }
  if (matches.length > 1) {
    return {
      problem: `The area "${area}" appears ${matches.length} times in the Ratings table (rows ${matches.map((a) => a.row + 1).join(", ")}), so it is not clear which row to use. Remove the duplicate, or type in the cell.`,
    };
  }
  return { area: found };
}
