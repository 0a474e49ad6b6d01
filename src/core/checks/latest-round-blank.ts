import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";
import { shownName } from "./shown-value";

/** Areas with no rating in the latest (rightmost) round. */
export function latestRoundBlanks(model: RatingWorkbook): Finding[] {
  const { ratings } = model;
  const latest = ratings.rounds.length - 1;
  const round = ratings.rounds[latest];
  if (round === undefined) return [];
  const findings: Finding[] = [];
  for (const area of ratings.areas) {
    const cell = area.ratings[latest];
    if (area.area === "" || cell === undefined || cell.match !== "blank") continue;
    findings.push({
      kind: "rating-blank-latest",
      severity: "warning",
      sheet: ratings.source.sheet,
      address: cell.address,
      found: "a blank cell",
      expected: `a rating for ${round.label}`,
      message: `${shownName(area.area)} has no rating for ${round.label}, the latest round.`,
    });
  }
  return findings;
}
