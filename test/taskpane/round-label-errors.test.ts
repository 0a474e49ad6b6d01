import { describeError } from "../../src/taskpane/describe-error";
import { roundLabelErrors } from "../../src/taskpane/round-label-errors";

describe("roundLabelErrors", () => {
  it("accepts distinct labels", () => {
    expect(roundLabelErrors(["IMA 2015", "Review 2017"])).toEqual([undefined, undefined]);
  });

  it("flags blank labels, spaces only included", () => {
    expect(roundLabelErrors(["IMA 2015", "   "])).toEqual([undefined, 'Type a label for this round, such as "Review 2019".']);
  });

  it("flags a label used twice, ignoring case and spacing, and names the first round", () => {
    expect(roundLabelErrors(["IMA 2015", "Review 2017", "review  2017 "])).toEqual([
      undefined,
      undefined,
      "Round 2 already has this label.",
    ]);
  });

  it("leaves deeper rules (such as the year) to the core", () => {
    expect(roundLabelErrors(["Baseline"])).toEqual([undefined]);
  });
});

describe("describeError", () => {
  it("uses an Error's message", () => {
    expect(describeError(new Error("Excel is busy."))).toBe("Something unexpected went wrong: Excel is busy.");
  });

  it("uses a thrown string", () => {
    expect(describeError("boom")).toBe("Something unexpected went wrong: boom");
  });

  it("still says something when there are no details", () => {
    expect(describeError(undefined)).toBe("Something unexpected went wrong, and Excel gave no details.");
  });
});
