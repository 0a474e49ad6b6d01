import { planActionsFilter } from "../../src/core/action-filter-plan";
import { DEFAULT_STATUSES } from "../../src/core/action-status";
import type { ActionsTarget } from "../../src/core/actions-target";
import type { ActionItem } from "../../src/core/rating-workbook";

const target: ActionsTarget = {
  sheet: "Actions",
  table: "Actions",
  statusColumn: "Status",
  dueColumn: "Due date",
  ownerColumn: "Owner",
  snapshot: { name: "Actions", sheet: "Actions", address: "Actions!A1:I3", values: [] },
};

function item(statusText: string): ActionItem {
  return {
    row: 1, ref: "", nextStep: "A step", theme: "", area: "", owner: "", dueRaw: null, due: null, priority: "",
    statusText, status: DEFAULT_STATUSES.find((s) => s.label.toLowerCase() === statusText.toLowerCase()), update: "",
  };
}

const items = [item("in progress"), item("Parked"), item(""), item("Complete")];

describe("planActionsFilter", () => {
  it("Overdue: the open statuses (with spellings found and unknown text) and blanks on Status, before today on Due", () => {
    const decision = planActionsFilter(target, items, DEFAULT_STATUSES, { kind: "overdue", today: "2026-12-01" });
    expect(decision).toEqual({
      kind: "plan",
      plan: {
        title: "Filtering the Actions table",
        steps: [
          {
            kind: "filterColumn",
            sheet: "Actions",
            table: "Actions",
            column: "Status",
            filter: { kind: "values", values: ["Blocked", "in progress", "In progress", "Not started", "Parked"], blanks: true },
          },
          { kind: "filterColumn", sheet: "Actions", table: "Actions", column: "Due date", filter: { kind: "before", serial: 46357 } },
        ],
      },
    });
  });

  it("an owner choice filters the Owner column only, with every spelling found; null clears it; none without an Owner column", () => {
    const owners = [{ ...item("Blocked"), owner: "Jo Park" }, { ...item(""), owner: "jo park " }, { ...item(""), owner: "Sam Lee" }];
    expect(planActionsFilter(target, owners, DEFAULT_STATUSES, { kind: "owner", owner: "JO PARK" })).toEqual({
      kind: "plan",
      plan: {
        title: "Filtering the Actions table",
        steps: [{ kind: "filterColumn", sheet: "Actions", table: "Actions", column: "Owner", filter: { kind: "values", values: ["Jo Park", "jo park "], blanks: false } }],
      },
    });
    const nobody = planActionsFilter(target, owners, DEFAULT_STATUSES, { kind: "owner", owner: "" });
    expect(nobody.kind === "plan" && nobody.plan.steps[0]).toMatchObject({ filter: { kind: "values", values: [], blanks: true } });
    const every = planActionsFilter(target, owners, DEFAULT_STATUSES, { kind: "owner", owner: null });
    expect(every.kind === "plan" && every.plan.steps).toEqual([{ kind: "clearColumnFilter", sheet: "Actions", table: "Actions", column: "Owner" }]);
    expect(planActionsFilter({ ...target, ownerColumn: null }, owners, DEFAULT_STATUSES, { kind: "owner", owner: "Jo Park" })).toEqual({
      kind: "refused",
      problems: ["The Actions table has no Owner column to filter."],
    });
  });

  it("a status choice clears the Due filter; Clear clears Status, Due and Owner", () => {
    const chosen = planActionsFilter(target, items, DEFAULT_STATUSES, { kind: "statuses", labels: ["Complete"], blanks: false });
    expect(chosen.kind === "plan" && chosen.plan.steps.map((s) => [s.kind, "column" in s ? s.column : ""])).toEqual([
      ["filterColumn", "Status"],
      ["clearColumnFilter", "Due date"],
    ]);
    const clear = planActionsFilter(target, items, DEFAULT_STATUSES, { kind: "clear" });
    expect(clear.kind === "plan" && clear.plan.steps.map((s) => [s.kind, "column" in s ? s.column : ""])).toEqual([
      ["clearColumnFilter", "Status"],
      ["clearColumnFilter", "Due date"],
      ["clearColumnFilter", "Owner"],
    ]);
  });

  it("refuses Overdue without a Due column, and any filter without a Status column", () => {
    expect(planActionsFilter({ ...target, dueColumn: null }, items, DEFAULT_STATUSES, { kind: "overdue", today: "2026-12-01" })).toEqual({
      kind: "refused",
      problems: ["The Actions table has no Due column, so no action can be overdue."],
    });
    expect(planActionsFilter({ ...target, statusColumn: null }, items, DEFAULT_STATUSES, { kind: "allOpen" }).kind).toBe("refused");
  });
});
