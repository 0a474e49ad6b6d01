import { planSetUp, type SetUpOptions } from "../core/set-up-plan";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { SetUpOptions };

/** Set up: read the workbook once, decide, then write everything in one batch. */
export async function setUpWorkbook(host: WorkbookHost, options: SetUpOptions): Promise<WorkflowResult> {
  try {
    const snapshot = await host.read(CONTRACT_READ);
    const decision = planSetUp(snapshot, options);
    if (decision.kind === "already-set-up") {
      return refused([
        `This workbook already has a Ratings table (on the sheet "${decision.sheet}"). Use Repair formatting instead; Set up never makes a second one.`,
      ]);
    }
    if (decision.kind === "refused") return refused(decision.problems);
    const outcome = await host.apply(decision.plan);
    const areas = options.framework.themes.reduce((n, t) => n + t.areas.length, 0);
    return succeeded(
      `Created the Ratings, Actions and Lists sheets: ${areas} ${areas === 1 ? "area" : "areas"} and ${options.rounds.length} ${options.rounds.length === 1 ? "round" : "rounds"}.`,
      [],
      outcome,
    );
  } catch (error) {
    return failed(error);
  }
}
