import { labelKey } from "../core/label-key";
import type { RatingsTable } from "../core/rating-workbook";

/** A rating as imported: where it belongs and whether the report's layout allows another reading. */
export interface ImportedRatingPlace {
  readonly theme: string;
  readonly area: string;
  readonly round: string;
  readonly uncertain: boolean;
}

/** The cells ("Ratings!C10") now holding the imported ratings flagged uncertain, in the review's order. */
export function uncertainCells(table: RatingsTable, ratings: readonly ImportedRatingPlace[]): string[] {
  const sheet = table.source.sheet; // written as `check` writes places: Ratings!C10
  const cells: string[] = [];
  for (const rating of ratings.filter((r) => r.uncertain)) {
    const round = table.rounds.findIndex((r) => labelKey(r.label) === labelKey(rating.round));
    const area = table.areas.find((a) => labelKey(a.area) === labelKey(rating.area) && labelKey(a.theme) === labelKey(rating.theme));
    const cell = area?.ratings[round];
    if (cell !== undefined) cells.push(`${sheet}!${cell.address}`);
  }
  return cells;
}

/** " 3 ratings were uncertain: check Ratings!C10, …." after the import's message, or "" when none were. */
export function uncertainNote(cells: readonly string[]): string {
  if (cells.length === 0) return "";
  const count = cells.length === 1 ? "1 rating was" : `${cells.length} ratings were`;
  return ` ${count} uncertain: check ${cells.join(", ")}.`;
}
