import { fixPlan } from "../../src/core/checks";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { checkOpenWorkbook } from "../../src/workflows/check-workbook";
import { fixFindings } from "../../src/workflows/fix-findings";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type FakeExcel } from "../office-fake";
import { changedCells } from "./rated-workbook";
import { seedWorkbook, type WorkbookData } from "../support/rating-workbook-data";

// Generous on a loaded machine (2 cores shared); a limit, not a timed assertion.
jest.setTimeout(60_000);

const TODAY = { todayIso: "2026-12-01" };

function connect(data: WorkbookData): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = createFakeExcel();
  seedWorkbook(fake, data);
  installFakeOffice(fake);
  fake.resetCounters();
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

const MESSY: WorkbookData = {
  ratings: [
    ["Theme", "Area", "IMA 2015", "Review 2017", "Notes"],
    ["The value of information", "Communicating and realising value", "satisfactory", "SATISFACTORY", "keep me"],
    ["", "Managing information as an asset", "Development Area", "Satisfactory", "=1+1"],
    ["Records", "Disposal", "Progressing towards good practice", "Satisfactroy", "Development Area"],
  ],
  actions: [
    ["Ref", "Next step", "Theme", "Area", "Owner", "Due", "Priority", "Status", "Update"],
    ["1", "Write the plan", "Records", "Disposal", "KIM team", "2027-03-31", "High", "in progress", "satisfactory"],
  ],
};

afterEach(() => uninstallFakeOffice());

describe("Check in Excel", () => {
  it("reads in two syncs at most and writes nothing", async () => {
    const { fake, host } = connect(MESSY);
    const result = await checkOpenWorkbook(host, TODAY);
    if (!result.ok) throw new Error(result.problems.join("\n"));
    expect(result.findings.map((f) => [f.kind, f.address])).toEqual([
      ["rating-not-on-scale", "D4"],
      ["rating-variant", "C2"],
      ["rating-variant", "D2"],
      ["rating-variant", "C3"],
      ["rating-variant", "C4"],
      ["action-status-variant", "H2"],
    ]);
    expect(result).toMatchObject({ areaCount: 3, actionCount: 1 });
    expect(fake.syncCount).toBeLessThanOrEqual(2);
    expect(fake.operations).toEqual([]);
  });

  it("Fix all leaves only canonical labels, in one write sync, and touches no other cell", async () => {
    const { fake, host } = connect(MESSY);
    const checked = await checkOpenWorkbook(host, TODAY);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    const before = fake.allValues();
    const readSyncs = fake.syncCount;
    const fixable = checked.findings.filter((f) => f.fix !== undefined);
    fake.resetCounters();

    const result = await fixFindings(host, fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), TODAY);

    expect(result).toEqual({ ok: true, message: "Fixed 5 cells. No other cell was changed.", notices: [] });
    expect(changedCells(before, fake.allValues())).toEqual(["Actions!H2", "Ratings!C2", "Ratings!C3", "Ratings!C4", "Ratings!D2"]);
    expect(fake.cell("Ratings", "C4").value).toBe("Progressing to good practice");
    expect(fake.cell("Actions", "H2").value).toBe("In progress");
    // The near miss is only a suggestion: Fix all leaves it for a person to confirm.
    expect(fake.cell("Ratings", "D4").value).toBe("Satisfactroy");
    const writes = fake.operations.filter((op) => op.kind === "setValues");
    expect(writes).toHaveLength(5);
    expect(fake.syncCount).toBe(readSyncs + 1); // the same read as the check, then one write
    expect(fake.operations.every((op) => op.kind === "setValues")).toBe(true);

    const again = await checkOpenWorkbook(host, TODAY);
    expect(again.ok && again.findings.map((f) => f.kind)).toEqual(["rating-not-on-scale"]);
  });

  it("applies an accepted suggestion to that one cell", async () => {
    const { fake, host } = connect(MESSY);
    const checked = await checkOpenWorkbook(host, TODAY);
    const nearMiss = checked.findings.find((f) => f.suggestion !== undefined);
    if (!nearMiss?.suggestion) throw new Error("expected a suggestion");
    const before = fake.allValues();
    const result = await fixFindings(host, [{ finding: nearMiss, value: nearMiss.suggestion }], TODAY);
    expect(result.ok).toBe(true);
    expect(changedCells(before, fake.allValues())).toEqual(["Ratings!D4"]);
    expect(fake.cell("Ratings", "D4").value).toBe("Satisfactory");
  });

  it("leaves a cell edited since the check alone", async () => {
    const { fake, host } = connect(MESSY);
    const checked = await checkOpenWorkbook(host, TODAY);
    await fake.simulateUserEdit("Ratings", "C2", [["Good practice"]]);
    const fixable = checked.findings.filter((f) => f.fix !== undefined);
    const result = await fixFindings(host, fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), TODAY);
    expect(result).toEqual({
      ok: true,
      message: "Fixed 4 cells. No other cell was changed.",
      notices: ["1 cell was left alone because it has been edited since the check."],
    });
    expect(fake.cell("Ratings", "C2").value).toBe("Good practice");
  });

  it("on a protected sheet, says so and changes nothing", async () => {
    const { fake, host } = connect(MESSY);
    fake.seedSheet("Ratings", [], { protected: true });
    const checked = await checkOpenWorkbook(host, TODAY);
    const before = fake.allValues();
    const fixable = checked.findings.filter((f) => f.fix !== undefined && f.sheet === "Ratings");
    const result = await fixFindings(host, fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), TODAY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/protected/i);
    expect(changedCells(before, fake.allValues())).toEqual([]);
  });

  it("writes a fix as literal text, never a formula", async () => {
    const { fake, host } = connect(MESSY);
    await host.apply(
      fixPlan([{ kind: "rating-variant", severity: "warning", sheet: "Ratings", address: "E2", found: "", expected: "", message: "", fix: { value: "=Low" } }]),
    );
    expect(fake.cell("Ratings", "E2")).toMatchObject({ value: "=Low", formula: null });
    expect(fake.syncCount).toBe(1);
  });

  it.each([10, 1000])("costs the same syncs for %i fixes: the read, then one write", async (count) => {
    const rows = Array.from({ length: count }, (_, i) => ["Theme", `Area ${i + 1}`, "good practice", "Good practice"]);
    const { fake, host } = connect({ ratings: [["Theme", "Area", "IMA 2015", "Review 2017"], ...rows] });
    const checked = await checkOpenWorkbook(host, TODAY);
    const readSyncs = fake.syncCount;
    const fixable = checked.findings.filter((f) => f.fix !== undefined);
    expect(fixable).toHaveLength(count);
    fake.resetCounters();
    const result = await fixFindings(host, fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), TODAY);
    expect(result.ok).toBe(true);
    expect(fake.syncCount).toBe(readSyncs + 1);
    expect(readSyncs).toBeLessThanOrEqual(2);
  });
});
