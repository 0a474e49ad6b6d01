import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { detectCapabilities } from "../../src/excel/capabilities";
import { readActionsOverview } from "../../src/workflows/action-counts";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";
import { ACTION_ROWS, TODAY, seedActionsWorkbook } from "./actions-fixture";

afterEach(() => uninstallFakeOffice());

// Excel on the web answers at most 5 MB a request (OFFICEJS-NOTES §8; a self-test case checks it in
// Excel). A table past that must still be read, in runs of rows, and only such a table pays for it.
describe("Reading a table larger than Excel on the web sends in one answer", () => {
  /** 12,000 actions whose Next step text is `length` characters and different in every row. */
  const actionsOf = (length: number) =>
    Array.from({ length: 12_000 }, (_, i) => {
      const row = [...(ACTION_ROWS[i % ACTION_ROWS.length] ?? [])];
      row[1] = `${String(row[1])} ${"x".repeat(length)} ${i}`;
      return row;
    });

  function connect(platform: "OfficeOnline" | "PC", length = 600) {
    const fake = createFakeExcel({ platform });
    installFakeOffice(fake);
    seedActionsWorkbook(fake, actionsOf(length));
    return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
  }

  it("reads every row, in order, on the web, with a few more round trips", async () => {
    const { fake, host } = connect("OfficeOnline");
    const result = await readActionsOverview(host, TODAY);
    if (!result.ok) throw new Error(result.problems.join(" "));
    expect(result.overview.actions.items).toHaveLength(12_000);
    expect(result.overview.actions.items.every((a, i) => a.nextStep.endsWith(` ${i}`))).toBe(true);
    // 2 for the contract read, 1 refused, 1 for the addresses, then runs of rows (7 MB needs 2, or 4 after a refusal).
    expect(fake.syncCount).toBeGreaterThan(3);
    expect(fake.syncCount).toBeLessThanOrEqual(12);
  });

  it("reads in smaller runs when halves are still too large, every row once and in order", async () => {
    // About 26 MB: halves (13 MB) are refused, and so on down to runs under 5 MB.
    const { fake, host } = connect("OfficeOnline", 2_000);
    const result = await readActionsOverview(host, TODAY);
    if (!result.ok) throw new Error(result.problems.join(" "));
    expect(result.overview.actions.items).toHaveLength(12_000);
    expect(result.overview.actions.items.every((a, i) => a.nextStep.endsWith(` ${i}`))).toBe(true);
    // 2 contract + 1 refused + 1 addresses, one refusal per halving, then 8 runs: far fewer than a sync per MB.
    expect(fake.syncCount).toBeGreaterThanOrEqual(4 + 1 + 8);
    expect(fake.syncCount).toBeLessThanOrEqual(4 + 3 + 8);
  });

  it("still reads in two round trips where Excel has no such limit (desktop)", async () => {
    const { fake, host } = connect("PC");
    const result = await readActionsOverview(host, TODAY);
    expect(result.ok && result.overview.actions.items).toHaveLength(12_000);
    expect(fake.syncCount).toBe(2);
  });
});
