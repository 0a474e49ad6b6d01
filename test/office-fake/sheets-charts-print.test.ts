/** Deleting sheets, charts, page layout and Excel on the web's 5 MB request limit. */
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: deleting a sheet", () => {
  const fake = useFakeExcel();

  it("takes its tables and charts with it, and leaves names that referred to it pointing at #REF!", async () => {
    fake().seedTable("Old", "OldTable", "A1", ["Level", "Count"], [["Good", 1]]);
    fake().seedName("Marker", "='Old'!$A$1");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Old");
      sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
      await context.sync();
      sheet.delete();
      context.workbook.worksheets.add("Old");
      await context.sync();
    });
    expect(fake().sheetNames()).toEqual(["Sheet1", "Old"]);
    expect(fake().tableNames()).toEqual([]);
    expect(fake().charts("Old")).toEqual([]);
    expect(fake().names()).toEqual([{ name: "Marker", formula: "=#REF!$A$1", comment: "" }]);
  });

  it("refuses to delete the last sheet with InvalidOperation", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
    expect(fake().sheetNames()).toEqual(["Sheet1"]);
  });
});

describe("office-js fake: charts and page layout", () => {
  const fake = useFakeExcel({ excelApi: "1.8" });

  it("records a chart's type, source, title and position", async () => {
    fake().seedSheet("Data", [["Level", "2015"], ["Good", 2]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:B2"), "Columns");
      chart.title.text = "Levels";
      chart.setPosition("A4", "D12");
      await context.sync();
    });
    expect(fake().charts("Data")).toEqual([
      { type: "ColumnClustered", source: "A1:B2", seriesBy: "Columns", title: "Levels", position: { topLeft: "A4", bottomRight: "D12" } },
    ]);
  });

  it("refuses page layout below ExcelApi 1.9 with ApiNotFound", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.orientation = "Landscape";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});

describe("office-js fake: request size on Excel on the web", () => {
  const fake = useFakeExcel({ platform: "OfficeOnline" });
  const bigGrid = (rows: number): string[][] => Array.from({ length: rows }, () => ["x".repeat(1000)]);

  it("refuses a request over 5 MB with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:A3000").values = bigGrid(3000);
        sheet.getRange("A3001:A6000").values = bigGrid(3000);
        await context.sync();
      }),
    );
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake().valuesOf("Sheet1")).toEqual([]);
  });

  it("accepts the same cells in two requests", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A3000").values = bigGrid(3000);
      await context.sync();
      sheet.getRange("A3001:A6000").values = bigGrid(3000);
      await context.sync();
    });
    expect(fake().valuesOf("Sheet1")).toHaveLength(6000);
    expect(fake().requestBytes).toHaveLength(2);
  });
});
