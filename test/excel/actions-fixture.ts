import { ACTIONS_COLUMNS } from "../../src/core/workbook-contract";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { readActionsOverview, type ActionsOverview } from "../../src/workflows/action-counts";
import { createFakeExcel, installFakeOffice, type SeedValue } from "../office-fake";

export type Fake = ReturnType<typeof createFakeExcel>;

/** The day the tests call "today", so overdue never depends on when they run. */
export const TODAY = "2026-12-01";

/** Actions in our own words, covering every default status, blanks, unknown text and odd due dates. */
export const ACTION_ROWS: SeedValue[][] = [
  ["A1", "Name a senior owner for the information strategy", "Value", "Communicating value", "Jo Park", "2026-10-01", "High", "Not started", ""],
  ["A2", "Write down which systems hold key records", "Value", "Managing assets", "Sam Lee", "2026-12-15", "Medium", "In progress", ""],
  ["A3", "Agree retention periods with the business areas", "Risk", "Controlling records", "jo park", "2026-11-30", "High", "Blocked", ""],
  ["A4", "Publish the records management policy", "Risk", "Controlling records", "Sam Lee", "2026-09-01", "Low", "Complete", ""],
  ["A5", "Train staff on the new file plan", "Value", "Managing assets", "", "2026-11-01", "Medium", "", ""],
  ["A6", "Review the digital continuity plan", "Risk", "Measuring impact", "Ana Ruiz", "'15/11/2026", "High", "Deferred", ""],
  ["A7", "Check access controls on shared drives", "Risk", "Measuring impact", "Ana Ruiz", "", "High", "deferred", ""],
  ["A8", "Move paper files to the archive", "Value", "Communicating value", "Jo Park", "2027-01-10", "Low", "in progress", ""],
  ["A9", "Close the old intranet pages", "Value", "Managing assets", "Sam Lee", "2026-08-01", "Low", "COMPLETE", ""],
];

export const RATINGS: SeedValue[][] = [
  ["Value", "Communicating value", "Satisfactory"],
  ["", "Managing assets", "Development area"],
  ["Risk", "Controlling records", "Good practice"],
  ["", "Measuring impact", ""],
];

/** A workbook with a Ratings table and an Actions table (default statuses: no Lists sheet needed). */
export function seedActionsWorkbook(fake: Fake, rows: readonly (readonly SeedValue[])[] = ACTION_ROWS): void {
  fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", "IMA 2015"], RATINGS);
  fake.seedTable("Actions", "Actions", "A1", [...ACTIONS_COLUMNS], rows);
}

export function connect(excelApi?: string): { fake: Fake; host: ExcelWorkbookHost } {
  const fake = createFakeExcel(excelApi ? { excelApi } : {});
  installFakeOffice(fake);
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

/** Counts syncs made inside host.apply only: the write round trips. */
export function countWriteSyncs(fake: Fake, host: ExcelWorkbookHost): { readonly writes: number[] } {
  const writes: number[] = [];
  const original = host.apply.bind(host);
  host.apply = async (plan) => {
    const before = fake.syncCount;
    try {
      return await original(plan);
    } finally {
      writes.push(fake.syncCount - before);
    }
  };
  return { writes };
}

/** A seeded workbook, the view's read of it, and counters reset so a test sees only its own syncs. */
export async function connectWithOverview(excelApi?: string): Promise<{ fake: Fake; host: ExcelWorkbookHost; overview: ActionsOverview }> {
  const { fake, host } = connect(excelApi);
  seedActionsWorkbook(fake);
  const result = await readActionsOverview(host, TODAY);
  if (!result.ok) throw new Error(result.problems.join("; "));
  fake.resetCounters();
  return { fake, host, overview: result.overview };
}
