/** Column filters, table.resize and range positions, as the Actions view uses them. */
import { columnFilters, createFakeExcel, installFakeOffice, uninstallFakeOffice, visibleRows } from "./index";
import { officeError, useFakeExcel } from "./test-support";

function seed(fake: ReturnType<ReturnType<typeof useFakeExcel>>): void {
  fake.seedTable("Sheet1", "Actions", "A1", ["Ref", "Status", "Due"], [
    ["A1", "Open", "2026-11-01"],
    ["A2", "done", "2026-12-15"],
    ["A3", "", ""],
    ["A4", "OPEN", "'01/11/2026"],
  ]);
}

describe("office-js fake: table column filters", () => {
  const fake = useFakeExcel();

  it("hides rows by values (ignoring case, '' for blanks) and by a numeric comparison, and changes no cell", async () => {
    seed(fake());
    const before = fake().allValues();
    await Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("Actions").columns;
      columns.getItem("Status").filter.applyValuesFilter(["open", ""]);
      columns.getItem("Due").filter.apply({ filterOn: "Custom", criterion1: "<46357" });
      await context.sync();
    });
    expect(visibleRows(fake().model, "Actions")).toEqual([1]);
    expect(fake().allValues()).toEqual(before);
    expect(columnFilters(fake().model, "Actions")).toEqual({
      Status: { filterOn: "Values", values: ["open", ""] },
      Due: { filterOn: "Custom", criterion1: "<46357" },
    });
  });

  it("reads criteria back only after load and sync, and clears one column or all", async () => {
    seed(fake());
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Actions");
      const status = table.columns.getItem("Status").filter;
      status.applyCustomFilter(">=1", "<5", "Or");
      table.columns.getItem("Ref").filter.applyValuesFilter(["A1"]);
      expect(() => status.criteria).toThrow(/not available/);
      status.load("criteria");
      await context.sync();
      expect(status.criteria).toEqual({ filterOn: "Custom", criterion1: ">=1", criterion2: "<5", operator: "Or" });
      status.clear();
      await context.sync();
      expect(Object.keys(columnFilters(fake().model, "Actions"))).toEqual(["Ref"]);
      table.clearFilters();
      await context.sync();
    });
    expect(columnFilters(fake().model, "Actions")).toEqual({});
    expect(visibleRows(fake().model, "Actions")).toEqual([1, 2, 3, 4]);
  });

  it("refuses what it does not model, and bad input, at sync", async () => {
    seed(fake());
    const dynamic = officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Actions").columns.getItem("Due").filter.apply({ filterOn: "Dynamic", dynamicCriteria: "Today" });
        await context.sync();
      }),
    );
    expect((await dynamic).code).toBe("NotImplemented");
    const numbers = officeError(
      Excel.run(async (context) => {
        const filter = context.workbook.tables.getItem("Actions").columns.getItem("Status").filter;
        (filter.applyValuesFilter as (values: unknown) => void)("Open");
        await context.sync();
      }),
    );
    expect((await numbers).code).toBe("InvalidArgument");
    expect(columnFilters(fake().model, "Actions")).toEqual({});
  });
});

describe("office-js fake: table.resize and range positions", () => {
  const fake = useFakeExcel();

  it("resizes a table that keeps its header row and overlaps itself", async () => {
    seed(fake());
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Actions").resize("A1:C8");
      await context.sync();
    });
    expect(fake().table("Actions")).toMatchObject({ address: "Sheet1!A1:C8", dataRowCount: 7 });
    const moved = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Actions").resize("A2:C8");
        await context.sync();
      }),
    );
    expect(moved.code).toBe("InvalidArgument");
  });

  it("gives a range's position in points from the column widths", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B:B").format.columnWidth = 100;
      const cell = sheet.getRange("C3").load("left,top,width,height");
      await context.sync();
      expect([cell.left, cell.top, cell.width, cell.height]).toEqual([148, 30, 48, 15]);
    });
  });
});

describe("office-js fake: table.resize needs ExcelApi 1.13", () => {
  afterEach(() => uninstallFakeOffice());

  it("fails with ApiNotFound on 1.12", async () => {
    const fake = createFakeExcel({ excelApi: "1.12" });
    installFakeOffice(fake);
    fake.seedTable("Sheet1", "Actions", "A1", ["Ref"], [["A1"]]);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Actions").resize("A1:A5");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
