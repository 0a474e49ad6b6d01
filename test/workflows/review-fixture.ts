import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseReview, type ImportedReview } from "../../src/core/report-import/parse-review";
import type { ReviewToWrite } from "../../src/core/review-import-plan";

/** The made-up review of another body (test/fixtures/reports), parsed. */
export function fixtureReview(): ImportedReview {
  const parsed = parseReview(readFileSync(join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt"), "utf8"));
  if (parsed.kind !== "review") throw new Error(parsed.message);
  return parsed.review;
}

export function toWrite(review: ImportedReview): ReviewToWrite {
  return { ...review, nextSteps: review.nextSteps.map((s) => s.text) };
}
