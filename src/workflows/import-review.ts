import {
  ASK_BEFORE_OVERWRITING,
  planReviewImport,
  type ImportCounts,
  type OverwriteChoice,
  type RatingConflict,
  type ReviewToWrite,
} from "../core/review-import-plan";
import { ABOUT_CELLS } from "../core/about-plan";
import { paragraphsOf } from "../core/commentary";
import { COMMENTARY_SHEET } from "../core/workbook-contract";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { OverwriteChoice, RatingConflict, ReviewToWrite };

/** Either the import's outcome, or the ratings it would replace, for the user to confirm first. */
export type ImportReviewResult =
  | { readonly kind: "conflicts"; readonly conflicts: readonly RatingConflict[] }
  | { readonly kind: "done"; readonly result: WorkflowResult };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function message(counts: ImportCounts): string {
  const parts = [
    counts.createdWorkbook ? "Created the Ratings, Actions and Lists sheets" : null,
    `wrote ${plural(counts.ratingsWritten, "rating", "ratings")}`,
    counts.roundsAdded > 0 && !counts.createdWorkbook ? `added ${plural(counts.roundsAdded, "round", "rounds")}` : null,
    counts.areasAdded > 0 && !counts.createdWorkbook ? `added ${plural(counts.areasAdded, "area", "areas")}` : null,
    `added ${plural(counts.actionsAdded, "next step", "next steps")} as "Not started" actions`,
    counts.commentaryAdded ? `kept ${plural(counts.commentaryAdded, "commentary text", "commentary texts")} in the Commentary table` : null,
  ].filter((p): p is string => p !== null);
  const text = parts.join(", ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/**
 * Import: read the workbook once, plan, and either write everything in one batch or come back
 * with the ratings that would be replaced. Nothing is written until every conflict is settled.
 */
export async function importReview(host: WorkbookHost, review: ReviewToWrite, choice: OverwriteChoice = ASK_BEFORE_OVERWRITING): Promise<ImportReviewResult> {
  try {
    // Enough rows below each table to check that appended areas and actions land on empty cells.
    const areas = review.themes.reduce((n, t) => n + t.areas.length, 0);
    const paragraphs = (review.commentary ?? []).reduce((n, c) => n + paragraphsOf(c.text).length, 0);
    const snapshot = await host.read({
      ...CONTRACT_READ,
      sheets: [...CONTRACT_READ.sheets, COMMENTARY_SHEET],
      rowsBelow: Math.max(1, areas, review.nextSteps.length, paragraphs),
      cells: [ABOUT_CELLS],
    });
    const decision = planReviewImport(snapshot, review, choice);
    if (decision.kind === "conflicts") return { kind: "conflicts", conflicts: decision.conflicts };
    if (decision.kind === "refused") return { kind: "done", result: refused(decision.problems) };
    const outcome = await host.apply(decision.plan);
    const notes = [...decision.notes];
    if (decision.counts.ratingsKept > 0) notes.push(`Kept ${plural(decision.counts.ratingsKept, "rating", "ratings")} already in the workbook.`);
    if (decision.counts.actionsAlreadyThere > 0) notes.push(`${plural(decision.counts.actionsAlreadyThere, "next step was", "next steps were")} already in the Actions table and not added again.`);
    return { kind: "done", result: succeeded(message(decision.counts), notes, outcome) };
  } catch (error) {
    return { kind: "done", result: failed(error) };
  }
}
