import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { NO_RATING_TABLE, parseReview } from "../../../src/core/report-import/parse-review";
import { DA, GP, PG, PS, S, THEMES } from "./seed-reports";

const FIXTURE = join(__dirname, "..", "..", "fixtures", "reports", "northshire-2019-progress-review.txt");

describe("a review of another body in the same layout, with other ratings", () => {
  const parsed = parseReview(readFileSync(FIXTURE, "utf8"));
  if (parsed.kind !== "review") throw new Error(parsed.message);
  const review = parsed.review;

  it("finds the body, rounds and themes", () => {
    expect(review.organisation).toBe("Northshire Water Authority");
    expect(review.rounds).toEqual(["IMA 2016", "Review 2019"]);
    expect(review.themes.map((t) => t.name)).toEqual(THEMES);
  });

  it("reads every table, row-wise and column-wise, split labels and split phrases", () => {
    const cells = review.ratings.map((r) => [r.area, r.round, r.rating]);
    const rows: [string, string, string][] = [
      ["Communicating and realising value", DA, PS],
      ["Managing information as an asset", S, GP],
      ["Supporting information through technology", S, PG],
      ["Digital continuity and IT change", DA, PS],
      ["Recognising information risk", PS, GP],
      ["Establishing control", GP, GP],
      ["Providing guidance", DA, DA],
      ["Measuring impact", S, PG],
      ["Oversight of records and selection", DA, S],
      ["Implementing disposal decisions", GP, PG],
    ];
    expect(cells).toEqual(rows.flatMap(([area, a, b]) => [[area, "IMA 2016", a], [area, "Review 2019", b]]));
  });

  it("flags only the cells with another possible reading", () => {
    expect(review.ratings.filter((r) => r.uncertain).map((r) => [r.area, r.round])).toEqual([
      ["Supporting information through technology", "Review 2019"],
      ["Digital continuity and IT change", "Review 2019"],
      ["Oversight of records and selection", "IMA 2016"],
    ]);
  });

  it("splits the next steps where the items end, not where the lines wrap", () => {
    expect(review.nextSteps.map((s) => s.text.split(" ")[0])).toEqual(["Naming", "Writing", "Checking", "Agreeing", "Setting"]);
    expect(review.nextSteps[1]?.text).toContain("as long as the Northshire retention schedule requires");
    expect(review.nextSteps[2]?.text).toBe("Checking that every team uses the managed system rather than local folders");
  });
});

describe("text that is not a review", () => {
  it.each([
    ["empty text", ""],
    ["prose", "Minutes of the meeting held on 3 March 2019.\nThe committee agreed the budget and noted that satisfactory progress had been made.\n"],
    ["a caption with nothing under it", "Performance rating\n\nThe rest of this page was left blank on purpose because nothing was assessed.\n"],
    ["ratings without rounds", "Performance rating\nRecords\nSatisfactory\nGood practice\n"],
  ])("refuses %s with \"no rating table found\"", (_name, text) => {
    expect(parseReview(text)).toEqual({ kind: "not-a-review", message: NO_RATING_TABLE });
  });

  it("reports a table whose cells do not add up as uncertain rather than guessing quietly", () => {
    const parsed = parseReview("A theme\nPerformance rating\nFirst area\nSecond area\nIMA 2015\nReview 2017\nSatisfactory\nGood practice\nSatisfactory\nNext bit of prose that is long enough to end the table here.\n");
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.ratings.map((r) => [r.area, r.round, r.rating, r.uncertain])).toEqual([
      ["First area", "IMA 2015", S, true],
      ["First area", "Review 2017", GP, true],
      ["Second area", "IMA 2015", S, true],
      ["Second area", "Review 2017", null, true],
    ]);
  });

  it("guesses the scale from the ratings found (here a RAG scale)", () => {
    const parsed = parseReview("Security\nPerformance rating\nPatching\nBackups\nAudit 2024\nAudit 2025\nRed\nAmber\nAmber\nGreen\n");
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.scale.id).toBe("rag-3");
    expect(parsed.review.ratings.map((r) => r.rating)).toEqual(["Red", "Amber", "Amber", "Green"]);
    expect(parsed.review.organisation).toBeNull();
  });
});

describe("the parser is general", () => {
  it("names no organisation anywhere in its code", () => {
    const dir = join(__dirname, "..", "..", "..", "src", "core", "report-import");
    const code = readdirSync(dir).map((file) => readFileSync(join(dir, file), "utf8")).join("\n");
    for (const name of ["Home Office", "Cabinet Office", "Northshire", "Whitehall", "Border Force"]) {
      expect(code).not.toContain(name);
    }
  });
});

describe("what PDF extraction leaves in the text", () => {
  it("reads ligatures, soft hyphens, Windows line ends and private-use bullet glyphs as plain text", () => {
    const text = [
      "The Example Board IMA took place in 2014.",
      "Oﬃce systems",
      "Performance rating",
      "\uF0B7 Classiﬁcation of records",
      "Main\u00ADtaining ﬁles",
      "IMA 2014",
      "Review 2016",
      "Satisfactory",
      "Good practice",
      "Development area",
      "Progressing to",
      "satisfactory",
      "A line of prose long enough to end the table here, as in any review.",
    ].join("\r\n");
    const parsed = parseReview(text);
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.organisation).toBe("Example Board");
    expect(parsed.review.themes).toEqual([{ name: "Office systems", areas: ["Classification of records", "Maintaining files"] }]);
    expect(parsed.review.ratings.map((r) => r.rating)).toEqual([S, GP, DA, PS]);
  });
});

describe("a table whose rows came out on one line each (cells on one baseline)", () => {
  it("splits the round headers and each row's cells off the area label", () => {
    const text = [
      "The value of information",
      "Performance rating",
      "IMA 2015 Review 2017",
      "Communicating and Satisfactory Satisfactory",
      "realising value",
      "Managing information as Development area Progressing to satisfactory",
      "an asset",
      "Situation at the time of the IMA",
      "A line of prose long enough to end the table here, as in any review.",
    ].join("\n");
    const parsed = parseReview(text);
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.rounds).toEqual(["IMA 2015", "Review 2017"]);
    expect(parsed.review.ratings.map((r) => [r.area, r.round, r.rating, r.uncertain])).toEqual([
      ["Communicating and realising value", "IMA 2015", S, false],
      ["Communicating and realising value", "Review 2017", S, false],
      ["Managing information as an asset", "IMA 2015", DA, false],
      ["Managing information as an asset", "Review 2017", PS, false],
    ]);
  });

  it("keeps a round header with words after its year whole", () => {
    const parsed = parseReview("T\nPerformance rating\nArea one\nReview 2017 (final)\nSatisfactory\n");
    if (parsed.kind !== "review") throw new Error(parsed.message);
    expect(parsed.review.rounds).toEqual(["Review 2017 (final)"]);
  });
});
