/** The installed globals: Office.onReady, requirement sets, ApiNotFound gating, errors, settings, slicers. */
import { createFakeExcel, FakeOfficeError, installFakeOffice, uninstallFakeOffice } from "./index";
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: globals", () => {
  afterEach(() => uninstallFakeOffice());

  it("installs Excel, Office and OfficeExtension and removes them again", () => {
    installFakeOffice(createFakeExcel());
    expect(typeof Excel.run).toBe("function");
    expect(OfficeExtension.Error).toBe(FakeOfficeError);
    expect(Excel.ErrorCodes.itemAlreadyExists).toBe("ItemAlreadyExists");
    expect(OfficeExtension.ErrorCodes.propertyNotLoaded).toBe("PropertyNotLoaded");
    uninstallFakeOffice();
    expect("Excel" in globalThis).toBe(false);
    expect("Office" in globalThis).toBe(false);
  });

  it("resolves Office.onReady with Excel on PC, through the promise and the callback", async () => {
    installFakeOffice(createFakeExcel());
    const seen: unknown[] = [];
    const info = await Office.onReady((i) => seen.push(i));
    expect(info).toEqual({ host: "Excel", platform: "PC" });
    expect(seen).toEqual([{ host: "Excel", platform: "PC" }]);
  });

  it("answers isSetSupported from the configured ExcelApi version", () => {
    installFakeOffice(createFakeExcel({ excelApi: "1.9" }));
    const supported = (v: string): boolean => Office.context.requirements.isSetSupported("ExcelApi", v);
    expect([supported("1.1"), supported("1.8"), supported("1.9"), supported("1.10"), supported("1.17")]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
  });

  it("defaults to ExcelApi 1.17", () => {
    installFakeOffice(createFakeExcel());
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.17")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.18")).toBe(false);
  });

  it("fails getUsedRangeOrNullObject with ApiNotFound below ExcelApi 1.4", async () => {
    installFakeOffice(createFakeExcel({ excelApi: "1.3" }));
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject();
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });

  it("fails slicers with ApiNotFound below ExcelApi 1.10", async () => {
    const fake = createFakeExcel({ excelApi: "1.9" });
    fake.seedTable("Sheet1", "Actions", "A1", ["Ref", "Status"], [["A-1", "Open"]]);
    installFakeOffice(fake);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").slicers.add("Actions", "Status");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.debugInfo.errorLocation).toBe("SlicerCollection.add");
  });

  it("adds a slicer on ExcelApi 1.10 and checks the items it selects", async () => {
    const fake = createFakeExcel({ excelApi: "1.10" });
    fake.seedTable("Sheet1", "Actions", "A1", ["Ref", "Status"], [["A-1", "Open"], ["A-2", "Done"]]);
    installFakeOffice(fake);
    await Excel.run(async (context) => {
      const slicer = context.workbook.worksheets.getItem("Sheet1").slicers.add("Actions", "Status");
      slicer.caption = "Status";
      slicer.selectItems(["Open"]);
      const found = context.workbook.slicers.getItemOrNullObject("Status").load("name, isFilterCleared");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect([found.name, found.isFilterCleared]).toEqual(["Status", false]);
    });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.slicers.getItem("Status").selectItems(["Cancelled"]);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("office-js fake: settings and freeze panes", () => {
  const fake = useFakeExcel();

  it("stores settings as JSON and finds them with getItemOrNullObject", async () => {
    await Excel.run(async (context) => {
      context.workbook.settings.add("scale", { name: "IMA", levels: ["High", "Low"] });
      const missing = context.workbook.settings.getItemOrNullObject("nothing");
      const present = context.workbook.settings.getItemOrNullObject("scale").load("value");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.value).toEqual({ name: "IMA", levels: ["High", "Low"] });
      present.delete();
      await context.sync();
    });
    expect(fake().settings()).toEqual({});
    expect(fake().operations.map((op) => op.kind)).toEqual(["settings.add", "settings.delete"]);
  });

  it("reports the frozen rows through getLocationOrNullObject", async () => {
    await Excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      const before = panes.getLocationOrNullObject();
      panes.freezeRows(2);
      const after = panes.getLocationOrNullObject().load("address");
      await context.sync();
      expect(before.isNullObject).toBe(true);
      expect(after.address).toBe("Sheet1!1:2");
    });
    expect(fake().frozenRows("Sheet1")).toBe(2);
  });

  it("sets and reads column widths, wrap, fill and font", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const range = sheet.getRange("B2:C3");
      range.format.columnWidth = 90;
      range.format.wrapText = true;
      range.format.fill.color = "#ddebf7";
      range.format.font.bold = true;
      const read = sheet.getRange("B2:C3").format.load("columnWidth, wrapText");
      const mixed = sheet.getRange("A2:B2").format.load("columnWidth, wrapText");
      const fill = sheet.getRange("C3").format.fill.load("color");
      await context.sync();
      expect([read.columnWidth, read.wrapText]).toEqual([90, true]);
      expect([mixed.columnWidth, mixed.wrapText]).toEqual([null, null]);
      expect(fill.color).toBe("#DDEBF7");
    });
    expect(fake().columnWidth("Sheet1", "C")).toBe(90);
    expect(fake().columnWidth("Sheet1", "D")).toBe(48);
    expect(fake().wrapText("Sheet1", "C3")).toBe(true);
    expect(fake().wrapText("Sheet1", "D3")).toBe(false);
    expect(fake().cell("Sheet1", "B2")).toMatchObject({ fill: "#DDEBF7", bold: true });
  });

  it("autofits columns from the whole column's contents", async () => {
    fake().seedSheet("Sheet1", [["short"], ["a much longer piece of text"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.autofitColumns();
      await context.sync();
    });
    expect(fake().columnWidth("Sheet1", "A")).toBeGreaterThan(100);
  });

  it("fails freezePanes with ApiNotFound below ExcelApi 1.7", async () => {
    uninstallFakeOffice();
    installFakeOffice(createFakeExcel({ excelApi: "1.6" }));
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").freezePanes.freezeRows(1);
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
