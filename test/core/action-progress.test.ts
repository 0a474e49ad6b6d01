import { isOpenAction, isOverdue, localIsoDate } from "../../src/core/action-progress";
import { DEFAULT_STATUSES } from "../../src/core/action-status";
import type { ActionItem } from "../../src/core/rating-workbook";

function action(statusLabel: string | undefined, due: string | null, statusText = statusLabel ?? ""): ActionItem {
  return {
    row: 1, ref: "", nextStep: "Agree a retention schedule", theme: "", area: "", owner: "", dueRaw: due,
    due, priority: "", statusText, status: DEFAULT_STATUSES.find((s) => s.label === statusLabel), update: "",
  };
}

describe("action progress", () => {
  it("treats open statuses, blanks and unknown text as open, and closed statuses as done", () => {
    expect(isOpenAction(action("In progress", null))).toBe(true);
    expect(isOpenAction(action(undefined, null, ""))).toBe(true);
    expect(isOpenAction(action(undefined, null, "Parked"))).toBe(true);
    expect(isOpenAction(action("Complete", null))).toBe(false);
  });

  it("calls an open action overdue only once its due day has passed", () => {
    expect(isOverdue(action("Not started", "2026-11-30"), "2026-12-01")).toBe(true);
    expect(isOverdue(action("Not started", "2026-12-01"), "2026-12-01")).toBe(false);
    expect(isOverdue(action("Complete", "2020-01-01"), "2026-12-01")).toBe(false);
    expect(isOverdue(action("Blocked", null), "2026-12-01")).toBe(false);
  });

  it("gives the local calendar day, not the UTC one", () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
    expect(localIsoDate(new Date(2026, 11, 31, 0, 1))).toBe("2026-12-31");
  });
});
