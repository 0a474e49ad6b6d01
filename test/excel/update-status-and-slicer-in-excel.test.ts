import { STATUS_SLICER_NAME } from "../../src/core/slicer-plan";
import { addStatusSlicer } from "../../src/workflows/add-status-slicer";
import { updateActionStatus } from "../../src/workflows/update-action-status";
import { FakeErrorCodes, FakeOfficeError, uninstallFakeOffice } from "../office-fake";
import { FakeSlicerCollection } from "../office-fake/slicers";
import { ACTION_ROWS, connect, connectWithOverview, countWriteSyncs, seedActionsWorkbook } from "./actions-fixture";

afterEach(() => {
  uninstallFakeOffice();
  jest.restoreAllMocks();
});

const A3 = { row: 3, ref: "A3", nextStep: "Agree retention periods with the business areas" };

describe("Changing an action's status in Excel", () => {
  it("writes the one Status cell in one write round trip and nothing else", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const before = fake.allValues();
    const syncs = countWriteSyncs(fake, host);
    const result = await updateActionStatus(host, A3, "in progress");
    expect(result).toEqual({ ok: true, message: 'Action A3 is now "In progress".', notices: [] });
    expect(syncs.writes).toEqual([1]);
    const after = fake.allValues();
    expect(after.Actions?.H4).toEqual({ value: "In progress", formula: null });
    expect({ ...after, Actions: { ...after.Actions, H4: before.Actions?.H4 } }).toEqual(before);
  });

  it("finds the action where a sort has moved it", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake, [...ACTION_ROWS].reverse());
    const result = await updateActionStatus(host, A3, "Complete");
    expect(result.ok).toBe(true);
    expect(fake.cell("Actions", "A8").value).toBe("A3");
    expect(fake.cell("Actions", "H8").value).toBe("Complete");
  });

  it("refuses, writing nothing, when the action is gone or the status unknown", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const gone = await updateActionStatus(host, { ...A3, nextStep: "Something else entirely" }, "Complete");
    expect(gone.ok).toBe(false);
    expect(!gone.ok && gone.problems[0]).toMatch(/no longer in the Actions table/);
    const unknown = await updateActionStatus(host, A3, "Parked");
    expect(!unknown.ok && unknown.problems[0]).toMatch(/"Parked" is not a status/);
    expect(fake.operations).toEqual([]);
  });
});

describe("Changing an action's status, update and due date in Excel", () => {
  it("writes the three cells in one write round trip, the due date as a date, and nothing else", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const before = fake.allValues();
    const syncs = countWriteSyncs(fake, host);
    const result = await updateActionStatus(host, A3, { status: "In progress", update: "=Agreed with two of five areas", due: "2027-02-28" });
    expect(result).toEqual({ ok: true, message: 'Action A3 is now "In progress". Its update and due date were changed too.', notices: [] });
    expect(syncs.writes).toEqual([1]);
    const after = fake.allValues();
    expect(after.Actions?.H4).toEqual({ value: "In progress", formula: null });
    // Literal text, never a formula.
    expect(after.Actions?.I4).toEqual({ value: "=Agreed with two of five areas", formula: null });
    expect(after.Actions?.F4?.value).toBe(46446);
    expect(fake.cell("Actions", "F4").numberFormat).toBe("yyyy-mm-dd");
    expect({ ...after, Actions: { ...after.Actions, F4: before.Actions?.F4, H4: before.Actions?.H4, I4: before.Actions?.I4 } }).toEqual(before);
  });

  it("writes only the cells whose value changes, and nothing at all when none does", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const syncs = countWriteSyncs(fake, host);
    const same = await updateActionStatus(host, A3, { status: "Blocked", update: "", due: "2026-11-30" });
    expect(same).toEqual({ ok: true, message: "Action A3 already has these values; nothing was written.", notices: [] });
    expect(syncs.writes).toEqual([]);
    const onlyUpdate = await updateActionStatus(host, A3, { status: "blocked", update: "Waiting for legal advice", due: "2026-11-30" });
    expect(onlyUpdate.ok && onlyUpdate.message).toBe('Action A3 stays "Blocked". Its update was changed too.');
    expect(syncs.writes).toEqual([1]);
    expect(fake.cell("Actions", "H4").value).toBe("Blocked");
    expect(fake.cell("Actions", "I4").value).toBe("Waiting for legal advice");
  });

  it("refuses a date that is not one, writing nothing", async () => {
    const { fake, host } = connect();
    seedActionsWorkbook(fake);
    const result = await updateActionStatus(host, A3, { status: "Complete", due: "31/02/2027" });
    expect(result).toEqual({ ok: false, problems: ['"31/02/2027" is not a date (expected YYYY-MM-DD).'] });
    expect(fake.operations).toEqual([]);
  });
});

describe("Adding a status slicer in Excel", () => {
  const overviewFor = connectWithOverview;

  it("puts a Status slicer one column to the right of the table (ExcelApi 1.10)", async () => {
    const { fake, host, overview } = await overviewFor("1.10");
    const before = fake.allValues();
    const result = await addStatusSlicer(host, overview);
    expect(result.ok).toBe(true);
    const slicer = fake.model.slicers[0];
    expect(slicer).toMatchObject({ name: STATUS_SLICER_NAME, caption: "Status", columnName: "Status", top: 0 });
    // Table A:I, one empty column J, slicer at K: ten default 48-point columns to its left.
    expect(slicer?.left).toBe(480);
    expect(fake.syncCount).toBe(2);
    expect(fake.allValues()).toEqual(before);
  });

  it("does not add a second slicer on a second click", async () => {
    const { fake, host, overview } = await overviewFor();
    await addStatusSlicer(host, overview);
    const again = await addStatusSlicer(host, overview);
    expect(again).toEqual({ ok: false, problems: [`The workbook already has the slicer "${STATUS_SLICER_NAME}"; no second one was added.`] });
    expect(fake.model.slicers).toHaveLength(1);
  });

  it("says slicers need ExcelApi 1.10, and that the filter buttons still work, on older Excel", async () => {
    const { fake, host, overview } = await overviewFor("1.9");
    const result = await addStatusSlicer(host, overview);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.join(" ")).toMatch(/ExcelApi 1\.10.*filter buttons/s);
    expect(fake.syncCount).toBe(0);
  });

  it("reports a failing slicer call (office-js#5032) in plain words and says the filters still work", async () => {
    const { fake, host, overview } = await overviewFor();
    jest.spyOn(FakeSlicerCollection.prototype, "add").mockImplementation(() => {
      throw new FakeOfficeError(FakeErrorCodes.generalException, "An internal error has occurred.", "SlicerCollection.add");
    });
    const result = await addStatusSlicer(host, overview);
    expect(result).toEqual({
      ok: false,
      problems: [
        "Adding the status slicer did not finish. Excel reported an internal error. Try again; if it keeps happening, save and reopen the workbook. (at SlicerCollection.add)",
        "The filter buttons in this pane still work without a slicer.",
      ],
    });
    expect(fake.model.slicers).toHaveLength(0);
  });
});
