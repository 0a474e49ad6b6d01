import type { CellValue } from "./cell";
import { labelKey } from "./label-key";
import { matchRating, type RatingScale } from "./rating-scale";
import { hasYear } from "./round-label";
import { RATINGS_COLUMNS } from "./workbook-contract";

export interface RoundColumn {
  /** 0-based index within the table. */
  readonly index: number;
  readonly label: string;
}

export interface RatingsColumns {
  readonly theme: number;
  readonly area: number;
  /** Round columns, oldest (leftmost) first. */
  readonly rounds: readonly RoundColumn[];
  /** Columns the add-in does not own (Notes, evidence, anything users add). */
  readonly free: readonly number[];
  /** 0-based index within the table of the Notes column, or -1 when there is none. */
  readonly notes: number;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/**
 * Works out which columns of a Ratings table are which, by header name ignoring case, spacing and
 * order. A column other than Theme, Area and Notes is a round when its header names a year or when
 * at least half of its filled cells are ratings on the scale; any other column is the user's own.
 */
export function findRatingsColumns(
  header: readonly unknown[],
  body: readonly (readonly unknown[])[],
  scale: RatingScale,
): RatingsColumns | { readonly missing: readonly string[] } {
  const keys = header.map((cell) => labelKey(cellText(cell)));
  const theme = keys.indexOf(labelKey(RATINGS_COLUMNS.theme));
  const area = keys.indexOf(labelKey(RATINGS_COLUMNS.area));
  const missing = [
    ...(theme < 0 ? [RATINGS_COLUMNS.theme] : []),
    ...(area < 0 ? [RATINGS_COLUMNS.area] : []),
  ];
  if (missing.length > 0) return { missing };
  const rounds: RoundColumn[] = [];
  const free: number[] = [];
  let notes = -1;
  header.forEach((cell, index) => {
    if (index === theme || index === area) return;
    const label = cellText(cell);
    if (labelKey(label) === labelKey(RATINGS_COLUMNS.notes)) {
      if (notes < 0) notes = index;
      free.push(index);
      return;
    }
    // A column with no header is a round only when it holds ratings; the checks then ask for a label.
    if (label === "") {
      if (mostlyRatings(body, index, scale)) rounds.push({ index, label });
      else free.push(index);
      return;
    }
    if (hasYear(label) || mostlyRatings(body, index, scale)) rounds.push({ index, label });
    else free.push(index);
  });
  return { theme, area, rounds, free, notes };
}

function mostlyRatings(body: readonly (readonly unknown[])[], index: number, scale: RatingScale): boolean {
  let filled = 0;
  let ratings = 0;
  for (const row of body) {
    const text = cellText(row[index] as CellValue);
    if (text === "") continue;
    filled++;
    if (matchRating(scale, text).kind !== "none") ratings++;
  }
  return filled > 0 && ratings * 2 >= filled;
}
