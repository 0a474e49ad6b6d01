/** onChanged events: registered at sync, removed through the registering context, gated by ExcelApi. */
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "./index";
import { officeError } from "./test-support";

type Changed = Excel.WorksheetChangedEventArgs;

async function watch(seen: Changed[]): Promise<OfficeExtension.EventHandlerResult<Changed>> {
  return Excel.run(async (context) => {
    const registration = context.workbook.worksheets.onChanged.add(async (event) => {
      seen.push(event);
    });
    await context.sync();
    return registration;
  });
}

describe("office-js fake: events", () => {
  afterEach(() => uninstallFakeOffice());

  it("delivers a user's edit with triggerSource Unknown and single-cell details", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const seen: Changed[] = [];
    await watch(seen);
    expect(fake.changeHandlerCount).toBe(1);
    await fake.simulateUserEdit("Sheet1", "C2", [["Good"]]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      address: "C2",
      triggerSource: "Unknown",
      details: { valueBefore: "", valueAfter: "Good", valueTypeBefore: "Empty", valueTypeAfter: "String" },
    });
    expect(fake.cell("Sheet1", "C2").value).toBe("Good");
    expect(fake.operations).toEqual([]);
    expect(fake.eventHandlerErrors).toEqual([]);
  });

  it("marks the add-in's own writes ThisLocalAddin, after the sync", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const seen: Changed[] = [];
    await watch(seen);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      await context.sync();
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen.map((e) => [e.address, e.triggerSource, e.details])).toEqual([["A1:B2", "ThisLocalAddin", undefined]]);
  });

  it("leaves out triggerSource below ExcelApi 1.14", async () => {
    const fake = createFakeExcel({ excelApi: "1.9" });
    installFakeOffice(fake);
    const seen: Changed[] = [];
    await watch(seen);
    await fake.simulateUserEdit("Sheet1", "A1", [["x"]]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.triggerSource).toBeUndefined();
  });

  it("fails worksheets.onChanged with ApiNotFound below ExcelApi 1.9", async () => {
    installFakeOffice(createFakeExcel({ excelApi: "1.8" }));
    const error = await officeError(watch([]));
    expect(error.code).toBe("ApiNotFound");
  });

  it("removes a handler through Excel.run(registration.context, ...)", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const seen: Changed[] = [];
    const registration = await watch(seen);
    expect(() => registration.remove()).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(fake.changeHandlerCount).toBe(0);
    await fake.simulateUserEdit("Sheet1", "A1", [["x"]]);
    expect(seen).toEqual([]);
  });

  it("scopes worksheet.onChanged to its sheet and records handler failures", async () => {
    const fake = createFakeExcel();
    fake.seedSheet("Other");
    installFakeOffice(fake);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Other").onChanged.add(async () => {
        throw new Error("handler bug");
      });
      await context.sync();
    });
    await fake.simulateUserEdit("Sheet1", "A1", [["not watched"]]);
    expect(fake.eventHandlerErrors).toEqual([]);
    await fake.simulateUserEdit("Other", "A1", [["watched"]]);
    expect(fake.eventHandlerErrors).toEqual([new Error("handler bug")]);
  });

  it("does not raise events for seeding", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    const seen: Changed[] = [];
    await watch(seen);
    fake.seedSheet("Sheet1", [["seeded"]]);
    await Excel.run(async (context) => context.sync());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
  });
});
