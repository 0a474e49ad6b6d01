import fc from "fast-check";
import { DEFAULT_STATUSES } from "../../../src/core/action-status";
import { readWorkbook } from "../../../src/core/read-workbook";
import type { RatingScale } from "../../../src/core/rating-scale";
import { IMA_2008_SCALE, NCSC_CAF_SCALE, RAG_3_SCALE } from "../../../src/core/scale-presets";
import { generatedSheets, referencedSheet, markerFormula } from "../../../src/core/summary/generated-sheets";
import { buildSummary } from "../../../src/core/summary/next-steps-summary";
import { planSummary } from "../../../src/core/summary/plan-summary";
import { MAX_SHEET_NAME, uniqueSheetName, validSheetName } from "../../../src/core/summary/sheet-name";
import { targetLevel } from "../../../src/core/summary/target-level";
import { ACTION_HEADER, HOME_OFFICE_2017, seedSnapshot } from "../../fixtures/review-seeds";

function summaryOf(ratings: string[][], actions: (string | number)[][], options: { rounds?: [string, string]; target?: string } = {}) {
  const snapshot = seedSnapshot(HOME_OFFICE_2017, {
    tables: [
      { name: "Ratings", sheet: "Ratings", address: `Ratings!A1:E${ratings.length + 1}`, values: [["Theme", "Area", "IMA 2015", "Review 2017", "Review 2019"], ...ratings] },
      { name: "Actions", sheet: "Actions", address: `Actions!A1:I${actions.length + 1}`, values: [[...ACTION_HEADER], ...actions] },
    ],
  });
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error("unreadable");
  return buildSummary(read.workbook, { todayIso: "2026-11-22", ...options });
}

const action = (area: string, status: string, due: string | number = ""): (string | number)[] => ["", "Do it", "T", area, "", due, "", status, ""];

describe("headline sentence", () => {
  it("uses the singular for one area and one action, and counts declines, new ratings and overdue", () => {
    const built = summaryOf(
      [
        ["T", "A", "Satisfactory", "Good practice", "Satisfactory"],
        ["T", "B", "", "Good practice", "Development area"],
        ["T", "C", "", "", ""],
      ],
      [action("A", "In progress", "2026-11-01")],
    );
    expect(built.ok && built.summary.headline).toBe(
      "No areas improved, 2 declined and none are unchanged since Review 2017; 1 area has no rating in Review 2019; 1 area is below Satisfactory; 1 of 1 action is open, 1 overdue.",
    );
  });

  it("says when nothing is open, and counts statuses not on the list apart", () => {
    const built = summaryOf([["T", "A", "Satisfactory", "Satisfactory", "Satisfactory"]], [action("A", "Complete"), action("A", "Parked"), action("A", "")], {
      rounds: ["IMA 2015", "Review 2019"],
    });
    if (!built.ok) throw new Error(built.problems.join());
    expect(built.summary.headline).toBe(
      "No areas improved, none declined and 1 is unchanged since IMA 2015; no areas are below Satisfactory; 2 of 3 actions are open, none overdue (1 with a status not on the list).",
    );
    const counts = built.summary.actions?.byStatus.map((s) => [s.status, s.listed, s.actions]);
    expect(counts).toEqual([...DEFAULT_STATUSES.map((s) => [s.label, true, s.label === "Complete" ? 1 : 0]), ["Parked", false, 1], ["(blank)", false, 1]]);
  });

  it("marks an overdue action only when it is open and past its due day", () => {
    const built = summaryOf([["T", "A", "Satisfactory", "Satisfactory", "Satisfactory"]], [action("A", "Blocked", "2026-11-21"), action("A", "Blocked", "2026-11-22"), action("A", "Complete", "2020-01-01")]);
    expect(built.ok && built.summary.actions?.openActions.map((a) => a.overdue)).toEqual([true, false]);
  });
});

describe("choosing rounds and target", () => {
  const rows = [["T", "A", "Development area", "Satisfactory", "Good practice"]];

  it("takes the latest two rounds by default and any two on request", () => {
    const latest = summaryOf(rows, []);
    expect(latest.ok && [latest.summary.comparison.earlierRound, latest.summary.comparison.laterRound]).toEqual(["Review 2017", "Review 2019"]);
    const chosen = summaryOf(rows, [], { rounds: ["IMA 2015", "review 2017"] });
    expect(chosen.ok && chosen.summary.comparison.areas[0]?.movement).toBe("improved");
  });

  it("refuses the later round named first, instead of comparing backwards or swapping them without a word", () => {
    const reversed = summaryOf(rows, [], { rounds: ["review 2017", "IMA 2015"] });
    expect(!reversed.ok && reversed.problems).toEqual(['"Review 2017" comes after "IMA 2015" in the Ratings table: choose the older round as the earlier one.']);
  });

  it("refuses an unknown round or target, naming what there is", () => {
    const round = summaryOf(rows, [], { rounds: ["IMA 2015", "Review 2030"] });
    expect(!round.ok && round.problems[0]).toBe('The Ratings table has no round "Review 2030". Its rounds are: IMA 2015, Review 2017, Review 2019.');
    const target = summaryOf(rows, [], { target: "Excellent" });
    expect(!target.ok && target.problems[0]).toContain('"Excellent" is not a level of the rating scale.');
  });

  it("uses a target given by alias or case, and marks areas below it", () => {
    const built = summaryOf(rows, [], { target: "progressing towards good practice", rounds: ["IMA 2015", "Review 2017"] });
    expect(built.ok && built.summary.comparison.areas[0]?.attention).toEqual(["Below Progressing to good practice"]);
  });

  it("defaults the target to the scale's own, then 'Satisfactory' or its alias, then a matching preset, then the middle level", () => {
    expect(targetLevel(NCSC_CAF_SCALE)).toBe("Achieved");
    const withoutTarget = (scale: RatingScale): RatingScale => ({ ...scale, target: undefined, id: "workbook" });
    expect(targetLevel(withoutTarget(IMA_2008_SCALE))).toBe("Satisfactory");
    expect(targetLevel({ ...withoutTarget(IMA_2008_SCALE), levels: IMA_2008_SCALE.levels.map((l) => (l.label === "Satisfactory" ? { ...l, label: "OK", aliases: ["Satisfactory"] } : l)) })).toBe("OK");
    expect(targetLevel(withoutTarget(RAG_3_SCALE))).toBe("Green");
    const [red, amber, green] = RAG_3_SCALE.levels;
    if (!red || !amber || !green) throw new Error("RAG has three levels");
    const own = { ...withoutTarget(RAG_3_SCALE), levels: [{ ...red, label: "Low" }, { ...amber, label: "Mid" }, { ...green, label: "Top" }, { ...green, label: "Very top" }] };
    expect(targetLevel(own)).toBe("Top");
  });
});

