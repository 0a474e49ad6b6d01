/** Table filters in an .xlsx file: applied as Excel applies them, written into the file, read back. */
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
import { readActionsOverview, type ActionsOverview } from "../../src/workflows/action-counts";
import { filterActions } from "../../src/workflows/filter-actions";
import { findSheet } from "../../src/xlsx/apply-xlsx-plan";
import { tableFilters } from "../../src/xlsx/table-filters";
import { openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import type { XlsxWorkbookHost } from "../../src/xlsx/xlsx-host";
import { partText, sheetXml } from "./xlsx-inspect";

/** The day the sample's overdue actions are counted against. */
const TODAY = "2018-04-15";

async function overviewOf(host: XlsxWorkbookHost): Promise<ActionsOverview> {
  const read = await readActionsOverview(host, TODAY);
  if (!read.ok) throw new Error(read.problems.join(" "));
  return read.overview;
}

/** The 1-based sheet rows of the Actions sheet's table body (2..12) that are not hidden. */
function shownRows(host: XlsxWorkbookHost): number[] {
  const ws = findSheet(host.workbook, "Actions");
  if (!ws) throw new Error("no Actions sheet");
  return Array.from({ length: 11 }, (_, i) => i + 2).filter((r) => ws.getRow(r).hidden !== true);
}

async function tablePart(bytes: Uint8Array, name: string): Promise<string> {
  for (let i = 1; i <= 10; i++) {
    const xml = await partText(bytes, `xl/tables/table${i}.xml`).catch(() => "");
    if (new RegExp(`<table\\b[^>]*\\bname="${name}"`).test(xml)) return xml;
  }
  throw new Error(`no table part for ${name}`);
}

describe("Filters on an .xlsx workbook", () => {
  it("filters by status: the result is only 'applied', and the rows it does not keep are hidden", async () => {
    const host = await buildSampleWorkbook();
    const result = await filterActions(host, await overviewOf(host), { kind: "statuses", labels: ["Blocked"], blanks: false });
    // Before, the step was skipped with "The filter was not applied…" as a notice under "Filter applied".
    expect(result).toEqual({ ok: true, message: "Showing actions with status Blocked.", notices: [] });
    expect(shownRows(host)).toEqual([6]);
    const ws = findSheet(host.workbook, "Actions");
    // No value changes: the Blocked action is still where it was.
    expect(ws?.getCell("H6").value).toBe("Blocked");
  });

  it("writes the table's autoFilter with its filter columns and hidden rows, and reads them back", async () => {
    const host = await buildSampleWorkbook();
    const overview = await overviewOf(host);
    expect((await filterActions(host, overview, { kind: "overdue", today: TODAY })).ok).toBe(true);
    // Open and due before 15 April 2018: HO-02 (31 Mar, In progress), HO-04? no (30 Jun); HO-03 (31 Jan), HO-07 (28 Feb).
    expect(shownRows(host)).toEqual([3, 4, 8]);
    const bytes = await saveXlsx(host);
    const table = await tablePart(bytes, "Actions");
    expect(table).toMatch(/<autoFilter ref="A1:I12">/);
    expect(table).toMatch(/<filterColumn colId="7"><filters blank="1">(<filter val="[^"]+"\/>)+<\/filters><\/filterColumn>/);
    expect(table).toContain('<filter val="In progress"/>');
    expect(table).not.toContain('<filter val="Complete"/>');
    expect(table).toMatch(/<filterColumn colId="5"><customFilters><customFilter operator="lessThan" val="43205"\/><\/customFilters><\/filterColumn>/);
    const sheet = await sheetXml(bytes, "Actions");
    const hidden = [...sheet.matchAll(/<row r="(\d+)"[^>]*hidden="1"/g)].map((m) => Number(m[1]));
    expect(hidden).toEqual([2, 5, 6, 7, 9, 10, 11, 12]);

    const again = await openXlsx(bytes);
    expect(shownRows(again)).toEqual([3, 4, 8]);
    const actions = findSheet(again.workbook, "Actions")?.getTable("Actions");
    if (!actions) throw new Error("no Actions table");
    expect([...tableFilters(actions).keys()]).toEqual([5, 7]);

    // Clearing on the reopened file shows every row, and the saved file has no filter left.
    expect((await filterActions(again, await overviewOf(again), { kind: "clear" })).ok).toBe(true);
    expect(shownRows(again)).toHaveLength(11);
    const cleared = await tablePart(await saveXlsx(again), "Actions");
    expect(cleared).not.toMatch(/<filters|<customFilters/);
  });

  it("filters by owner on the Owner column, leaving the status filter in place", async () => {
    const host = await buildSampleWorkbook();
    const overview = await overviewOf(host);
    await filterActions(host, overview, { kind: "statuses", labels: ["Not started"], blanks: false });
    const result = await filterActions(host, overview, { kind: "owner", owner: "departmental records officer" });
    expect(result.ok && result.notices).toEqual([]);
    // Not started and the Departmental Records Officer's: HO-09 and HO-11.
    expect(shownRows(host)).toEqual([10, 12]);
    const table = await tablePart(await saveXlsx(host), "Actions");
    expect(table).toContain('<filterColumn colId="4"><filters><filter val="Departmental Records Officer"/></filters></filterColumn>');
  });
});
