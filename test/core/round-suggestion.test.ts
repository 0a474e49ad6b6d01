import { suggestRoundLabel } from "../../src/core/round-suggestion";

describe("suggestRoundLabel", () => {
  it.each([
    [["IMA 2015", "Review 2017"], 2026, "Review 2026"],
    [["IMA 2015", "Review 2026"], 2026, "Review 2027"],
    [["Review 2028"], 2026, "Review 2029"],
    [["2019/20 review"], 2026, "2026/27 review"],
    [["Review 2019-2020"], 2026, "Review 2026-2027"],
    [["Spring 2017 review (round 2)"], 2026, "Spring 2026 review (round 2)"],
    [[], 2026, "Review 2026"],
    [["Baseline"], 2026, "Review 2026"],
  ])("after %j in %i suggests %s", (rounds, year, expected) => {
    expect(suggestRoundLabel(rounds, year)).toBe(expected);
  });

  it("never suggests a label the table already has", () => {
    expect(suggestRoundLabel(["Review 2017"], 2026, ["review 2026", "Review 2027"])).toBe("Review 2028");
  });
});
