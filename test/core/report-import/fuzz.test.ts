import fc from "fast-check";
import { parseReview } from "../../../src/core/report-import/parse-review";

// Pieces of the layouts extraction produces, so that random text often looks like a review.
const PIECES = [
  "", "", "1", "12", "Performance rating", "IMA 2015", "Review 2017", "Satisfactory", "Development area",
  "Good practice", "Progressing to", "Progressing towards", "satisfactory", "good practice", "practice",
  "Communicating and", "realising value", "Establishing control", "Oversight of records and Satisfactory",
  "Next Steps", "include the following:", "http://example.org/a/", "Situation at the time of the IMA",
  "The Example Board IMA took place in 2014.", "work closely with Example Board so that it",
  "A line of ordinary running prose that is long enough to end a rating table.", "Red", "Amber/Red", "\u2022", "\uF0B7",
  "IMA 2015 Review 2017", "Communicating and Satisfactory Progressing to", "realising value satisfactory",
  "Development area Good practice", "Review 2017 (final)", "O\uFB03ce",
];

const reviewLike = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 30 })), { maxLength: 200 }).map((lines) => lines.join("\n"));
const anyText = fc.string({ unit: "binary", maxLength: 2000 });

function checkShape(text: string): void {
  const parsed = parseReview(text);
  if (parsed.kind === "not-a-review") {
    expect(parsed.message).toBe("no rating table found");
    return;
  }
  const lineCount = text.split(/\r\n|[\n\r\f\u2028\u2029]/).length;
  const { review } = parsed;
  expect(review.themes.length).toBeGreaterThan(0);
  for (const rating of review.ratings) {
    expect(rating.line).toBeGreaterThanOrEqual(1);
    expect(rating.line).toBeLessThanOrEqual(lineCount);
    expect(review.rounds).toContain(rating.round);
    if (rating.rating !== null) expect(review.scale.levels.map((l) => l.label)).toContain(rating.rating);
  }
  const areas = review.themes.reduce((n, t) => n + t.areas.length, 0);
  expect(review.ratings.length).toBeGreaterThanOrEqual(areas);
}

describe("parsing arbitrary text", () => {
  it("never throws on any text, and answers a review or \"no rating table found\"", () => {
    fc.assert(fc.property(anyText, (text) => checkShape(text)), { numRuns: 300 });
  });

  it("never throws on text made of review-like lines, and keeps every rating inside the text", () => {
    fc.assert(fc.property(reviewLike, (text) => checkShape(text)), { numRuns: 500 });
  });
});
