import { actionsShown, ownersOf } from "../../src/core/action-list";
import { DEFAULT_STATUSES } from "../../src/core/action-status";
import type { ActionItem } from "../../src/core/rating-workbook";

function item(row: number, statusText: string, owner: string, due: string | null, dueRaw: unknown = due === null ? "" : 46000): ActionItem {
  return {
    row, ref: `A${row}`, nextStep: "A step", theme: "", area: "", owner, dueRaw, due, priority: "",
    statusText, status: DEFAULT_STATUSES.find((s) => s.label.toLowerCase() === statusText.trim().toLowerCase()), update: "",
  };
}

const items = [
  item(1, "Not started", "Jo Park", "2026-10-01"),
  item(2, "in progress ", "jo park", "2027-01-01"),
  item(3, "Complete", "Sam Lee", "2026-01-01"),
  item(4, "", "", "2026-11-01", "1 Nov 2026"),
  item(5, "Parked", "", null),
];
const rows = (shown: readonly ActionItem[]) => shown.map((i) => i.row);

describe("actionsShown: the rows Excel's filters keep", () => {
  it("by statuses (any case and spacing) and blanks", () => {
    expect(rows(actionsShown(items, { status: { kind: "statuses", labels: ["In progress"], blanks: false }, owner: null }, "2026-12-01"))).toEqual([2]);
    expect(rows(actionsShown(items, { status: { kind: "statuses", labels: ["Parked"], blanks: true }, owner: null }, "2026-12-01"))).toEqual([4, 5]);
  });

  it("all open, and overdue only where the due date is a date (Excel cannot compare text)", () => {
    expect(rows(actionsShown(items, { status: { kind: "allOpen" }, owner: null }, "2026-12-01"))).toEqual([1, 2, 4, 5]);
    expect(rows(actionsShown(items, { status: { kind: "overdue", today: "2026-12-01" }, owner: null }, "2026-12-01"))).toEqual([1]);
  });

  it("by owner, ignoring case, with a status filter; '' for no owner", () => {
    expect(rows(actionsShown(items, { status: { kind: "allOpen" }, owner: "JO PARK" }, "2026-12-01"))).toEqual([1, 2]);
    expect(rows(actionsShown(items, { status: null, owner: "" }, "2026-12-01"))).toEqual([4, 5]);
    expect(rows(actionsShown(items, { status: null, owner: null }, "2026-12-01"))).toEqual([1, 2, 3, 4, 5]);
  });

  it("lists each owner once, sorted, and says whether some action has none", () => {
    expect(ownersOf(items)).toEqual({ names: ["Jo Park", "Sam Lee"], someUnowned: true });
  });
});
