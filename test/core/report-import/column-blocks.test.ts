import { parseReview } from "../../../src/core/report-import/parse-review";
import { DA, GP, PS, S } from "./seed-reports";

// Synthetic tables in the layout some reviews of the series use: only the first round's rating sits
// under each area label, and the later rounds follow the labels as blocks, one per round.
const END = "A line of prose long enough to end the table here, as in any review.";

function cells(lines: readonly string[]): [string, string, string | null, boolean][] {
  const parsed = parseReview(["Keeping information", "Performance rating", ...lines, END].join("\n"));
  if (parsed.kind !== "review") throw new Error(parsed.message);
  return parsed.review.ratings.map((r) => [r.area, r.round, r.rating, r.uncertain]);
}

describe("a rating table read column by column, the later round as a block after a blank line", () => {
  it("gives each block to its round by order and count", () => {
    const found = cells(["IMA 2016", "Review 2019", "Knowing what you hold", "Satisfactory", "Keeping records safe", "Good practice", "Sharing information", "Development area", "", "Good practice", "Satisfactory", "Progressing to satisfactory"]);
    expect(found).toEqual([
      ["Knowing what you hold", "IMA 2016", S, false],
      ["Knowing what you hold", "Review 2019", GP, false],
      ["Keeping records safe", "IMA 2016", GP, false],
      ["Keeping records safe", "Review 2019", S, false],
      ["Sharing information", "IMA 2016", DA, false],
      ["Sharing information", "Review 2019", PS, false],
    ]);
  });

  it("puts back phrases split over two lines in either block", () => {
    const found = cells(["IMA 2016", "Review 2019", "Knowing what you hold", "Progressing to", "satisfactory", "Keeping records safe", "Satisfactory", "Sharing information", "Development area", "", "Progressing to", "Satisfactory", "Good practice", "Satisfactory"]);
    expect(found).toEqual([
      ["Knowing what you hold", "IMA 2016", PS, false],
      ["Knowing what you hold", "Review 2019", PS, false],
      ["Keeping records safe", "IMA 2016", S, false],
      ["Keeping records safe", "Review 2019", GP, false],
      ["Sharing information", "IMA 2016", DA, false],
      ["Sharing information", "Review 2019", S, false],
    ]);
  });

  it("reads three rounds as two blocks after the labels", () => {
    const found = cells(["IMA 2014", "Review 2016", "Review 2018", "First area", "Development area", "Second area", "Satisfactory", "", "Progressing to", "satisfactory", "Good practice", "", "Satisfactory", "Good practice"]);
    expect(found.map(([area, round, rating, doubt]) => `${area}/${round}/${rating}/${doubt}`)).toEqual([
      `First area/IMA 2014/${DA}/false`,
      `First area/Review 2016/${PS}/false`,
      `First area/Review 2018/${S}/false`,
      `Second area/IMA 2014/${S}/false`,
      `Second area/Review 2016/${GP}/false`,
      `Second area/Review 2018/${GP}/false`,
    ]);
  });

  it("leaves an area with no rating under its label empty and in doubt, and only that cell", () => {
    const found = cells(["IMA 2016", "Review 2019", "Knowing what you hold", "Satisfactory", "Keeping records safe", "Sharing information", "Development area", "", "Good practice", "Satisfactory", "Satisfactory"]);
    expect(found.filter((c) => c[3])).toEqual([["Keeping records safe", "IMA 2016", null, true]]);
    expect(found.find((c) => c[0] === "Keeping records safe" && c[1] === "Review 2019")).toEqual(["Keeping records safe", "Review 2019", S, false]);
  });

  it("puts every later cell in doubt when the block is short, rather than guessing which is missing", () => {
    const found = cells(["IMA 2016", "Review 2019", "Knowing what you hold", "Satisfactory", "Keeping records safe", "Good practice", "Sharing information", "Development area", "", "Good practice", "Satisfactory"]);
    expect(found.filter((c) => c[1] === "Review 2019").map((c) => c[3])).toEqual([true, true, true]);
    expect(found.filter((c) => c[1] === "IMA 2016").map((c) => c[3])).toEqual([false, false, false]);
  });

  it("doubts the blocks when the last label has no rating under it and no blank line marks where they start", () => {
    const found = cells(["IMA 2016", "Review 2019", "Knowing what you hold", "Satisfactory", "Keeping records safe", "Good practice", "Sharing information", "Good practice", "Satisfactory", "Development area"]);
    expect(found.filter((c) => c[1] === "Review 2019").every((c) => c[3])).toBe(true);
    expect(found.find((c) => c[0] === "Sharing information" && c[1] === "IMA 2016")?.[3]).toBe(true);
  });
});
