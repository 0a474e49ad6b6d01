import type { PlanOutcome } from "../core/plan";
import { splitPlan } from "../core/plan-payload";
import { planSummary } from "../core/summary/plan-summary";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowFailure, type WorkflowResult } from "./workflow-result";

export interface GenerateSummaryOptions {
  /** The two rounds to compare, by label; the latest two by default. */
  readonly rounds?: readonly [string, string];
  /** The level areas should reach; the scale's target (e.g. "Satisfactory") by default. */
  readonly target?: string;
  /** Today as "YYYY-MM-DD" (localIsoDate(new Date())): names the sheet and decides what is overdue. */
  readonly todayIso: string;
  /**
   * When a summary the add-in made today already exists: true replaces that sheet, false writes a
   * second one ("... (2)"), undefined writes nothing and asks (the result carries `confirmReplace`).
   */
  readonly replace?: boolean;
}

export type GenerateSummaryResult =
  | (Extract<WorkflowResult, { ok: true }> & {
      /** The sheet written. */
      readonly sheet: string;
      /** The generated sheet it replaced, or null. */
      readonly replaced: string | null;
      /** Round trips the write took (1, or 2 when split to stay under the request size limit). */
      readonly writeRequests: number;
    })
  | (WorkflowFailure & { readonly confirmReplace?: string });

/** Generate summary: one read, then the new sheet in one or two writes. */
export async function generateSummary(host: WorkbookHost, options: GenerateSummaryOptions): Promise<GenerateSummaryResult> {
  try {
    const snapshot = await host.read(CONTRACT_READ);
    const decision = planSummary(snapshot, options);
    if (decision.kind === "refused") return refused(decision.problems);
    if (decision.kind === "confirm-replace") {
      return {
        ok: false,
        confirmReplace: decision.sheet,
        problems: [
          `The summary sheet "${decision.sheet}" made earlier today already exists. Replace it (anything typed on it is lost), or write a second sheet.`,
        ],
      };
    }
    const budget = host.capabilities.requestBytes ?? Number.POSITIVE_INFINITY;
    const split = splitPlan(decision.plan, budget, 2);
    if (!split.ok) {
      return refused([
        `The summary is too large to write (about ${(split.bytes / 1_048_576).toFixed(1)} MB; Excel takes at most ${(budget / 1_048_576).toFixed(0)} MB in each of two requests). Nothing was written. Compare fewer areas or close finished actions.`,
      ]);
    }
    const skipped: PlanOutcome["skipped"][number][] = [];
    for (const part of split.parts) skipped.push(...(await host.apply(part)).skipped);
    const done = succeeded(
      `${decision.replaced ? "Replaced" : "Created"} the sheet "${decision.sheet}". ${decision.summary.headline}`,
      decision.notes,
      { skipped },
    );
    if (!done.ok) return done;
    return { ...done, sheet: decision.sheet, replaced: decision.replaced, writeRequests: split.parts.length };
  } catch (error) {
    return failed(error);
  }
}
