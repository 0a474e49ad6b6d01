import { saveAreaNotes } from "../../src/workflows/area-notes";
import { uninstallFakeOffice } from "../office-fake";
import { changedCells, frameworkOf, ratedWorkbook } from "./rated-workbook";

afterEach(() => uninstallFakeOffice());

describe("Writing an area's notes in Excel", () => {
  const value = { theme: "The value of information", area: "Communicating and realising value" };

  it("writes the text, literally, into exactly one cell, in one write sync", async () => {
    const { fake, host } = await ratedWorkbook();
    const before = fake.allValues();
    const result = await saveAreaNotes(host, { ...value, text: "=seen the strategy", expected: "kept as it is" });
    expect(result).toEqual({ ok: true, message: 'Saved the notes of "Communicating and realising value" (Ratings!E2).', notices: [] });
    expect(changedCells(before, fake.allValues())).toEqual(["Ratings!E2"]);
    expect(fake.cell("Ratings", "E2")).toMatchObject({ value: "=seen the strategy", formula: null });
    expect([host.readSyncs, host.writeSyncs]).toEqual([2, 1]);
  });

  it("refuses, writing nothing, when the cell changed since the pane showed it", async () => {
    const { fake, host } = await ratedWorkbook();
    await fake.simulateUserEdit("Ratings", "E2", [["typed in Excel"]]);
    const before = fake.allValues();
    const result = await saveAreaNotes(host, { ...value, text: "mine", expected: "kept as it is" });
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining('Ratings!E2 changed since the pane showed it: it now holds "typed in Excel"')] });
    expect(fake.allValues()).toEqual(before);
    expect(host.writeSyncs).toBe(0);
  });

  it.each([10, 1000])("costs the same syncs for %i areas", async (areas) => {
    const { fake, host } = await ratedWorkbook({ framework: frameworkOf(areas) });
    const before = fake.allValues();
    const result = await saveAreaNotes(host, { theme: `Theme ${Math.ceil(areas / 10)}`, area: `Area ${areas}`, text: "last one", expected: "" });
    expect(result.ok).toBe(true);
    expect([host.readSyncs, host.writeSyncs]).toEqual([2, 1]);
    expect(changedCells(before, fake.allValues())).toEqual([`Ratings!E${areas + 1}`]);
  });
});
