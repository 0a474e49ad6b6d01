import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";

const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface AxeProblem {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe-core on the page as it is now; returns the serious and critical violations. */
export async function seriousAccessibilityProblems(page: Page): Promise<AxeProblem[]> {
  // Colours are judged as they end, not halfway through a transition (a just-chosen button fading to
  // its filled colour measured as low contrast on a busy machine).
  // Endless ones (a spinner) are left alone.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    // Fluent UI's focus manager (Tabster) adds aria-hidden, focusable <i data-tabster-dummy> guards
    // around tab lists on purpose, to move focus; they are not content, so axe does not judge them.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] } as unknown as Document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
  });
}
