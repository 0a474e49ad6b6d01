import { BLANK_FRAMEWORK, IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import type { AddTableStep, PlanStep } from "../../src/core/plan";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { planSetUp, type SetUpOptions } from "../../src/core/set-up-plan";
import { EMPTY_WORKBOOK, type WorkbookSnapshot } from "../../src/core/workbook-snapshot";

const options: SetUpOptions = { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015", "Review 2017"] };

function planOf(snapshot: WorkbookSnapshot, opts: SetUpOptions = options): readonly PlanStep[] {
  const decision = planSetUp(snapshot, opts);
  if (decision.kind !== "plan") throw new Error(`expected a plan, got ${JSON.stringify(decision)}`);
  return decision.plan.steps;
}

function table(steps: readonly PlanStep[], name: string): AddTableStep {
  const found = steps.find((s): s is AddTableStep => s.kind === "addTable" && s.table === name);
  if (!found) throw new Error(`no table ${name}`);
  return found;
}

describe("planSetUp on an empty workbook", () => {
  const steps = planOf(EMPTY_WORKBOOK);

  it("adds the three sheets and six tables", () => {
    expect(steps.filter((s) => s.kind === "addSheet").map((s) => (s.kind === "addSheet" ? s.sheet : ""))).toEqual([
      "Ratings",
      "Actions",
      "Lists",
    ]);
    expect(steps.filter((s) => s.kind === "addTable").map((s) => (s.kind === "addTable" ? s.table : "")).sort()).toEqual(
      ["About", "ActionPriorities", "ActionStatuses", "Actions", "RatingScale", "Ratings"],
    );
  });

  it("records what the workbook assesses in the About table: the framework's name, and the organisation when given", () => {
    expect(table(steps, "About")).toMatchObject({ sheet: "Lists", address: "N1:O3", header: ["Detail", "Value"], rows: [["Organisation", null], ["Framework", IMA_2015_FRAMEWORK.name]] });
    const named = planOf(EMPTY_WORKBOOK, { ...options, framework: BLANK_FRAMEWORK, about: { organisation: "  Home Office ", framework: null } });
    expect(table(named, "About").rows).toEqual([["Organisation", "Home Office"], ["Framework", null]]);
    const tooLong = planSetUp(EMPTY_WORKBOOK, { ...options, about: { organisation: "x".repeat(201), framework: null } });
    expect(tooLong.kind === "refused" && tooLong.problems).toEqual(["The organisation's name is 201 characters long; keep it to 200 at most."]);
  });

  it("makes every sheet print: rows fitted to their wrapped text, A4 landscape one page wide, the header row on each page, page numbers", () => {
    for (const [sheet, rows] of [["Ratings", 11], ["Actions", 2], ["Lists", 6]] as const) {
      expect(steps).toContainEqual({ kind: "fitRows", sheet, rows: { first: 0, count: rows } });
      expect(steps).toContainEqual({ kind: "pageSetup", sheet, orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: { first: 0, count: 1 }, pageNumbers: true });
    }
  });

  it("lays out Ratings as Theme, Area, one column per round, Notes, with the 10 areas", () => {
    const ratings = table(steps, "Ratings");
    expect(ratings.header).toEqual(["Theme", "Area", "IMA 2015", "Review 2017", "Notes"]);
    expect(ratings.rows).toHaveLength(10);
    expect(ratings.address).toBe("A1:E11");
    expect(ratings.rows[2]).toEqual(["Digital information and supporting technology", "Supporting information through technology", null, null, null]);
  });

  it("points the rating dropdown at a defined name over the scale table, never an inline list", () => {
    const validation = steps.filter((s) => s.kind === "listValidation");
    expect(validation.map((s) => (s.kind === "listValidation" ? [s.sheet, s.address, s.source] : []))).toEqual([
      ["Ratings", "C2:D11", "=RatingLevels"],
      ["Actions", "H2", "=StatusList"],
      ["Actions", "G2", "=PriorityList"],
    ]);
    const names = steps.filter((s) => s.kind === "defineName").map((s) => (s.kind === "defineName" ? [s.name, s.formula] : []));
    expect(names).toContainEqual(["RatingLevels", "=RatingScale[Level]"]);
    expect(names).toContainEqual(["StatusList", "=ActionStatuses[Status]"]);
  });

  it("plans one colour rule per level and per status", () => {
    const rules = steps.filter((s) => s.kind === "colourRules");
    expect(rules).toHaveLength(2);
    const [ratingRules, statusRules] = rules;
    if (ratingRules?.kind !== "colourRules" || statusRules?.kind !== "colourRules") throw new Error("unexpected steps");
    expect(ratingRules.rules.map((r) => r.equals)).toEqual(DEFAULT_SCALE.levels.map((l) => l.label));
    expect(statusRules.rules.map((r) => r.equals)).toEqual(["Not started", "In progress", "Blocked", "Complete"]);
  });

  it("formats Due as a date and freezes both header rows", () => {
    const actions = table(steps, "Actions");
    expect(actions.numberFormats?.[actions.header.indexOf("Due")]).toBe("yyyy-mm-dd");
    expect(steps.filter((s) => s.kind === "freezeRows")).toHaveLength(2);
  });

  it("gives a blank framework a table with no areas yet", () => {
    const ratings = table(planOf(EMPTY_WORKBOOK, { ...options, framework: BLANK_FRAMEWORK }), "Ratings");
    expect(ratings.rows).toEqual([]);
    expect(ratings.address).toBe("A1:E2");
  });

  it("reuses an empty sheet of the same name instead of adding one", () => {
    const snapshot: WorkbookSnapshot = {
      ...EMPTY_WORKBOOK,
      sheetNames: ["Sheet1", "ratings"],
      sheets: [{ name: "ratings", usedAddress: null, values: [] }],
    };
    const reused = planOf(snapshot);
    expect(reused.filter((s) => s.kind === "addSheet")).toHaveLength(2);
    expect(table(reused, "Ratings").sheet).toBe("ratings");
  });
});

describe("planSetUp refuses, writing nothing", () => {
  it("offers repair when a Ratings table exists", () => {
    const snapshot = { ...EMPTY_WORKBOOK, tableNames: [{ name: "RATINGS", sheet: "Grid" }] };
    expect(planSetUp(snapshot, options)).toEqual({ kind: "already-set-up", sheet: "Grid" });
  });

  it("names a sheet that already has content, with its address", () => {
    const snapshot: WorkbookSnapshot = {
      ...EMPTY_WORKBOOK,
      sheetNames: ["Actions"],
      sheets: [{ name: "Actions", usedAddress: "Actions!A1:C4", values: [["x"]] }],
    };
    const decision = planSetUp(snapshot, options);
    expect(decision.kind).toBe("refused");
    expect(decision.kind === "refused" && decision.problems).toEqual([
      'The sheet "Actions" already has content (A1:C4). Set up only writes to new or empty sheets: rename that sheet or move its content, then set up again.',
    ]);
  });

  it("names a table that would clash", () => {
    const snapshot = { ...EMPTY_WORKBOOK, tableNames: [{ name: "Actions", sheet: "Tracker" }] };
    const decision = planSetUp(snapshot, options);
    expect(decision.kind === "refused" && decision.problems[0]).toContain('table called "Actions" (on the sheet "Tracker")');
  });

  it.each([
    [["IMA 2015", "ima  2015"], 'The round "ima  2015" appears twice.'],
    [["IMA 2015", " "], "Round 2 has no label."],
    [["Baseline"], 'Round 1 ("Baseline") needs a year in it'],
    [["Notes 2015", "Notes"], 'Round 2 cannot be called "Notes"'],
    [[], "Add at least one round"],
  ])("explains bad round labels %j", (rounds, expected) => {
    const decision = planSetUp(EMPTY_WORKBOOK, { ...options, rounds });
    expect(decision.kind).toBe("refused");
    expect(decision.kind === "refused" && decision.problems.join("\n")).toContain(expected);
  });
});
