import { readWorkbook } from "../../../src/core/read-workbook";
import { buildSummary, type NextStepsSummary } from "../../../src/core/summary/next-steps-summary";
import { CABINET_OFFICE_2015, HOME_OFFICE_2017, seedSnapshot, type ReviewSeed } from "../../fixtures/review-seeds";

function summarise(seed: ReviewSeed, todayIso = "2026-11-22"): NextStepsSummary {
  const read = readWorkbook(seedSnapshot(seed));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join("\n"));
  const built = buildSummary(read.workbook, { todayIso });
  if (!built.ok) throw new Error(built.problems.join("\n"));
  return built.summary;
}

const movements = (summary: NextStepsSummary, movement: string): number =>
  summary.comparison.areas.filter((a) => a.movement === movement).length;
const below = (summary: NextStepsSummary): string[] =>
  summary.comparison.areas.filter((a) => a.attention.some((r) => r.startsWith("Below"))).map((a) => a.area);

describe("summary of the Home Office 2017 review", () => {
  const summary = summarise(HOME_OFFICE_2017);

  it("compares the latest two rounds: 5 improved, 0 declined, 5 unchanged", () => {
    expect([summary.comparison.earlierRound, summary.comparison.laterRound]).toEqual(["IMA 2015", "Review 2017"]);
    expect([movements(summary, "improved"), movements(summary, "declined"), movements(summary, "unchanged")]).toEqual([5, 0, 5]);
  });

  it("lists the two areas below Satisfactory in Review 2017", () => {
    expect(summary.comparison.target).toBe("Satisfactory");
    expect(below(summary)).toEqual(["Supporting information through technology", "Digital continuity and IT change"]);
  });

  it("says it in one sentence, with all 11 actions open and none overdue", () => {
    expect(summary.headline).toBe(
      "5 areas improved, none declined and 5 are unchanged since IMA 2015; 2 areas are below Satisfactory; 11 of 11 actions are open, none overdue.",
    );
    expect(summary.actions?.openActions).toHaveLength(11);
    expect(summary.actions?.byStatus.find((s) => s.status === "Not started")?.actions).toBe(11);
  });

  it("groups the open actions by theme and area in the Ratings table's order", () => {
    const areas = summary.actions?.openActions.map((a) => a.item.area) ?? [];
    const order = HOME_OFFICE_2017.ratings.map((r) => r[1] as string);
    const positions = areas.map((a) => order.indexOf(a));
    expect(positions.every((p, i) => p >= 0 && (i === 0 || p >= (positions[i - 1] as number)))).toBe(true);
  });
});

describe("summary of the Cabinet Office 2015 review", () => {
  const summary = summarise(CABINET_OFFICE_2015);

  it("finds 3 improved, 0 declined, 7 unchanged, reading 'Development Area' and 'Progressing towards' spellings", () => {
    expect([movements(summary, "improved"), movements(summary, "declined"), movements(summary, "unchanged")]).toEqual([3, 0, 7]);
  });

  it("lists the two areas below Satisfactory in Review 2015", () => {
    expect(below(summary)).toEqual(["Supporting information through technology", "Recognising information risk"]);
    expect(summary.headline).toBe(
      "3 areas improved, none declined and 7 are unchanged since IMA 2013; 2 areas are below Satisfactory; 6 of 6 actions are open, none overdue.",
    );
  });
});
