import { addTable, describeRows, type SelfTestCase, type Scratch } from "./self-test-case";

/** Which of the scratch sheet's rows `rows` (A1 row numbers) a table filter hides, after one sync. */
async function hiddenRows(scratch: Scratch, rows: readonly number[]): Promise<(boolean | null)[]> {
  const ranges = rows.map((row) => scratch.sheet.getRange(`A${row}`));
  for (const range of ranges) range.load("rowHidden");
  await scratch.context.sync();
  return ranges.map((range) => range.rowHidden);
}

const same = (a: readonly (boolean | null)[], b: readonly boolean[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

export const FILTER_CASES: readonly SelfTestCase[] = [
  {
    id: "values-filter-blanks",
    assumption: 'applyValuesFilter keeps blank cells when "" is among the values (how the Actions filter shows actions with no status).',
    run: async (scratch) => {
      const table = addTable(scratch, "A1:B4", ["Ref", "Status"], [["R1", "Open"], ["R2", ""], ["R3", "Closed"]], scratch.name("Blanks"));
      table.columns.getItem("Status").filter.applyValuesFilter(["Open", ""]);
      await scratch.context.sync();
      const hidden = await hiddenRows(scratch, [2, 3, 4]);
      return { pass: same(hidden, [false, false, true]), observed: `${describeRows(["R1 (Open)", "R2 (blank)", "R3 (Closed)"], hidden)}; expected R1 and R2 shown, R3 hidden` };
    },
  },
  {
    id: "values-filter-case",
    assumption: "A values filter compares text ignoring case: filtering on \"in progress\" keeps a cell holding \"In progress\".",
    run: async (scratch) => {
      const table = addTable(scratch, "A1:B3", ["Ref", "Status"], [["R1", "In progress"], ["R2", "Blocked"]], scratch.name("Case"));
      table.columns.getItem("Status").filter.applyValuesFilter(["in progress"]);
      await scratch.context.sync();
      const hidden = await hiddenRows(scratch, [2, 3]);
      return { pass: same(hidden, [false, true]), observed: `${describeRows(["R1 (In progress)", "R2 (Blocked)"], hidden)}; expected R1 shown, R2 hidden` };
    },
  },
  {
    id: "custom-filter-before-serial",
    assumption: 'A custom filter "<serial" on a date column keeps dates before that day and hides later dates, dates typed as text and blanks (the Overdue filter).',
    run: async (scratch) => {
      // 46357 is 2026-12-01; 46000 is 2025-12-09, 46500 is 2027-04-23.
      const table = addTable(scratch, "A1:B5", ["Ref", "Due"], [["R1", 46000], ["R2", 46500], ["R3", "'15/11/2026"], ["R4", ""]], scratch.name("Before"));
      scratch.sheet.getRange("B2:B3").numberFormat = [["yyyy-mm-dd"], ["yyyy-mm-dd"]];
      table.columns.getItem("Due").filter.apply({ filterOn: "Custom", criterion1: "<46357" });
      await scratch.context.sync();
      const hidden = await hiddenRows(scratch, [2, 3, 4, 5]);
      return {
        pass: same(hidden, [false, true, true, true]),
        observed: `${describeRows(["R1 (2025-12-09)", "R2 (2027-04-23)", "R3 (text 15/11/2026)", "R4 (blank)"], hidden)}; expected only R1 shown`,
      };
    },
  },
];
