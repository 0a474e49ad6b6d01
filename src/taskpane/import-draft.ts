import type { ImportedReview } from "../core/report-import/parse-review";
import type { ReviewToWrite } from "../core/review-import-plan";

/** One cell of the preview grid: what was found, what the user chose, and whether to check it. */
export interface DraftCell {
  readonly theme: string;
  readonly area: string;
  readonly round: string;
  /** Canonical label, or "" for no rating. */
  readonly rating: string;
  readonly found: string | null;
  readonly line: number;
  readonly uncertain: boolean;
}

export interface ImportDraft {
  readonly review: ImportedReview;
  readonly cells: readonly DraftCell[];
}

export function draftOf(review: ImportedReview): ImportDraft {
  return {
    review,
    cells: review.ratings.map((r) => ({ theme: r.theme, area: r.area, round: r.round, rating: r.rating ?? "", found: r.found, line: r.line, uncertain: r.uncertain })),
  };
}

export function withRating(draft: ImportDraft, index: number, rating: string): ImportDraft {
  return { ...draft, cells: draft.cells.map((cell, i) => (i === index ? { ...cell, rating, uncertain: false } : cell)) };
}

/** What goes to the workbook: the user's choices, the review's themes, rounds and next steps. */
export function reviewToWrite(draft: ImportDraft): ReviewToWrite {
  return {
    scale: draft.review.scale,
    rounds: draft.review.rounds,
    themes: draft.review.themes,
    ratings: draft.cells.map((c) => ({ theme: c.theme, area: c.area, round: c.round, rating: c.rating === "" ? null : c.rating })),
    nextSteps: draft.review.nextSteps.map((s) => s.text),
    organisation: draft.review.organisation,
    commentary: draft.review.commentary,
  };
}
