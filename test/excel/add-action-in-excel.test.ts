import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { addAction, type NewAction } from "../../src/workflows/add-action";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { uninstallFakeOffice } from "../office-fake";
import { ACTION_ROWS, connect, countWriteSyncs, seedActionsWorkbook } from "./actions-fixture";

afterEach(() => uninstallFakeOffice());

const ACTION: NewAction = {
  nextStep: "Set up a records review group",
  theme: "Risk",
  area: "Measuring impact",
  owner: "Kim Cho",
  due: "2027-03-31",
  priority: "High",
  status: "Not started",
};

describe("Adding an action in Excel", () => {
  it("writes the row directly below the table, which grows to cover it", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await addAction(host, ACTION);
    expect(result).toEqual({ ok: true, message: 'Added action A10 on the sheet "Actions" (A11:I11).', notices: [] });
    expect(fake.table("Actions")).toMatchObject({ address: "Actions!A1:I11", dataRowCount: 10 });
    expect(fake.valuesOf("Actions")[10]).toEqual(["A10", ACTION.nextStep, "Risk", "Measuring impact", "Kim Cho", 46477, "High", "Not started", ""]);
    expect(fake.cell("Actions", "F11")).toMatchObject({ numberFormat: "yyyy-mm-dd", text: "2027-03-31" });
    // Excel fits the new row to its wrapped text, in the same write.
    expect(fake.operations).toContainEqual(expect.objectContaining({ kind: "autofitRows", sheet: "Actions", address: "11:11" }));
  });

  it("stores a next step starting with = as literal text, never a formula", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await addAction(host, { ...ACTION, nextStep: "=HYPERLINK(\"http://example.org\")", owner: "+44 team" });
    expect(result.ok).toBe(true);
    expect(fake.cell("Actions", "B11")).toMatchObject({ value: '=HYPERLINK("http://example.org")', formula: null });
    expect(fake.cell("Actions", "E11")).toMatchObject({ value: "+44 team", formula: null });
  });

  it("costs one write round trip with a table of 10,000 actions", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake, Array.from({ length: 10_000 }, (_, i) => [`A${i + 1}`, ...(ACTION_ROWS[i % ACTION_ROWS.length] ?? []).slice(1)]));
    const syncs = countWriteSyncs(fake, host);
    const result = await addAction(host, ACTION);
    expect(result.ok && result.message).toBe('Added action A10001 on the sheet "Actions" (A10002:I10002).');
    expect(syncs.writes).toEqual([1]);
    expect(fake.syncCount).toBe(3);
    expect(fake.table("Actions")?.dataRowCount).toBe(10_001);
  });

  it("also resizes the table where Excel can (ExcelApi 1.13), and relies on auto-expansion below that", async () => {
    for (const [excelApi, resized] of [["1.13", true], ["1.12", false]] as const) {
      const { fake, host } = connect(excelApi);
      seedActionsWorkbook(fake);
      expect((await addAction(host, ACTION)).ok).toBe(true);
      expect(fake.table("Actions")?.dataRowCount).toBe(10);
      expect(fake.operations.some((op) => op.kind === "table.resize")).toBe(resized);
      uninstallFakeOffice();
    }
  });

  it("fills the blank row of a freshly set-up Actions table instead of leaving it empty", async () => {
    const { fake, host } = connect();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: DEFAULT_SCALE, rounds: ["IMA 2015"] });
    const theme = IMA_2015_FRAMEWORK.themes[0];
    const result = await addAction(host, { ...ACTION, theme: theme?.name ?? "", area: theme?.areas[0] ?? "" });
    expect(result.ok && result.message).toBe('Added action A1 on the sheet "Actions" (A2:I2).');
    expect(fake.table("Actions")?.dataRowCount).toBe(1);
    expect(fake.cell("Actions", "B2").value).toBe(ACTION.nextStep);
  });

  it("refuses, and writes nothing, when the row under the table holds something", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    fake.seedSheet("Actions", [[], [], [], [], [], [], [], [], [], [], [null, null, "a note of mine"]]);
    const before = fake.allValues();
    const result = await addAction(host, ACTION);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatch(/A11:I11\) is not empty/);
    expect(fake.allValues()).toEqual(before);
    expect(fake.operations).toEqual([]);
  });

  it("refuses bad input with one clear message each, and writes nothing", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await addAction(host, { nextStep: "  ", theme: "Money", area: "Budgets", owner: "", due: "31/03/2027", priority: "Urgent", status: "Maybe" });
    expect(result).toEqual({
      ok: false,
      problems: [
        "Write the next step: an action needs its text.",
        '"Money" is not a theme of the Ratings table.',
        '"Budgets" is not an area of the theme "Money".',
        '"31/03/2027" is not a date (expected YYYY-MM-DD).',
        '"Urgent" is not a priority (the priorities are High, Medium, Low).',
        '"Maybe" is not a status (the statuses are Not started, In progress, Blocked, Complete).',
      ],
    });
    expect(fake.operations).toEqual([]);
  });
});
