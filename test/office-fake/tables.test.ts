/** Tables as Excel makes them: header text, the blank row of a header-only table, no overlaps, growth. */
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: tables", () => {
  const fake = useFakeExcel();

  it("gives a header-only table one blank data row", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:C1").values = [["Ref", "Action", "Status"]];
      const table = sheet.tables.add("A1:C1", true);
      table.name = "Actions";
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address, values");
      const rows = table.rows.load("count");
      await context.sync();
      expect(range.address).toBe("Sheet1!A1:C2");
      expect(body.address).toBe("Sheet1!A2:C2");
      expect(body.values).toEqual([["", "", ""]]);
      expect(rows.count).toBe(1);
    });
    expect(fake().table("Actions")).toMatchObject({ sheet: "Sheet1", address: "Sheet1!A1:C2", header: ["Ref", "Action", "Status"], dataRowCount: 1 });
    expect(fake().operations).toContainEqual({ kind: "addTable", sheet: "Sheet1", address: "A1:C2", table: "Table1" });
  });

  it("accepts a sheet-qualified address on workbook.tables and a Range on worksheet.tables", async () => {
    fake().seedSheet("Data", [
      ["A", "B"],
      [1, 2],
    ]);
    await Excel.run(async (context) => {
      context.workbook.tables.add("Data!A1:B2", true).name = "First";
      const other = context.workbook.worksheets.getItem("Sheet1");
      other.getRange("B2:B3").values = [["Head"], ["x"]];
      other.tables.add(other.getRange("B2:B3"), true).name = "Second";
      await context.sync();
    });
    expect(fake().table("First")).toMatchObject({ sheet: "Data", address: "Data!A1:B2" });
    expect(fake().table("Second")).toMatchObject({ sheet: "Sheet1", address: "Sheet1!B2:B3" });
  });

  it("makes header cells unique text: numbers become text, blanks and duplicates get names", async () => {
    fake().seedSheet("Sheet1", [[2015, "", "Status", "status"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:D1", true);
      await context.sync();
    });
    expect(fake().table("Table1")?.header).toEqual(["2015", "Column2", "Status", "status2"]);
    expect(fake().cell("Sheet1", "A1").value).toBe("2015");
  });

  it("rejects a table overlapping another table with InvalidArgument", async () => {
    fake().seedTable("Sheet1", "Ratings", "A1", ["Theme", "Area"], [["T", "A"]]);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").tables.add("B2:C4", true);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("TableCollection.add");
    expect(fake().tableNames()).toEqual(["Ratings"]);
  });

  it("reads columns by name and their data body", async () => {
    fake().seedTable("Sheet1", "Actions", "B2", ["Ref", "Status"], [
      ["A-1", "Open"],
      ["A-2", "Done"],
    ]);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Actions");
      const status = table.columns.getItem("Status");
      status.load("name, index");
      const body = status.getDataBodyRange().load("values, address");
      const whole = status.getRange().load("address");
      const header = table.getHeaderRowRange().load("values");
      const missing = table.columns.getItemOrNullObject("Owner");
      await context.sync();
      expect([status.name, status.index]).toEqual(["Status", 1]);
      expect(body.values).toEqual([["Open"], ["Done"]]);
      expect(body.address).toBe("Sheet1!C3:C4");
      expect(whole.address).toBe("Sheet1!C2:C4");
      expect(header.values).toEqual([["Ref", "Status"]]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("fails columns.getItem for a missing column with ItemNotFound", async () => {
    fake().seedTable("Sheet1", "Actions", "A1", ["Ref"], []);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Actions").columns.getItem("Owner").getDataBodyRange().load("values");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("sets style and flags, validating the style name", async () => {
    fake().seedTable("Sheet1", "Actions", "A1", ["Ref"], []);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Actions");
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      table.showFilterButton = true;
      table.load("style, showBandedRows, showFilterButton");
      await context.sync();
      expect([table.style, table.showBandedRows, table.showFilterButton]).toEqual(["TableStyleLight9", false, true]);
    });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Actions").style = "TableStyleMedium99";
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("grows a table when values are written into the row below it, with whole-column rules", async () => {
    fake().seedTable("Sheet1", "Actions", "A1", ["Ref", "Status"], [["A-1", "Open"]]);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Actions");
      const status = table.columns.getItem("Status").getDataBodyRange();
      status.dataValidation.rule = { list: { inCellDropDown: true, source: "Open,Done" } };
      table.getDataBodyRange().getRowsBelow(2).values = [
        ["A-2", "Done"],
        ["A-3", "Open"],
      ];
      const rows = table.rows.load("count");
      await context.sync();
      expect(rows.count).toBe(3);
    });
    expect(fake().table("Actions")?.address).toBe("Sheet1!A1:B4");
    expect(fake().validationAt("Sheet1", "B4")).toBe(fake().validationAt("Sheet1", "B2"));
  });

  it("does not grow a table for an empty first row or a write beside it", async () => {
    fake().seedTable("Sheet1", "Actions", "A1", ["Ref", "Status"], [["A-1", "Open"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A3:B3").values = [["", ""]];
      sheet.getRange("C2").values = [["note"]];
      await context.sync();
    });
    expect(fake().table("Actions")?.address).toBe("Sheet1!A1:B2");
  });

  it("keeps header cells valid when they are overwritten", async () => {
    fake().seedTable("Sheet1", "Actions", "A1", ["Ref", "Status"], []);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["", "=1+1"]];
      await context.sync();
    });
    expect(fake().table("Actions")?.header).toEqual(["Column1", "=1+1"]);
    expect(fake().cell("Sheet1", "B1").formula).toBeNull();
  });

  it("refuses tables.add on a protected sheet with AccessDenied", async () => {
    fake().seedSheet("Locked", [["a"]], { protected: true });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Locked").tables.add("A1:A2", true);
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
  });
});
