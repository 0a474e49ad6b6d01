import { MAX_NOTES, planAreaNotes } from "../../src/core/area-notes-plan";
import { readWorkbook } from "../../src/core/read-workbook";
import { RATINGS_WIDTHS } from "../../src/core/workbook-contract";
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

/** A Ratings table starting at B3 (not A1, so addresses are worked out, not assumed). */
function workbook(ratings: unknown[][], table: string | null = "Ratings"): WorkbookSnapshot {
  const address = `Ratings!B3:${String.fromCharCode(65 + (ratings[0]?.length ?? 0))}${2 + ratings.length}`;
  return {
    ...EMPTY_WORKBOOK,
    sheetNames: ["Ratings", "Lists"],
    tables: [...(table === null ? [] : [{ name: table, sheet: "Ratings", address, values: ratings }]), scaleTable],
    sheets: table === null ? [{ name: "Ratings", usedAddress: `Ratings!B3:${address.split(":")[1] ?? ""}`, values: ratings }] : [],
  };
}

const WITH_NOTES = [
  ["Notes", "Theme", "Area", "IMA 2015"],
  ["", "Value", "Asset", "Red"],
  ["seen the plan", "", "Risk", "Green"],
];
const WITHOUT_NOTES = [
  ["Theme", "Area", "IMA 2015", "Evidence"],
  ["Value", "Asset", "Red", "file 1"],
  ["", "Risk", "Green", ""],
];

describe("reading an area's notes", () => {
  it("reads the Notes column wherever it is, and nothing when there is none", () => {
    const withNotes = readWorkbook(workbook(WITH_NOTES));
    if (!withNotes.ok) throw new Error("unreadable");
    expect(withNotes.workbook.ratings.notesColumn).toBe(1);
    expect(withNotes.workbook.ratings.areas.map((a) => a.notes)).toEqual(["", "seen the plan"]);
    const without = readWorkbook(workbook(WITHOUT_NOTES));
    if (!without.ok) throw new Error("unreadable");
    expect(without.workbook.ratings.notesColumn).toBeNull();
    expect(without.workbook.ratings.areas.map((a) => a.notes)).toEqual(["", ""]);
  });
});

describe("planAreaNotes", () => {
  it("writes the trimmed text, literally, into the area's one Notes cell", () => {
    const decision = planAreaNotes(workbook(WITH_NOTES), { theme: "value", area: " RISK ", text: " =SUM(A1) is wrong \n", expected: "seen the plan" });
    expect(decision).toEqual({
      kind: "plan",
      plan: { title: 'Write the notes of " RISK "', steps: [{ kind: "setValues", sheet: "Ratings", address: "B5", values: [["=SUM(A1) is wrong"]] }] },
      sheet: "Ratings",
      address: "B5",
      addsColumn: false,
    });
  });

  it("writes nothing when the text is what the cell holds", () => {
    expect(planAreaNotes(workbook(WITH_NOTES), { theme: "Value", area: "Risk", text: "seen the plan ", expected: "seen the plan" })).toEqual({ kind: "unchanged", sheet: "Ratings", address: "B5" });
  });

  it("refuses when the cell changed since the pane showed it", () => {
    const decision = planAreaNotes(workbook(WITH_NOTES), { theme: "Value", area: "Risk", text: "new", expected: "" });
    expect(decision).toEqual({ kind: "refused", problems: [expect.stringContaining('Ratings!B5 changed since the pane showed it: it now holds "seen the plan"')] });
  });

  it("adds a Notes column at the table's right end, wide and wrapped, then writes, all in one plan", () => {
    const decision = planAreaNotes(workbook(WITHOUT_NOTES), { theme: "Value", area: "Risk", text: "to check", expected: "" });
    expect(decision).toEqual({
      kind: "plan",
      plan: {
        title: 'Write the notes of "Risk"',
        steps: [
          { kind: "addTableColumn", sheet: "Ratings", table: "Ratings", index: 4, header: "Notes" },
          { kind: "columnLayout", sheet: "Ratings", columns: [{ column: 5, width: RATINGS_WIDTHS.notes, wrap: true }] },
          { kind: "setValues", sheet: "Ratings", address: "F5", values: [["to check"]] },
        ],
      },
      sheet: "Ratings",
      address: "F5",
      addsColumn: true,
    });
  });

  it("refuses to add a column to ratings that are not an Excel table, saying what to do", () => {
    const decision = planAreaNotes(workbook(WITHOUT_NOTES, null), { theme: "Value", area: "Risk", text: "to check", expected: "" });
    expect(decision).toEqual({ kind: "refused", problems: [expect.stringContaining('Type "Notes" in the header row')] });
  });

  it.each([
    ["an unknown area", { theme: "Value", area: "Nowhere", text: "x", expected: "" }, 'The area "Nowhere"'],
    ["a text longer than a cell holds", { theme: "Value", area: "Risk", text: "x".repeat(MAX_NOTES + 1), expected: "seen the plan" }, "an Excel cell holds at most 32767"],
  ])("refuses %s", (_name, edit, message) => {
    expect(planAreaNotes(workbook(WITH_NOTES), edit)).toEqual({ kind: "refused", problems: [expect.stringContaining(message)] });
  });
});
