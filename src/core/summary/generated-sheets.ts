import { quoteSheetName } from "../a1";
import type { DefinedName } from "../workbook-snapshot";
import { isSameSheetName } from "./sheet-name";

/**
 * A sheet the add-in generated is marked by a workbook-scoped defined name, `RatingMatrixSummary1`,
 * `RatingMatrixSummary2`..., referring to its A1 cell. A defined name is kept in .xlsx files, shows in
 * Excel's Name Manager, needs only ExcelApi 1.4, is read with the rest of the workbook, and follows
 * the sheet when it is renamed. A sheet without such a name is never replaced.
 */
export const MARKER_PREFIX = "RatingMatrixSummary";
export const MARKER_COMMENT = "Marks a Next steps summary made by Rating Matrix: generating again may replace that sheet.";
const MARKER = new RegExp(`^${MARKER_PREFIX}(\\d+)$`, "i");

export interface GeneratedSheet {
  readonly sheet: string;
  readonly marker: string;
}

/** The sheet a formula such as "='Next steps 2026-11-22'!$A$1" refers to, or null. */
export function referencedSheet(formula: string): string | null {
  const quoted = /^='((?:[^']|'')+)'!\$?[A-Z]{1,3}\$?\d+$/i.exec(formula.trim());
  if (quoted) return (quoted[1] as string).replace(/''/g, "'");
  const plain = /^=([^'!=#]+)!\$?[A-Z]{1,3}\$?\d+$/i.exec(formula.trim());
  return plain ? (plain[1] as string) : null;
}

export function markerFormula(sheet: string): string {
  return `=${quoteSheetName(sheet)}!$A$1`;
}

/** The generated sheets that still exist, found through their markers. */
export function generatedSheets(names: readonly DefinedName[], sheetNames: readonly string[]): GeneratedSheet[] {
  const found: GeneratedSheet[] = [];
  for (const name of names) {
    if (!MARKER.test(name.name)) continue;
    const target = referencedSheet(name.formula);
    const sheet = target === null ? undefined : sheetNames.find((s) => isSameSheetName(s, target));
    if (sheet !== undefined && !found.some((g) => isSameSheetName(g.sheet, sheet))) found.push({ sheet, marker: name.name });
  }
  return found;
}

/**
 * The marker name for a new summary: one left behind by a summary sheet that was deleted (it now
 * refers to no sheet), so Name Manager does not fill with dead markers; else the first free one.
 */
export function markerForNewSheet(
  names: readonly DefinedName[],
  sheetNames: readonly string[],
  takenNames: readonly string[],
): { readonly name: string; readonly exists: boolean } {
  const stale = names.find((n) => {
    if (!MARKER.test(n.name)) return false;
    const target = referencedSheet(n.formula);
    return target === null || !sheetNames.some((s) => isSameSheetName(s, target));
  });
  return stale ? { name: stale.name, exists: true } : { name: freeMarkerName(takenNames), exists: false };
}

/** The first marker name no defined name or table uses yet. */
export function freeMarkerName(takenNames: readonly string[]): string {
  const taken = new Set(takenNames.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = `${MARKER_PREFIX}${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
