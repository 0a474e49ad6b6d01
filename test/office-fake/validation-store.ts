/**
 * Data validation as Excel keeps it: each cell points at (at most) one validation entry; cells set in one
 * operation share the same entry object, so tests can check "every rating cell has validation" cell by
 * cell and see which cells were set together. Regions never overlap.
 */
import { cellCount, containsCell, intersection, subtractRect, type Rect } from "./addresses";

export interface BasicValidationRule {
  readonly formula1: string | number;
  readonly formula2?: string | number;
  readonly operator: string;
}

/** Mirrors office-js `Excel.DataValidationRule`; a Range list source is stored as its "=Sheet!$A$1" formula. */
export type ValidationRule =
  | { readonly list: { readonly inCellDropDown: boolean; readonly source: string } }
  | { readonly wholeNumber: BasicValidationRule }
  | { readonly decimal: BasicValidationRule }
  | { readonly textLength: BasicValidationRule }
  | { readonly date: BasicValidationRule }
  | { readonly time: BasicValidationRule }
  | { readonly custom: { readonly formula: string } };

export interface ValidationErrorAlert {
  readonly showAlert: boolean;
  readonly style: "Stop" | "Warning" | "Information";
  readonly title: string;
  readonly message: string;
}

export interface ValidationPrompt {
  readonly showPrompt: boolean;
  readonly title: string;
  readonly message: string;
}

/** One validation setting, shared by every cell it applies to. */
export interface ValidationEntry {
  rule: ValidationRule | null;
  errorAlert: ValidationErrorAlert;
  prompt: ValidationPrompt;
  ignoreBlanks: boolean;
}

export function newValidationEntry(): ValidationEntry {
  return {
    rule: null,
    errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
    prompt: { showPrompt: false, title: "", message: "" },
    ignoreBlanks: true,
  };
}

export function cloneValidationEntry(entry: ValidationEntry): ValidationEntry {
  return { rule: entry.rule, errorAlert: { ...entry.errorAlert }, prompt: { ...entry.prompt }, ignoreBlanks: entry.ignoreBlanks };
}

/** What an area holds: nothing, exactly one entry on every cell, or a mix (Excel's "Inconsistent"). */
export type ValidationCoverage =
  | { readonly kind: "none" }
  | { readonly kind: "uniform"; readonly entry: ValidationEntry; readonly coversWholeEntry: boolean }
  | { readonly kind: "mixed"; readonly entries: readonly ValidationEntry[]; readonly coveredCells: number };

interface Region {
  readonly area: Rect;
  readonly entry: ValidationEntry;
}

export class ValidationStore {
  private regions: Region[] = [];

  at(row: number, column: number): ValidationEntry | null {
    for (const region of this.regions) if (containsCell(region.area, row, column)) return region.entry;
    return null;
  }

  coverage(area: Rect): ValidationCoverage {
    const entries = new Set<ValidationEntry>();
    let covered = 0;
    for (const region of this.regions) {
      const cut = intersection(region.area, area);
      if (!cut) continue;
      entries.add(region.entry);
      covered += cellCount(cut);
    }
    if (entries.size === 0) return { kind: "none" };
    const [only] = entries;
    if (entries.size === 1 && only && covered === cellCount(area)) {
      const entryCells = this.regions.filter((r) => r.entry === only).reduce((n, r) => n + cellCount(r.area), 0);
      return { kind: "uniform", entry: only, coversWholeEntry: entryCells === covered };
    }
    return { kind: "mixed", entries: [...entries], coveredCells: covered };
  }

  /** Puts `entry` on every cell of `area`, replacing whatever was there. */
  set(area: Rect, entry: ValidationEntry): void {
    this.clear(area);
    this.regions.push({ area, entry });
  }

  clear(area: Rect): void {
    this.regions = this.regions.flatMap((region) =>
      subtractRect(region.area, area).map((piece) => ({ area: piece, entry: region.entry })),
    );
  }

  /** Every region, for inspection. */
  all(): readonly Region[] {
    return this.regions;
  }
}
