import fc from "fast-check";
import { countActions } from "../../src/core/action-counts";
import { DEFAULT_STATUSES } from "../../src/core/action-status";
import { readWorkbook } from "../../src/core/read-workbook";
import { ACTIONS_COLUMNS } from "../../src/core/workbook-contract";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";

function actionsOf(rows: unknown[][]) {
  const snapshot: WorkbookSnapshot = {
    sheetNames: ["Ratings", "Actions"],
    tableNames: [],
    tables: [
      { name: "Ratings", sheet: "Ratings", address: "A1:B2", values: [["Theme", "Area"], ["Value", "Assets"]] },
      { name: "Actions", sheet: "Actions", address: `A1:I${rows.length + 1}`, values: [[...ACTIONS_COLUMNS], ...rows] },
    ],
    sheets: [],
    names: [],
  };
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error("does not read");
  return read.workbook.actions;
}

const statusText = fc.oneof(
  fc.constantFrom("Not started", "in progress", " BLOCKED ", "Complete", "", "Parked", "parked", "On hold"),
  fc.string({ maxLength: 6 }),
);

describe("countActions", () => {
  it("never drops an action: statuses + blanks + unknown add up to the total, and open + closed too", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(statusText, fc.constantFrom("Jo", "", "jo ", "Sam"), fc.integer({ min: 46000, max: 46700 })), { maxLength: 40 }), (rows) => {
        const actions = actionsOf(rows.map(([status, owner, due], i) => [`A${i + 1}`, `Step ${i + 1}`, "Value", "", owner, due, "", status, ""]));
        const counts = countActions(actions, DEFAULT_STATUSES, "2026-12-01");
        const perStatus = counts.statuses.reduce((n, s) => n + s.count, 0);
        const unknown = counts.unknown.reduce((n, u) => n + u.count, 0);
        expect(perStatus + counts.blank + unknown).toBe(counts.total);
        const closed = counts.statuses.filter((s) => !s.status.open).reduce((n, s) => n + s.count, 0);
        expect(counts.open + closed).toBe(counts.total);
        expect(counts.openByOwner.reduce((n, g) => n + g.open, 0)).toBe(counts.open);
        expect(counts.overdue).toBeLessThanOrEqual(counts.open);
      }),
    );
  });

  it("groups case and spacing variants of an unknown status and of an owner", () => {
    const actions = actionsOf([
      ["A1", "One", "", "", "Jo Park", "", "", "Parked", ""],
      ["A2", "Two", "", "", "jo  park", "", "", "PARKED", ""],
    ]);
    const counts = countActions(actions, DEFAULT_STATUSES, "2026-12-01");
    expect(counts.unknown).toEqual([{ text: "Parked", count: 2, cells: ["H2", "H3"] }]);
    expect(counts.openByOwner).toEqual([{ name: "Jo Park", open: 2 }]);
  });

  it("counts nothing, without failing, when there is no Actions table", () => {
    const counts = countActions(null, DEFAULT_STATUSES, "2026-12-01");
    expect(counts).toMatchObject({ total: 0, open: 0, overdue: 0, blank: 0, unknown: [] });
    expect(counts.statuses.map((s) => s.count)).toEqual([0, 0, 0, 0]);
  });
});
