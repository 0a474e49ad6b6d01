import { parseReview } from "../../../src/core/report-import/parse-review";
import { fixtureReview } from "../../workflows/review-fixture";
import { SEEDS, seedText, seedsPresent } from "./seed-reports";

describe("the commentary under each theme of a review", () => {
  it("keeps the situation at the time of the assessment with the earlier round and the progress since with the later one", () => {
    const review = fixtureReview();
    expect(review.commentary.map((c) => [c.theme, c.round])).toEqual([
      ["The value of information", "IMA 2016"],
      ["The value of information", "Review 2019"],
      ["Digital information and supporting technology", "IMA 2016"],
      ["Digital information and supporting technology", "Review 2019"],
      ["Information risk, governance and oversight", "IMA 2016"],
      ["Information risk, governance and oversight", "Review 2019"],
      ["Records, review and transfer", "IMA 2016"],
      ["Records, review and transfer", "Review 2019"],
    ]);
    const [situation, progress] = review.commentary;
    expect(situation?.text).toBe(
      "The authority had no written view of why its information mattered to the way it runs its reservoirs, and nobody on the board looked after the subject in particular.",
    );
    // The page number and the blank line of a page break neither end the progress text nor start a paragraph.
    expect(progress?.text).toBe("Since the assessment a director has taken the subject on and talks about it often. The register of information assets now covers every team and is checked each spring.");
    // The last theme stops at the Next steps heading.
    expect(review.commentary[7]?.text).toBe("It now has a schedule for selection and has disposed of two old shared drives.");
  });

  it("divides at a blank line when the text has one, and gives everything to the one round of a single-round table", () => {
    const text = [
      "Progress to address recommendations and risk areas",
      "1 Value",
      "Performance rating",
      "Managing information as an asset",
      "IMA 2016",
      "Satisfactory",
      "Situation at the time of the IMA",
      "",
      "The board has looked at it since the start and is told of it every month.",
      "",
      "Nothing has changed, and the board was told so.",
    ].join("\n");
    const parsed = parseReview(text);
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.commentary).toEqual([
      expect.objectContaining({ theme: "Value", round: "IMA 2016", text: "The board has looked at it since the start and is told of it every month.\n\nNothing has changed, and the board was told so." }),
    ]);
  });

  (seedsPresent ? it : it.skip)("finds both rounds' commentary under every theme of both seed reviews, without headings, page numbers or footnote addresses", () => {
    for (const seed of [SEEDS.homeOffice, SEEDS.cabinetOffice]) {
      const parsed = parseReview(seedText(seed));
      if (parsed.kind !== "review") throw new Error(parsed.message);
      const { rounds, themes, commentary } = parsed.review;
      expect(commentary.map((c) => [c.theme, c.round])).toEqual(themes.flatMap((t) => rounds.map((r) => [t.name, r])));
      for (const entry of commentary) {
        expect(entry.text).not.toMatch(/Situation at the time|https?:\/\/|\n\n\d+\n\n|^\d+$/m);
        expect(entry.text.length).toBeGreaterThan(300);
      }
    }
  });
});
