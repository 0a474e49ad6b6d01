import { NO_RATING_TABLE, parseReview } from "../../../src/core/report-import/parse-review";
import { IMA_2015_FRAMEWORK } from "../../../src/core/framework-presets";

// An older report in our own words: its ratings were colours in a matrix, so the text has headings only.
const OLDER_REPORT = [
  "Information Management Assessment of the Example Ministry",
  "The assessment took place in March 2013 (IMA 2013).",
  "1 The value of information",
  "1.1 Communicating and realising value",
  "The ministry has a strategy and tells staff about it at induction and in its newsletters each year.",
  "1.2 Managing information as an asset",
  "Information assets are listed, though owners do not yet review the list as often as they should.",
  "2 Digital information and supporting technology",
  "2.1 Supporting information through technology",
  "2.2 Digital continuity and IT change",
  "3 Information risk, governance and oversight",
  "Recognising information risk",
  "Establishing control",
  "Providing guidance",
  "Measuring impact",
  "4 Records, review and transfer",
  "Oversight of records and selection",
  "Implementing disposal decisions",
  "Next steps",
  "The ministry should:",
  "Review its list of information assets every quarter.",
  "Agree a plan for its paper files.",
].join("\n");

describe("a report with no rating words, whose ratings were colours in a matrix", () => {
  const parsed = parseReview(OLDER_REPORT);

  it("finds the framework from its headings and sets up its areas and the round with empty ratings", () => {
    if (parsed.kind !== "review") throw new Error(parsed.message);
    const review = parsed.review;
    expect(review.rounds).toEqual(["IMA 2013"]);
    expect(review.themes).toEqual(IMA_2015_FRAMEWORK.themes.map((t) => ({ name: t.name, areas: [...t.areas] })));
    expect(review.ratings).toHaveLength(10);
    expect(review.ratings.every((r) => r.rating === null && r.round === "IMA 2013" && !r.uncertain)).toBe(true);
    expect(review.nextSteps.map((s) => s.text)).toEqual(["Review its list of information assets every quarter.", "Agree a plan for its paper files."]);
  });

  it("says in a sentence that the ratings must be entered by hand", () => {
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.ratingsByHand).toMatch(/no rating in words.*entered by hand/);
    expect(parsed.review.ratingsByHand).toContain('"IMA 2013"');
  });

  it("still refuses text that names too few of a framework's areas", () => {
    const text = ["Minutes, 4 May 2019", "Establishing control", "Providing guidance was discussed, and so was the budget."].join("\n");
    expect(parseReview(text)).toEqual({ kind: "not-a-review", message: NO_RATING_TABLE });
  });

  it("does not set a review with rating words aside", () => {
    const parsed = parseReview(["Theme", "Performance rating", "Establishing control", "Providing guidance", "IMA 2015", "Satisfactory", "Good practice"].join("\n"));
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.ratingsByHand).toBeUndefined();
  });
});
