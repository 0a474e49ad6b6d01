import { RATINGS_WIDTHS } from "../../src/core/workbook-contract";
import { planAddRound } from "../../src/core/add-round-plan";
import { EMPTY_WORKBOOK, type WorkbookSnapshot } from "../../src/core/workbook-snapshot";

const scaleTable = {
  name: "RatingScale",
  sheet: "Lists",
  address: "Lists!A1:E3",
  values: [
    ["Level", "Rank", "Fill", "Font", "Aliases"],
    ["Red", 1, "#FFC7CE", "#9C0006", ""],
    ["Green", 2, "#C6EFCE", "#006100", ""],
  ],
};

function workbook(ratings: unknown[][], options: { address?: string; withScale?: boolean; names?: string[] } = {}): WorkbookSnapshot {
  return {
    ...EMPTY_WORKBOOK,
    sheetNames: ["Ratings", "Lists"],
    tables: [
      { name: "Ratings", sheet: "Ratings", address: options.address ?? `Ratings!B3:F${2 + ratings.length}`, values: ratings },
      ...(options.withScale === false ? [] : [scaleTable]),
    ],
    names: (options.names ?? ["RatingLevels"]).map((name) => ({ name, formula: "=RatingScale[Level]" })),
  };
}

const reordered = [
  ["Area", "Theme", "IMA 2015", "Evidence", "Review 2017"],
  ["Asset", "Value", "Red", "", "Green"],
  ["Risk", "Value", "Green", "", ""],
];

describe("planAddRound", () => {
  it("inserts right of the latest round wherever the table starts, and formats every round column", () => {
    const decision = planAddRound(workbook(reordered), " Review 2026 ");
    if (decision.kind !== "plan") throw new Error(decision.problems.join("\n"));
    expect(decision.label).toBe("Review 2026");
    expect(decision.column).toBe("G");
    const steps = decision.plan.steps;
    expect(steps[0]).toEqual({ kind: "addTableColumn", sheet: "Ratings", table: "Ratings", index: 5, header: "Review 2026" });
    expect(steps.filter((s) => s.kind === "listValidation").map((s) => "address" in s && s.address)).toEqual(["D4:D5", "F4:G5"]);
    expect(steps.filter((s) => s.kind === "colourRules")).toHaveLength(2);
    expect(steps[steps.length - 1]).toEqual({ kind: "columnLayout", sheet: "Ratings", columns: [{ column: 6, width: 26, wrap: true }] });
  });

  it("puts the first round right of Theme and Area, and defines RatingLevels when it is missing", () => {
    const decision = planAddRound(workbook([["Theme", "Area", "Notes"], ["Value", "Asset", ""]], { names: [] }), "IMA 2026");
    if (decision.kind !== "plan") throw new Error(decision.problems.join("\n"));
    expect(decision.plan.steps.map((s) => s.kind)).toEqual(["defineName", "addTableColumn", "listValidation", "colourRules", "columnLayout"]);
    expect(decision.plan.steps[0]).toMatchObject({ name: "RatingLevels", formula: "=RatingScale[Level]", replace: false });
    expect(decision.plan.steps[1]).toMatchObject({ index: 2 });
    expect(decision.plan.steps[4]).toMatchObject({ columns: [{ column: 3, width: 26 }, { column: 4, width: RATINGS_WIDTHS.notes }] });
  });

  it("refuses a label another column already has, ignoring case", () => {
    const withEvidenceYear = reordered.map((row, i) => (i === 0 ? row.map((h) => (h === "Evidence" ? "Evidence 2019" : h)) : row));
    expect(planAddRound(workbook(withEvidenceYear), "evidence 2019")).toEqual({
      kind: "refused",
      problems: ['The Ratings table already has a column called "Evidence 2019". Choose another label for the new round.'],
    });
  });

  it("refuses when the ratings are not an Excel table, or the scale table is missing", () => {
    const noTable: WorkbookSnapshot = {
      ...EMPTY_WORKBOOK,
      sheetNames: ["Ratings"],
      sheets: [{ name: "Ratings", usedAddress: "A1:C2", values: [["Theme", "Area", "IMA 2015"], ["Value", "Asset", "Good"]] }],
    };
    expect(planAddRound(noTable, "Review 2026")).toEqual({ kind: "refused", problems: [expect.stringContaining("not an Excel table")] });
    expect(planAddRound(workbook(reordered, { withScale: false }), "Review 2026")).toEqual({
      kind: "refused",
      problems: [expect.stringContaining("The RatingScale table is missing")],
    });
  });
});
