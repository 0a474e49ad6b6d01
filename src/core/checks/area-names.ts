import { cellAddress } from "../a1";
import { labelKey } from "../label-key";
import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";
import { shownName } from "./shown-value";

/** Rows with ratings but no area name, and the same area listed twice under one theme. */
export function areaNameProblems(model: RatingWorkbook): Finding[] {
  const { ratings } = model;
  const { sheet } = ratings.source;
  const firstRow = new Map<string, number>();
  const findings: Finding[] = [];
  for (const area of ratings.areas) {
    const address = cellAddress(area.row, ratings.areaColumn);
    if (area.area === "") {
      if (area.ratings.every((cell) => cell.match === "blank")) continue;
      findings.push({
        kind: "area-blank",
        severity: "error",
        sheet,
        address,
        found: "a blank cell",
        expected: "the name of the area rated on this row",
        message: `Row ${area.row + 1} has ratings but no area name.`,
      });
      continue;
    }
    const key = `${labelKey(area.theme)}\u0000${labelKey(area.area)}`;
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, area.row);
      continue;
    }
    findings.push({
      kind: "area-duplicate",
      severity: "error",
      sheet,
      address,
      found: shownName(area.area),
      expected: "each area once in its theme",
      message: `${shownName(area.area)}${area.theme ? ` under ${shownName(area.theme)}` : ""} is listed again on row ${area.row + 1}; it is first on row ${first + 1}.`,
    });
  }
  return findings;
}
