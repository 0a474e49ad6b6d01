import { isoDateToSerial } from "../../../src/core/excel-date";
import type { AddTableStep, PlanStep } from "../../../src/core/plan";
import { readWorkbook } from "../../../src/core/read-workbook";
import { movementText } from "../../../src/core/summary/movement-marks";
import { buildSummary } from "../../../src/core/summary/next-steps-summary";
import { planSummary } from "../../../src/core/summary/plan-summary";
import { outlineSummary } from "../../../src/core/summary/summary-outline";
import { ACTION_HEADER, HOME_OFFICE_2017, actionRows, seedSnapshot } from "../../fixtures/review-seeds";

const about = { name: "About", sheet: "Lists", address: "Lists!N1:O3", values: [["Detail", "Value"], ["Organisation", "Home Office"], ["Framework", ""]] };

function snapshot(withActions = true) {
  const base = seedSnapshot(HOME_OFFICE_2017);
  const dated = actionRows(HOME_OFFICE_2017).map((row, i) => (i === 0 ? [...row.slice(0, 5), "2027-03-31", ...row.slice(6)] : i === 1 ? [...row.slice(0, 5), "end of year", ...row.slice(6)] : row));
  const actions = { name: "Actions", sheet: "Actions", address: `Actions!A1:I${dated.length + 1}`, values: [[...ACTION_HEADER], ...dated] };
  const tables = [...base.tables.filter((t) => t.name === "Ratings"), ...(withActions ? [actions] : []), about];
  return { ...base, tables, tableNames: tables.map((t) => ({ name: t.name, sheet: t.sheet })) };
}

function plan(withActions = true): readonly PlanStep[] {
  const decision = planSummary(snapshot(withActions), { todayIso: "2026-11-22" });
  if (decision.kind !== "plan") throw new Error(decision.kind);
  return decision.plan.steps;
}

describe("the summary sheet's layout", () => {
  const steps = plan();

  it("puts the title (with the organisation), the headline and the note each on one merged row across the page, tall enough for its text", () => {
    const values = steps.find((s) => s.kind === "setValues" && s.address === "A1:A3");
    expect(values).toMatchObject({ values: [["Next steps summary for Home Office: IMA 2015 to Review 2017"], [expect.stringMatching(/^5 areas improved/)], [expect.stringMatching(/^Made by Rating Matrix/)]] });
    expect(steps.filter((s) => s.kind === "mergeCells").map((s) => (s.kind === "mergeCells" ? s.address : ""))).toEqual(["A1:H1", "A2:H2", "A3:H3"]);
    expect(steps).toContainEqual({ kind: "cellStyle", sheet: "Next steps 2026-11-22", address: "A1", size: 16, wrap: true, bold: true });
    const heights = steps.filter((s) => s.kind === "rowHeight");
    expect(heights.map((s) => (s.kind === "rowHeight" ? s.rows.first : -1))).toEqual([0, 1, 2]);
    expect(heights.every((s) => s.kind === "rowHeight" && s.height >= 15)).toBe(true);
  });

  it("styles each section heading, writes movement with a symbol, and keeps due dates as dates", () => {
    expect(steps).toContainEqual({ kind: "cellStyle", sheet: "Next steps 2026-11-22", address: "A5", bold: true, size: 13, wrap: false });
    const ratings = steps.find((s): s is AddTableStep => s.kind === "addTable" && s.table === "Summary1Ratings");
    expect(new Set(ratings?.rows.map((r) => r[4]))).toEqual(new Set([movementText("improved"), movementText("unchanged")]));
    expect(movementText("improved")).toBe("▲ Improved");
    const open = steps.find((s): s is AddTableStep => s.kind === "addTable" && s.table === "Summary1OpenActions");
    expect(open?.numberFormats?.[5]).toBe("yyyy-mm-dd");
    expect(open?.rows.slice(0, 3).map((r) => r[5])).toEqual([isoDateToSerial("2027-03-31"), "end of year", ""]);
  });

  it("lays every column out on one grid, all wrapping, before the content; fits the rows below the banner; prints one page wide with the title on each page", () => {
    const layout = steps.find((s) => s.kind === "columnLayout");
    expect(layout?.kind === "columnLayout" && layout.columns.map((c) => [c.width, c.wrap])).toEqual([22, 28, 20, 40, 16, 12, 14, 10].map((w) => [w, true]));
    expect(steps.indexOf(layout as PlanStep)).toBeLessThan(steps.findIndex((s) => s.kind === "setValues"));
    const tables = steps.filter((s): s is AddTableStep => s.kind === "addTable");
    const last = tables[tables.length - 1];
    const lastRow = Number(/:\D+(\d+)$/.exec(last?.address ?? "")?.[1]);
    const fit = steps.find((s) => s.kind === "fitRows");
    expect(fit?.kind === "fitRows" && fit.rows.first).toBe(4);
    expect(fit?.kind === "fitRows" && fit.rows.first + fit.rows.count).toBeGreaterThanOrEqual(lastRow);
    expect(steps).toContainEqual({ kind: "freezeRows", sheet: "Next steps 2026-11-22", rows: 1 });
    expect(steps).toContainEqual(expect.objectContaining({ kind: "pageSetup", fitToPagesWide: 1, repeatRows: { first: 0, count: 1 }, pageNumbers: true }));
  });

  it("without an Actions table says so on one merged row where the action tables would be", () => {
    const without = plan(false);
    expect(without).toContainEqual(expect.objectContaining({ kind: "setValues", values: [["The workbook has no Actions table, so no actions are listed."]] }));
    expect(without.filter((s) => s.kind === "mergeCells")).toHaveLength(4);
  });
});

describe("what the summary will contain", () => {
  it("lists the sections with their rows and a few words each, from the same summary the sheet is written from", () => {
    const read = readWorkbook(snapshot());
    if (!read.ok) throw new Error("unreadable");
    const built = buildSummary(read.workbook, { todayIso: "2026-11-22" });
    if (!built.ok) throw new Error(built.problems.join());
    const outline = outlineSummary(built.summary);
    expect(outline.title).toBe("Next steps summary for Home Office: IMA 2015 to Review 2017");
    expect(outline.sections.map((s) => [s.id, s.rows, s.detail])).toEqual([
      ["ratings", 10, "10 areas: 5 improved, 5 unchanged"],
      ["attention", 2, "2 areas"],
      ["openActions", 11, "11 open actions, none overdue"],
      ["actionCounts", 4, "11 actions"],
      ["levels", 6, "IMA 2015 and Review 2017, with a chart in Excel"],
    ]);
    const sheet = plan();
    for (const section of outline.sections) expect(sheet).toContainEqual(expect.objectContaining({ kind: "setValues", values: [[section.title]] }));
  });
});
