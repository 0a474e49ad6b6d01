import { parseReview, type ImportedReview } from "../../../src/core/report-import/parse-review";
import { EXPECTED, SEEDS, THEMES, seedText, seedsPresent } from "./seed-reports";

const maybe = seedsPresent ? describe : describe.skip;

function reviewOf(text: string): ImportedReview {
  const parsed = parseReview(text);
  if (parsed.kind !== "review") throw new Error(parsed.message);
  return parsed.review;
}

/** [area, rating in round 1, rating in round 2] rows, in report order. */
function grid(review: ImportedReview): string[][] {
  const rows = new Map<string, string[]>();
  for (const r of review.ratings) {
    const row = rows.get(r.area) ?? [r.area];
    row[review.rounds.indexOf(r.round) + 1] = r.rating ?? "(none)";
    rows.set(r.area, row);
  }
  return [...rows.values()];
}

maybe("importing the Home Office 2017 progress review", () => {
  const review = reviewOf(seedText(SEEDS.homeOffice));
  const expected = EXPECTED.homeOffice;

  it("finds the organisation and the two rounds", () => {
    expect(review.organisation).toBe(expected.organisation);
    expect(review.rounds).toEqual(expected.rounds);
  });

  it("finds 4 themes, 10 areas and 20 ratings, each as expected", () => {
    expect(review.themes.map((t) => t.name)).toEqual(THEMES);
    expect(review.themes.flatMap((t) => t.areas)).toHaveLength(10);
    expect(review.ratings).toHaveLength(20);
    expect(grid(review)).toEqual(expected.ratings);
    expect(review.scale.id).toBe("ima-2015");
  });

  it("finds the 11 next steps, first and last as written", () => {
    expect(review.nextSteps).toHaveLength(expected.nextSteps);
    expect(review.nextSteps[0]?.text).toBe(expected.firstStep);
    expect(review.nextSteps[10]?.text).toBe(expected.lastStep);
    // Continuation lines that start with a capital stay inside their item.
    expect(review.nextSteps[4]?.text).toContain("met within the Office 365 environment");
    expect(review.nextSteps[5]?.text).toMatch(/in line with Home Office information strategy goals$/);
  });

  it("points each rating at its line and flags the one read off an area label's line", () => {
    const oversight = review.ratings.find((r) => r.area === "Oversight of records and selection" && r.round === "IMA 2015");
    expect(oversight).toMatchObject({ line: 257, uncertain: true });
    const split = review.ratings.find((r) => r.area === "Supporting information through technology" && r.round === "Review 2017");
    expect(split).toMatchObject({ line: 106, uncertain: false, found: "Progressing to Satisfactory" });
    expect(review.ratings.filter((r) => r.uncertain)).toHaveLength(1);
  });
});

maybe("importing the Cabinet Office 2015 progress review", () => {
  const review = reviewOf(seedText(SEEDS.cabinetOffice));
  const expected = EXPECTED.cabinetOffice;

  it("finds the organisation, rounds, themes and every rating", () => {
    expect(review.organisation).toBe(expected.organisation);
    expect(review.rounds).toEqual(expected.rounds);
    expect(review.themes.map((t) => t.name)).toEqual(THEMES);
    expect(grid(review)).toEqual(expected.ratings);
  });

  it("finds the 6 next steps", () => {
    expect(review.nextSteps).toHaveLength(expected.nextSteps);
    expect(review.nextSteps.map((s) => s.text.slice(0, 6))).toEqual(["Engage", "Review", "Enact ", "Progre", "Contin", "Carry "]);
  });

  it("flags rating phrases joined across other lines as uncertain", () => {
    const joined = review.ratings.filter((r) => r.found !== null && r.found.startsWith("Progressing"));
    expect(joined.map((r) => [r.area, r.uncertain])).toEqual([
      ["Supporting information through technology", true],
      ["Providing guidance", true],
    ]);
  });
});
