import type { Plan, SetValuesStep } from "../plan";
import type { Finding } from "./finding";

/**
 * The plan that applies the automatic fixes of these findings: one single-cell write per fixable
 * finding, so no other cell is touched. Findings without a fix are left out; two fixes of the same
 * cell keep the first.
 */
export function fixPlan(findings: readonly Finding[]): Plan {
  const steps: SetValuesStep[] = [];
  const done = new Set<string>();
  for (const finding of findings) {
    if (finding.fix === undefined || finding.address === "") continue;
    const cell = `${finding.sheet}\u0000${finding.address}`;
    if (done.has(cell)) continue;
    done.add(cell);
    steps.push({ kind: "setValues", sheet: finding.sheet, address: finding.address, values: [[finding.fix.value]] });
  }
  return { title: steps.length === 1 ? "Fix 1 cell" : `Fix ${steps.length} cells`, steps };
}
