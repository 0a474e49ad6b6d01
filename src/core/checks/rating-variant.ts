import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";
import { ratingOf, shownValue } from "./shown-value";

/** Ratings on the scale but written as an alias, in another case or with extra spaces: fixable. */
export function ratingVariants(model: RatingWorkbook): Finding[] {
  const { ratings } = model;
  const findings: Finding[] = [];
  for (const area of ratings.areas) {
    area.ratings.forEach((cell, i) => {
      if (cell.match !== "variant" || cell.level === null) return;
      const round = ratings.rounds[i]?.label ?? "";
      findings.push({
        kind: "rating-variant",
        severity: "warning",
        sheet: ratings.source.sheet,
        address: cell.address,
        found: shownValue(cell.raw),
        expected: `"${cell.level}"`,
        message: `${ratingOf(round, area.area, area.row)} is written ${shownValue(cell.raw)}; the scale spells it "${cell.level}".`,
        fix: { value: cell.level },
      });
    });
  }
  return findings;
}
