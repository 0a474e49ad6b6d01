import { checkWorkbook, fixPlan, type CheckOptions, type Finding } from "../core/checks";
import { readWorkbook } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

/** A fix the user chose: a finding and the value to write (its fix, or a suggestion they accepted). */
export interface ChosenFix {
  readonly finding: Finding;
  readonly value: string;
}

/**
 * Fix (one finding) and Fix all: reads the workbook again and writes only the cells that still hold
 * what the check found, so an edit made since the check is never overwritten. All the writes go in
 * one batch (one sync); nothing else is touched.
 */
export async function fixFindings(host: WorkbookHost, chosen: readonly ChosenFix[], options: CheckOptions): Promise<WorkflowResult> {
  try {
    if (chosen.length === 0) return refused(["There is nothing to fix."]);
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return refused(read.problems.map((p) => p.message));
    const current = new Set(checkWorkbook(read.workbook, options).map(sameCell));
    const still = chosen.filter((c) => current.has(sameCell(c.finding)));
    const changed = chosen.length - still.length;
    if (still.length === 0) {
      return refused(["Nothing was changed: the cells have been edited since the check. The findings have been refreshed."]);
    }
    const plan = fixPlan(still.map((c) => ({ ...c.finding, fix: { value: c.value } })));
    const outcome = await host.apply(plan);
    const cells = plan.steps.length === 1 ? "1 cell" : `${plan.steps.length} cells`;
    const notes = changed > 0 ? [`${changed} ${changed === 1 ? "cell was" : "cells were"} left alone because ${changed === 1 ? "it has" : "they have"} been edited since the check.`] : [];
    return succeeded(`Fixed ${cells}. No other cell was changed.`, notes, outcome);
  } catch (error) {
    return failed(error);
  }
}

/** A finding is still there when the same kind is found at the same cell with the same content. */
function sameCell(finding: Finding): string {
  return [finding.kind, finding.sheet, finding.address, finding.found].join("\u0000");
}
