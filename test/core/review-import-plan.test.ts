import type { AddTableColumnStep, SetValuesStep } from "../../src/core/plan";
import { planReviewImport } from "../../src/core/review-import-plan";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";
import { fixtureReview, toWrite } from "../workflows/review-fixture";

/** A Ratings table with the IMA areas, one round "IMA 2016" and a Notes column, and no Actions table. */
function oneRoundWorkbook(below: unknown[][] = [[null, null, null, null]]): WorkbookSnapshot {
  const review = fixtureReview();
  const rows = review.themes.flatMap((t) => t.areas.map((a) => [t.name, a, null, "a note"]));
  return {
    sheetNames: ["Ratings"],
    tableNames: [{ name: "Ratings", sheet: "Ratings" }],
    tables: [{ name: "Ratings", sheet: "Ratings", address: `Ratings!A1:D${rows.length + 1}`, values: [["Theme", "Area", "IMA 2016", "Notes"], ...rows], below }],
    sheets: [],
    names: [],
  };
}

describe("planning an import into a workbook that lacks a round", () => {
  it("inserts the round's column right of the latest round and writes its ratings there, Notes moving right", () => {
    const decision = planReviewImport(oneRoundWorkbook(), toWrite(fixtureReview()));
    if (decision.kind !== "plan") throw new Error(JSON.stringify(decision));
    const steps = decision.plan.steps;
    expect(steps.filter((s): s is AddTableColumnStep => s.kind === "addTableColumn")).toEqual([
      { kind: "addTableColumn", sheet: "Ratings", table: "Ratings", index: 3, header: "Review 2019" },
    ]);
    const writes = steps.filter((s): s is SetValuesStep => s.kind === "setValues");
    expect(writes.map((w) => w.address)).toEqual(expect.arrayContaining(["C2", "D2", "D11"]));
    expect(writes.find((w) => w.address === "D11")?.values).toEqual([["Progressing to good practice"]]);
    expect(steps.some((s) => s.kind === "listValidation" && s.address === "C2:D11")).toBe(true);
    expect(decision.counts).toMatchObject({ roundsAdded: 1, ratingsWritten: 20, actionsAdded: 0 });
    expect(decision.notes).toEqual(["There is no Actions table, so the 5 next steps were not added as actions.", "The workbook has no Lists sheet, so there is nowhere to keep the About table."]);
  });

  it("refuses a rating that is not on the workbook's scale instead of writing it", () => {
    const review = toWrite(fixtureReview());
    const edited = { ...review, ratings: review.ratings.map((r, i) => (i === 0 ? { ...r, rating: "Brilliant" } : r)) };
    const decision = planReviewImport(oneRoundWorkbook(), edited);
    expect(decision.kind).toBe("refused");
    if (decision.kind === "refused") expect(decision.problems[0]).toMatch(/^"Brilliant" \(Communicating and realising value, IMA 2016\) is not a level/);
  });

  it("refuses to append rows when it cannot see the cells below the table", () => {
    const review = toWrite(fixtureReview());
    const extra = { ...review, themes: [...review.themes, { name: "Extra", areas: ["New area"] }] };
    const snapshot = oneRoundWorkbook();
    const unread = { ...snapshot, tables: snapshot.tables.map(({ below: _below, ...t }) => t) };
    const decision = planReviewImport(unread, extra);
    expect(decision).toEqual({ kind: "refused", problems: ["Could not check that the rows below the Ratings table are empty, so nothing was added. Try again."] });
  });

  it("refuses nothing-to-import", () => {
    const review = { ...toWrite(fixtureReview()), themes: [] };
    expect(planReviewImport(oneRoundWorkbook(), review)).toEqual({ kind: "refused", problems: ["Nothing to import: no areas were found."] });
  });
});
