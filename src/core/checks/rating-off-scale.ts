import { labelKey } from "../label-key";
import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";
import { nearMissFinder } from "./near-miss";
import { isErrorValue, ratingOf, shownValue } from "./shown-value";

/** Rating cells holding something that is not on the scale, with a suggestion for a near miss. */
export function ratingsOffScale(model: RatingWorkbook): Finding[] {
  const { scale, ratings } = model;
  const nearest = nearMissFinder(
    scale.levels.flatMap((level) => [level.label, ...level.aliases].map((spelling) => ({ key: labelKey(spelling), label: level.label }))),
  );
  const labels = scale.levels.map((level) => `"${level.label}"`).join(", ");
  const findings: Finding[] = [];
  for (const area of ratings.areas) {
    area.ratings.forEach((cell, i) => {
      if (cell.match !== "none") return;
      const round = ratings.rounds[i]?.label ?? "";
      const found = shownValue(cell.raw);
      const suggestion = isErrorValue(cell.raw) ? null : nearest(cell.text);
      const where = ratingOf(round, area.area, area.row);
      const message = isErrorValue(cell.raw)
        ? `${where} shows ${found}: the cell's formula or link is broken. Replace it with a rating from the scale.`
        : `${where} is ${found}, which is not on the scale.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`;
      findings.push({
        kind: "rating-not-on-scale",
        severity: "error",
        sheet: ratings.source.sheet,
        address: cell.address,
        found,
        expected: `one of ${labels}, or blank`,
        message,
        ...(suggestion ? { suggestion } : {}),
      });
    });
  }
  return findings;
}
