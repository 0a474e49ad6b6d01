import { checkWorkbook, fixPlan, groupFindings, type Finding } from "../../src/core/checks";
import { readWorkbook } from "../../src/core/read-workbook";
import type { RatingWorkbook } from "../../src/core/rating-workbook";
import { snapshotOf, ACTIONS_HEADER, type WorkbookData } from "../support/rating-workbook-data";

const TODAY = "2026-12-01";
const HEADER = ["Theme", "Area", "IMA 2015", "Review 2017", "Notes"];

function modelOf(data: WorkbookData): RatingWorkbook {
  const read = readWorkbook(snapshotOf(data));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.workbook;
}

function check(data: WorkbookData): Finding[] {
  return checkWorkbook(modelOf(data), { todayIso: TODAY });
}

const where = (findings: readonly Finding[]) => findings.map((f) => [f.kind, f.address]);

const CLEAN_RATINGS = [
  HEADER,
  ["The value of information", "Communicating and realising value", "Satisfactory", "Satisfactory", ""],
  ["", "Managing information as an asset", "Development area", "Satisfactory", "carried theme"],
];

describe("checkWorkbook: ratings", () => {
  it("finds nothing in a tidy workbook", () => {
    expect(check({ ratings: CLEAN_RATINGS })).toEqual([]);
  });

  it("reports a rating not on the scale, suggesting the level for a near miss", () => {
    const findings = check({ ratings: [HEADER, ["T", "Asset", "Satisfactroy", "Good", ""]] });
    expect(findings).toEqual([
      {
        kind: "rating-not-on-scale",
        severity: "error",
        sheet: "Ratings",
        address: "C2",
        found: '"Satisfactroy"',
        expected: 'one of "Development area", "Progressing to satisfactory", "Satisfactory", "Progressing to good practice", "Good practice", or blank',
        message: 'The IMA 2015 rating of "Asset" is "Satisfactroy", which is not on the scale. Did you mean "Satisfactory"?',
        suggestion: "Satisfactory",
      },
      expect.objectContaining({ kind: "rating-not-on-scale", address: "D2", found: '"Good"' }),
    ]);
    expect(findings[1]?.suggestion).toBeUndefined();
    expect(findings.every((f) => f.fix === undefined)).toBe(true);
  });

  it("says an error value is a broken formula or link, numbers are numbers, and shortens very long text", () => {
    const long = "x".repeat(32_000);
    const findings = check({ ratings: [HEADER, ["T", "A", "#N/A", 3, ""], ["T", "B", long, "Good practice", ""]] });
    expect(findings.map((f) => f.found)).toEqual(["the error value #N/A", "the number 3", `"${"x".repeat(80)}…" (32,000 characters)`]);
    expect(findings[0]?.message).toContain("formula or link is broken");
    expect(findings[0]?.suggestion).toBeUndefined();
  });

  it("names the row when a rated row has no area name", () => {
    const findings = check({ ratings: [HEADER, ["T", "", "Good", "Satisfactory", ""]] });
    expect(findings[0]?.message).toBe('The IMA 2015 rating on row 2 is "Good", which is not on the scale.');
  });

  it("offers to rewrite aliases, other case and stray spaces as the scale's label", () => {
    const findings = check({ ratings: [HEADER, ["T", "A", "Development Area", "progressing towards satisfactory", ""], ["T", "B", " Satisfactory", "Good practice", ""]] });
    expect(findings.map((f) => [f.kind, f.address, f.fix?.value])).toEqual([
      ["rating-variant", "C2", "Development area"],
      ["rating-variant", "D2", "Progressing to satisfactory"],
      ["rating-variant", "C3", "Satisfactory"],
    ]);
    expect(findings[0]?.severity).toBe("warning");
  });

  it("reports blanks in the latest round only, and only for named areas", () => {
    const findings = check({ ratings: [HEADER, ["T", "A", "", "", ""], ["T", "B", "Satisfactory", "", ""], ["T", "C", "", "Satisfactory", ""]] });
    expect(where(findings)).toEqual([
      ["rating-blank-latest", "D2"],
      ["rating-blank-latest", "D3"],
    ]);
    expect(findings[0]?.message).toBe('"A" has no rating for Review 2017, the latest round.');
  });

  it("reports the same area twice under one theme, and ratings without an area name", () => {
    const findings = check({
      ratings: [HEADER, ["T", "A", "Satisfactory", "Satisfactory", ""], ["", "a ", "Satisfactory", "Satisfactory", ""], ["U", "A", "Satisfactory", "Satisfactory", ""], ["U", "", "Satisfactory", "Satisfactory", ""]],
    });
    expect(where(findings)).toEqual([
      ["area-duplicate", "B3"],
      ["area-blank", "B5"],
    ]);
    expect(findings[0]?.message).toBe('"a" under "T" is listed again on row 3; it is first on row 2.');
  });

  it("reports blank and repeated round headers, including Excel's renumbered copies", () => {
    const findings = check({
      ratings: [
        ["Theme", "Area", "IMA 2015", "Column4", "ima 2015", "Review 20172", "Review 2017"],
        ["T", "A", "Satisfactory", "Satisfactory", "Satisfactory", "Satisfactory", "Satisfactory"],
      ],
    });
    expect(where(findings)).toEqual([
      ["round-header-blank", "D1"],
      ["round-header-duplicate", "E1"],
    ]);
    // "Review 20172" before "Review 2017": only a label after its original counts as Excel's copy.
    const renamed = check({
      ratings: [["Theme", "Area", "Review 2017", "Review 20172"], ["T", "A", "Satisfactory", "Satisfactory"]],
    });
    expect(where(renamed)).toEqual([["round-header-duplicate", "D1"]]);
  });

  it("says when there is no round column", () => {
    expect(where(check({ ratings: [["Theme", "Area"], ["T", "A"]] }))).toEqual([["no-rounds", "A1"]]);
  });
});

