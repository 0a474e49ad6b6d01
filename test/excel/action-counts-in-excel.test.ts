import { readActionsOverview } from "../../src/workflows/action-counts";
import { uninstallFakeOffice } from "../office-fake";
import { ACTION_ROWS, TODAY, connect, seedActionsWorkbook } from "./actions-fixture";

afterEach(() => uninstallFakeOffice());

/** Counts worked out straight from the Status cells, independently of the core. */
function countsFromCells(statusCells: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of statusCells) {
    const key = text.trim().toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe("Action counts read from Excel", () => {
  it("equal the counts taken straight from the table: every status, blanks, and unknown text apart", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await readActionsOverview(host, TODAY);
    if (!result.ok) throw new Error(result.problems.join("; "));
    const { counts } = result.overview;

    const statusColumn = fake.valuesOf("Actions").slice(1).map((row) => String(row[7]));
    const direct = countsFromCells(statusColumn);
    expect(counts.total).toBe(statusColumn.length);
    for (const { status, count } of counts.statuses) expect(count).toBe(direct.get(status.label.toLowerCase()) ?? 0);
    expect(counts.blank).toBe(direct.get("") ?? 0);
    expect(counts.unknown).toEqual([{ text: "Deferred", count: 2, cells: ["H7", "H8"] }]);
    expect(counts.statuses.reduce((n, s) => n + s.count, 0) + counts.blank + counts.unknown.reduce((n, u) => n + u.count, 0)).toBe(
      counts.total,
    );
    expect(Object.fromEntries(counts.statuses.map((s) => [s.status.label, s.count]))).toEqual({
      "Not started": 1,
      "In progress": 2,
      Blocked: 1,
      Complete: 2,
    });
  });

  it("counts open (open statuses, blanks, unknown text) and overdue against the pinned day", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await readActionsOverview(host, TODAY);
    if (!result.ok) throw new Error(result.problems.join("; "));
    const { counts } = result.overview;
    expect(counts.open).toBe(7);
    // A1 (1 Oct), A3 (30 Nov), A5 (blank status, 1 Nov), A6 (text date 15/11); A2 is due later, A4 and A9 are complete.
    expect(counts.overdue).toBe(4);
    expect(counts.overdueDueAsText).toEqual(["F7"]);
    expect(counts.today).toBe(TODAY);
    expect(counts.openByOwner).toEqual([
      { name: "Jo Park", open: 3 },
      { name: "Ana Ruiz", open: 2 },
      { name: "Sam Lee", open: 1 },
      { name: "", open: 1 },
    ]);
    expect(counts.openByTheme).toEqual([
      { name: "Value", open: 4 },
      { name: "Risk", open: 3 },
    ]);
  });

  it("moves the overdue line with the day: nothing is overdue on 1 September 2026", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await readActionsOverview(host, "2026-09-01");
    expect(result.ok && result.overview.counts.overdue).toBe(0);
  });

  it("reads once: the contract read's two round trips, whatever the table size", async () => {
    const { fake, host } = connect();
    const many = Array.from({ length: 5000 }, (_, i) => ACTION_ROWS[i % ACTION_ROWS.length] ?? []);
    seedActionsWorkbook(fake, many);
    const result = await readActionsOverview(host, TODAY);
    expect(result.ok && result.overview.counts.total).toBe(5000);
    expect(fake.syncCount).toBe(2);
  });
});
