import { MAX_PARAGRAPH, commentaryText, paragraphsOf, readCommentaryTable } from "../../src/core/commentary";
import { planCommentary } from "../../src/core/commentary-plan";
import type { AppendTableRowsStep, SetValuesStep } from "../../src/core/plan";
import type { TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook-snapshot";
import { HOME_OFFICE_2017, seedSnapshot } from "../fixtures/review-seeds";

const THEME = "The value of information";
const AREA = "Communicating and realising value";

function commentaryTable(rows: (string | null)[][], below: (string | null)[][] = [[null, null, null, null]]): TableSnapshot {
  return { name: "Commentary", sheet: "Commentary", address: `Commentary!A1:D${rows.length + 1}`, values: [["Theme", "Area", "Round", "Commentary"], ...rows], below };
}

function workbookWith(table?: TableSnapshot, sheets: WorkbookSnapshot["sheets"] = []): WorkbookSnapshot {
  const base = seedSnapshot(HOME_OFFICE_2017);
  return table
    ? { ...base, sheetNames: [...base.sheetNames, "Commentary"], tableNames: [...base.tableNames, table], tables: [...base.tables, table], sheets }
    : { ...base, sheets, sheetNames: [...base.sheetNames, ...sheets.map((s) => s.name)] };
}

describe("commentary as paragraphs", () => {
  it("splits text into paragraphs at blank lines, keeps single line breaks, and cuts a long paragraph after a sentence", () => {
    expect(paragraphsOf("First line\nsame paragraph.\n\n  Second.  \n \n\nThird.")).toEqual(["First line\nsame paragraph.", "Second.", "Third."]);
    const long = `${"A sentence of some length. ".repeat(80)}`.trim();
    const parts = paragraphsOf(long);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(parts.every((p) => p.endsWith("."))).toBe(true);
    expect(parts.join(" ")).toBe(long);
  });

  it("reads the table in any column order, skips blank rows, and joins one key's rows in table order", () => {
    const table = readCommentaryTable({
      name: "Commentary",
      sheet: "Notes",
      address: "Notes!C3:F7",
      values: [["Round", "Commentary", "theme", "AREA"], ["IMA 2015", "Second paragraph.", THEME, AREA], ["", "", "", ""], ["ima 2015", "Third.", THEME.toUpperCase(), AREA], ["IMA 2015", "About the theme.", THEME, ""]],
    });
    if (!table) throw new Error("expected a table");
    expect(table.paragraphs.map((p) => p.row)).toEqual([3, 5, 6]);
    expect(commentaryText(table.paragraphs, { theme: THEME, area: AREA, round: "IMA 2015" })).toBe("Second paragraph.\n\nThird.");
    expect(commentaryText(table.paragraphs, { theme: THEME, area: "", round: "IMA 2015" })).toBe("About the theme.");
    expect(readCommentaryTable({ name: "Commentary", sheet: "S", address: "S!A1:B2", values: [["Theme", "Notes"], ["x", "y"]] })).toBeNull();
  });
});

describe("planning one commentary's save", () => {
  const edit = { theme: THEME, area: AREA, round: "Review 2017", shown: "" };

  it("makes the Commentary sheet and table the first time, laid out to print", () => {
    const decision = planCommentary(workbookWith(), { ...edit, text: "One.\n\nTwo." });
    if (decision.kind !== "plan") throw new Error(JSON.stringify(decision));
    // Right after the rating sheets (here Ratings and Actions), not after any other sheet.
    expect(decision.plan.steps[0]).toEqual({ kind: "addSheet", sheet: "Commentary", position: 2 });
    expect(decision.plan.steps[1]).toMatchObject({ kind: "addTable", table: "Commentary", address: "A1:D3", rows: [[THEME, AREA, "Review 2017", "One."], [THEME, AREA, "Review 2017", "Two."]] });
    expect(decision.plan.steps.map((s) => s.kind)).toEqual(expect.arrayContaining(["columnLayout", "fitRows", "pageSetup"]));
  });

  it("rewrites the key's rows in place, adds rows below the table for more paragraphs, and blanks rows left over", () => {
    const table = commentaryTable([
      [THEME, AREA, "Review 2017", "Old one."],
      [THEME, null, "Review 2017", "The theme's."],
      [THEME, AREA, "Review 2017", "Old two."],
    ]);
    const more = planCommentary(workbookWith(table), { ...edit, shown: "Old one.\n\nOld two.", text: "New one.\n\nNew two.\n\nNew three." });
    if (more.kind !== "plan") throw new Error(JSON.stringify(more));
    const writes = more.plan.steps.filter((s): s is SetValuesStep => s.kind === "setValues");
    expect(writes.map((w) => [w.address, w.values[0]?.[3]])).toEqual([["A2:D2", "New one."], ["A4:D4", "New two."]]);
    const appended = more.plan.steps.find((s): s is AppendTableRowsStep => s.kind === "appendTableRows");
    expect(appended).toMatchObject({ address: "A5:D5", rows: [[THEME, AREA, "Review 2017", "New three."]], tableAddress: "A1:D5" });

    const fewer = planCommentary(workbookWith(table), { ...edit, shown: "Old one.\n\nOld two.", text: "Only this." });
    if (fewer.kind !== "plan") throw new Error(JSON.stringify(fewer));
    expect(fewer.plan.steps.filter((s): s is SetValuesStep => s.kind === "setValues").map((w) => [w.address, w.values[0]])).toEqual([
      ["A2:D2", [THEME, AREA, "Review 2017", "Only this."]],
      ["A4:D4", [null, null, null, null]],
    ]);
  });

  it("refuses when the commentary changed since it was shown, or names an area or round the workbook lacks; writes nothing when unchanged", () => {
    const table = commentaryTable([[THEME, AREA, "Review 2017", "Someone else's words."]]);
    const stale = planCommentary(workbookWith(table), { ...edit, shown: "", text: "Mine." });
    expect(stale).toEqual({ kind: "refused", problems: ["The commentary changed in the workbook since it was shown. Nothing was written; read it again, then make your change."] });
    expect(planCommentary(workbookWith(table), { ...edit, round: "Review 2030", shown: "", text: "x" })).toMatchObject({ kind: "refused", problems: ['The Ratings table has no round "Review 2030". Refresh the list and try again.'] });
    expect(planCommentary(workbookWith(table), { ...edit, area: "Not an area", shown: "", text: "x" })).toMatchObject({ kind: "refused" });
    expect(planCommentary(workbookWith(table), { ...edit, shown: "Someone else's words.", text: " Someone else's words.\n" })).toEqual({ kind: "unchanged" });
  });

  it("refuses to make the table on a Commentary sheet that already has content of its own", () => {
    const decision = planCommentary(workbookWith(undefined, [{ name: "Commentary", usedAddress: "Commentary!A1", values: [["my notes"]] }]), { ...edit, text: "x" });
    expect(decision).toEqual({ kind: "refused", problems: ['The sheet "Commentary" already has content but no Commentary table, so commentary cannot be kept there. Rename that sheet, then try again.'] });
  });
});
