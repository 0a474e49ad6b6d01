import type { ActionsFilter } from "../../src/core/action-filter-plan";
import type { ActionsOverview } from "../../src/workflows/action-counts";
import { filterActions } from "../../src/workflows/filter-actions";
import { columnFilters, uninstallFakeOffice, visibleRows } from "../office-fake";
import { TODAY, connectWithOverview, countWriteSyncs, type Fake } from "./actions-fixture";

afterEach(() => uninstallFakeOffice());

const setUp = connectWithOverview;

/** The Ref of each row the table's filters leave visible. */
function visibleRefs(fake: Fake): string[] {
  const values = fake.valuesOf("Actions");
  return visibleRows(fake.model, "Actions").map((row) => String(values[row]?.[0]));
}

async function apply(fake: Fake, host: Parameters<typeof filterActions>[0], overview: ActionsOverview, filter: ActionsFilter) {
  const result = await filterActions(host, overview, filter);
  if (!result.ok) throw new Error(result.problems.join("; "));
  return result;
}

describe("Filtering the Actions table in Excel", () => {
  const choices: [string, ActionsFilter, string[]][] = [
    ["one status", { kind: "statuses", labels: ["Blocked"], blanks: false }, ["A3"]],
    ["two statuses, with case variants in the table", { kind: "statuses", labels: ["In progress", "Complete"], blanks: false }, ["A2", "A4", "A8", "A9"]],
    ["an unknown status found in the table", { kind: "statuses", labels: ["Deferred"], blanks: false }, ["A6", "A7"]],
    ["blank statuses", { kind: "statuses", labels: [], blanks: true }, ["A5"]],
    ["all open", { kind: "allOpen" }, ["A1", "A2", "A3", "A5", "A6", "A7", "A8"]],
    ["overdue", { kind: "overdue", today: TODAY }, ["A1", "A3", "A5"]],
    ["one owner, in any case", { kind: "owner", owner: "Jo Park" }, ["A1", "A3", "A8"]],
    ["no owner", { kind: "owner", owner: "" }, ["A5"]],
    ["clear", { kind: "clear" }, ["A1", "A2", "A3", "A4", "A5", "A6", "A7", "A8", "A9"]],
  ];

  it.each(choices)("%s: shows the right rows in one write round trip and changes no cell", async (_name, filter, refs) => {
    const { fake, host, overview } = await setUp();
    const before = fake.allValues();
    const syncs = countWriteSyncs(fake, host);
    await apply(fake, host, overview, filter);
    expect(visibleRefs(fake)).toEqual(refs);
    expect(syncs.writes).toEqual([1]);
    expect(fake.syncCount).toBe(1);
    expect(fake.allValues()).toEqual(before);
    expect(fake.operations.every((op) => op.kind.startsWith("filter."))).toBe(true);
  });

  it("an owner filter combines with a status filter, and Clear removes both", async () => {
    const { fake, host, overview } = await setUp();
    await apply(fake, host, overview, { kind: "statuses", labels: ["Not started", "In progress"], blanks: false });
    await apply(fake, host, overview, { kind: "owner", owner: "jo park" });
    expect(visibleRefs(fake)).toEqual(["A1", "A8"]);
    expect(Object.keys(columnFilters(fake.model, "Actions")).sort()).toEqual(["Owner", "Status"]);
    await apply(fake, host, overview, { kind: "clear" });
    expect(columnFilters(fake.model, "Actions")).toEqual({});
  });

  it("shows as many rows for All open as the view counts open", async () => {
    const { fake, host, overview } = await setUp();
    await apply(fake, host, overview, { kind: "allOpen" });
    expect(visibleRows(fake.model, "Actions")).toHaveLength(overview.counts.open);
  });

  it("Overdue shows every overdue action with a real due date, and says which ones are typed as text", async () => {
    const { fake, host, overview } = await setUp();
    const result = await apply(fake, host, overview, { kind: "overdue", today: TODAY });
    expect(visibleRows(fake.model, "Actions")).toHaveLength(overview.counts.overdue - overview.counts.overdueDueAsText.length);
    expect(result.ok && result.notices.join(" ")).toMatch(/F7/);
    // 2026-12-01 is Excel serial 46357: dates before it are kept.
    expect(columnFilters(fake.model, "Actions").Due).toEqual({ filterOn: "Custom", criterion1: "<46357" });
  });

  it("a status choice after Overdue drops the due-date filter", async () => {
    const { fake, host, overview } = await setUp();
    await apply(fake, host, overview, { kind: "overdue", today: TODAY });
    await apply(fake, host, overview, { kind: "statuses", labels: ["In progress"], blanks: false });
    expect(Object.keys(columnFilters(fake.model, "Actions"))).toEqual(["Status"]);
    expect(visibleRefs(fake)).toEqual(["A2", "A8"]);
  });

  it("Clear removes only the add-in's filters (Status, Due, Owner): a filter the user set on Priority stays", async () => {
    const { fake, host, overview } = await setUp();
    await fake.run(async (context) => {
      context.workbook.tables.getItem("Actions").columns.getItem("Priority").filter.applyValuesFilter(["Low"]);
      await context.sync();
    });
    await apply(fake, host, overview, { kind: "allOpen" });
    expect(visibleRefs(fake)).toEqual(["A8"]);
    const before = fake.allValues();
    await apply(fake, host, overview, { kind: "clear" });
    expect(Object.keys(columnFilters(fake.model, "Actions"))).toEqual(["Priority"]);
    expect(visibleRefs(fake)).toEqual(["A4", "A8", "A9"]);
    expect(fake.allValues()).toEqual(before);
  });

  it("refuses an empty choice without touching the workbook", async () => {
    const { fake, host, overview } = await setUp();
    const result = await filterActions(host, overview, { kind: "statuses", labels: [], blanks: false });
    expect(result).toEqual({ ok: false, problems: ["Choose at least one status to show."] });
    expect(fake.syncCount).toBe(0);
  });

  it("works on the oldest Excel the add-in supports (ExcelApi 1.7)", async () => {
    const { fake, host, overview } = await setUp("1.7");
    await apply(fake, host, overview, { kind: "overdue", today: TODAY });
    expect(visibleRefs(fake)).toEqual(["A1", "A3", "A5"]);
  });
});