describe("summary sheet names", () => {
  it("adds (2), (3)... to a taken name, ignoring case", () => {
    expect(uniqueSheetName("Next steps 2026-11-22", ["Ratings"])).toBe("Next steps 2026-11-22");
    expect(uniqueSheetName("Next steps 2026-11-22", ["next STEPS 2026-11-22", "Next steps 2026-11-22 (2)"])).toBe("Next steps 2026-11-22 (3)");
  });

  it("always gives a valid, unused name of at most 31 characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 5 }), (wanted, taken) => {
        const name = uniqueSheetName(wanted, taken);
        expect([...name].length).toBeGreaterThan(0);
        expect([...name].length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(name).not.toMatch(/[\\/?*:[\]]/);
        expect(name).not.toMatch(/^'|'$/);
        expect(name.toUpperCase()).not.toBe("HISTORY");
        expect(taken.some((t) => t.toLocaleUpperCase("en-GB") === name.toLocaleUpperCase("en-GB"))).toBe(false);
      }),
    );
    expect(validSheetName("'[Q1]: plan/next?'")).toBe("-Q1-- plan-next-");
    expect(uniqueSheetName("A".repeat(40), ["A".repeat(31)])).toBe(`${"A".repeat(27)} (2)`);
  });
});

describe("generated-sheet markers", () => {
  it("find the sheets the add-in made by their defined names, quoted names included", () => {
    expect(referencedSheet(markerFormula("Bob's 2026"))).toBe("Bob's 2026");
    expect(referencedSheet("=Summary!$A$1")).toBe("Summary");
    expect(referencedSheet("=#REF!$A$1")).toBeNull();
    const names = [
      { name: "RatingMatrixSummary1", formula: "='Next steps 2026-11-22'!$A$1" },
      { name: "RatingMatrixSummary2", formula: "=#REF!$A$1" },
      { name: "MySummary", formula: "=Mine!$A$1" },
    ];
    expect(generatedSheets(names, ["Ratings", "next steps 2026-11-22", "Mine"])).toEqual([{ sheet: "next steps 2026-11-22", marker: "RatingMatrixSummary1" }]);
  });
});

describe("summary plan", () => {
  it("without an Actions table: says so in the sentence and on the sheet, and plans no action tables", () => {
    const base = seedSnapshot(HOME_OFFICE_2017);
    const decision = planSummary({ ...base, tables: base.tables.filter((t) => t.name === "Ratings"), tableNames: base.tableNames.filter((t) => t.name === "Ratings") }, { todayIso: "2026-11-22" });
    if (decision.kind !== "plan") throw new Error(decision.kind);
    expect(decision.summary.headline).toMatch(/; the workbook has no Actions table\.$/);
    const tables = decision.plan.steps.flatMap((s) => (s.kind === "addTable" ? [s.table] : []));
    expect(tables).toEqual(["Summary1Ratings", "Summary1Attention", "Summary1Levels"]);
    expect(decision.plan.steps).toContainEqual(expect.objectContaining({ kind: "setValues", values: [["The workbook has no Actions table, so no actions are listed."]] }));
  });

  it("takes table names nobody uses, re-uses a dead marker, and plans only new sheets unless told to replace", () => {
    const decision = planSummary(
      seedSnapshot(HOME_OFFICE_2017, {
        sheetNames: ["Ratings", "Actions", "Next steps 2026-11-22"],
        tableNames: [{ name: "Summary1Levels", sheet: "Ratings" }],
        names: [{ name: "RatingMatrixSummary1", formula: "=#REF!$A$1" }],
      }),
      { todayIso: "2026-11-22", replace: true },
    );
    if (decision.kind !== "plan") throw new Error(decision.kind);
    expect(decision.sheet).toBe("Next steps 2026-11-22 (2)");
    expect(decision.plan.steps.some((s) => s.kind === "deleteSheet")).toBe(false);
    // The marker of a deleted summary (now #REF!) is re-used rather than adding another.
    expect(decision.plan.steps).toContainEqual(expect.objectContaining({ kind: "defineName", name: "RatingMatrixSummary1", replace: true, formula: "='Next steps 2026-11-22 (2)'!$A$1" }));
    expect(decision.plan.steps).toContainEqual(expect.objectContaining({ kind: "addTable", table: "Summary2Levels" }));
  });
});
