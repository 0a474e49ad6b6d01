import { readWorkbook } from "../read-workbook";
import type { Plan } from "../plan";
import type { WorkbookSnapshot } from "../workbook-snapshot";
import { generatedSheets, markerForNewSheet } from "./generated-sheets";
import { buildSummary, type NextStepsSummary, type SummaryOptions } from "./next-steps-summary";
import { isSameSheetName, uniqueSheetName } from "./sheet-name";
import { summaryPlan } from "./summary-plan";

export interface SummaryPlanOptions extends SummaryOptions {
  /**
   * When a sheet the add-in generated already has today's name: true replaces it, false makes a
   * second sheet ("Next steps 2026-11-22 (2)"), undefined asks first (nothing is written).
   */
  readonly replace?: boolean;
}

export type SummaryDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly sheet: string; readonly replaced: string | null; readonly summary: NextStepsSummary; readonly notes: readonly string[] }
  /** A generated sheet has the name: ask the user before replacing it. */
  | { readonly kind: "confirm-replace"; readonly sheet: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

export function summarySheetBaseName(todayIso: string): string {
  return `Next steps ${todayIso}`;
}

/**
 * Decides what "Generate summary" writes: reads the workbook model from the snapshot, works out the
 * summary and where it goes. It never plans a change to a sheet the add-in did not generate, and
 * replaces a generated one only when told to.
 */
export function planSummary(snapshot: WorkbookSnapshot, options: SummaryPlanOptions): SummaryDecision {
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  const built = buildSummary(read.workbook, options);
  if (!built.ok) return { kind: "refused", problems: built.problems };

  const wanted = summarySheetBaseName(options.todayIso);
  const existing = snapshot.sheetNames.find((s) => isSameSheetName(s, wanted));
  const generated = existing === undefined ? undefined : generatedSheets(snapshot.names, snapshot.sheetNames).find((g) => isSameSheetName(g.sheet, existing));
  if (generated && options.replace === undefined) return { kind: "confirm-replace", sheet: generated.sheet };

  const replacing = generated && options.replace === true ? generated : null;
  const sheet = replacing ? wanted : uniqueSheetName(wanted, snapshot.sheetNames);
  const takenNames = [...snapshot.names.map((n) => n.name), ...snapshot.tableNames.map((t) => t.name)];
  const marker = replacing
    ? { name: replacing.marker, exists: true }
    : markerForNewSheet(snapshot.names, snapshot.sheetNames, takenNames);
  const plan = summaryPlan(read.workbook, built.summary, { sheet, replacing, marker, takenNames });
  return { kind: "plan", plan, sheet, replaced: replacing?.sheet ?? null, summary: built.summary, notes: read.notes };
}