describe("checkWorkbook: actions", () => {
  const action = (fields: Partial<Record<(typeof ACTIONS_HEADER)[number], string | number>>) =>
    ACTIONS_HEADER.map((column) => fields[column as keyof typeof fields] ?? "");

  it("shortens a long status in the overdue message, as every message shortens what a cell holds", () => {
    const status = `Waiting ${"for the board ".repeat(2_500)}`;
    const findings = check({ ratings: CLEAN_RATINGS, actions: [ACTIONS_HEADER, action({ Ref: "7", Owner: "A", Due: 46000, Status: status })] });
    const overdue = findings.find((f) => f.kind === "action-overdue");
    expect(overdue?.message).toBe(`Action "7" was due on 2025-12-09 and is still "${status.slice(0, 80)}…".`);
  });

  it("finds nothing wrong with well-kept actions", () => {
    const findings = check({
      ratings: CLEAN_RATINGS,
      actions: [
        ACTIONS_HEADER,
        action({ Ref: "1", "Next step": "Agree a plan", Theme: "the value of information", Area: "Managing information as an asset", Owner: "KIM team", Due: 46600, Status: "In progress" }),
        action({ Ref: "2", "Next step": "Train staff", Owner: "", Due: 46000, Status: "Complete" }),
      ],
    });
    expect(findings).toEqual([]);
  });

  it("reports unknown themes and areas, unknown or misspelt statuses, missing owners, bad and past due dates", () => {
    const findings = check({
      ratings: CLEAN_RATINGS,
      actions: [
        ACTIONS_HEADER,
        action({ Ref: "1", Theme: "The valeu of information", Area: "Nowhere", Owner: "A", Status: "Not started" }),
        action({ Ref: "2", Theme: "The value of information", Area: "Digital continuity", Owner: "A", Status: "Someday" }),
        action({ Ref: "3", Owner: "", Status: "in progress", Due: "next spring" }),
        action({ Ref: "4", Owner: "B", Status: "Blocked", Due: "2026-11-30" }),
        action({ Ref: "5", Owner: "B", Status: "Complete", Due: "2020-01-01" }),
        action({ Ref: "6", Owner: "B", Status: "Completed", Due: "2026-12-01" }),
      ],
    });
    expect(findings.map((f) => [f.kind, f.address, f.suggestion ?? f.fix?.value ?? null])).toEqual([
      ["action-theme-unknown", "C2", "The value of information"],
      ["action-area-unknown", "D2", null],
      ["action-area-unknown", "D3", null],
      ["action-status-unknown", "H3", null],
      ["action-status-variant", "H4", "In progress"],
      ["action-status-unknown", "H7", "Complete"],
      ["action-owner-missing", "E4", null],
      ["action-due-not-date", "F4", null],
      ["action-overdue", "F5", null],
    ]);
    const overdue = findings.find((f) => f.kind === "action-overdue");
    expect(overdue?.message).toBe('Action "4" was due on 2026-11-30 and is still "Blocked".');
    expect(findings.find((f) => f.kind === "action-due-not-date")?.message).toBe('Action "3" has the due date "next spring", which is not a date.');
  });
});

describe("fixPlan", () => {
  it("writes one cell per fixable finding and nothing for the rest", () => {
    const findings = check({ ratings: [HEADER, ["T", "A", "satisfactory", "Satisfactroy", ""], ["T", "B", "=x", "GOOD PRACTICE", ""]] });
    expect(fixPlan(findings)).toEqual({
      title: "Fix 2 cells",
      steps: [
        { kind: "setValues", sheet: "Ratings", address: "C2", values: [["Satisfactory"]] },
        { kind: "setValues", sheet: "Ratings", address: "D3", values: [["Good practice"]] },
      ],
    });
    expect(fixPlan([]).steps).toEqual([]);
  });

  it("groups findings by kind in a fixed order with their counts", () => {
    const findings = check({ ratings: [HEADER, ["T", "A", "satisfactory", "", ""], ["T", "B", "Bad", "", ""]] });
    expect(groupFindings(findings).map((g) => [g.kind, g.findings.length])).toEqual([
      ["rating-not-on-scale", 1],
      ["rating-variant", 1],
      ["rating-blank-latest", 2],
    ]);
  });
});
