/** Row heights, autofit, merged cells, fonts, print titles and footers: what printing a sheet needs. */
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: row heights and autofit", () => {
  const fake = useFakeExcel();

  it("makes a row taller for more wrapped text, leaves unwrapped and merged text out, and reads heights back", async () => {
    fake().seedSheet("S", [
      ["short", "x".repeat(40)],
      ["y".repeat(200), ""],
      ["z".repeat(200), ""],
    ]);
    let heights: (number | null)[] = [];
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A:A").format.columnWidth = 60;
      sheet.getRange("A1:B3").format.wrapText = true;
      sheet.getRange("A3:B3").merge(false);
      sheet.getRange("1:3").format.autofitRows();
      const rows = ["1:1", "2:2", "3:3", "1:2"].map((address) => sheet.getRange(address).format.load("rowHeight"));
      await context.sync();
      heights = rows.map((r) => r.rowHeight);
    });
    const [first, second, merged, mixed] = heights;
    expect(first).toBeGreaterThan(15); // B1's 40 characters wrap in a default-width column
    expect(second).toBeGreaterThan(first ?? 0);
    expect(merged).toBe(15); // Excel's autofit ignores merged cells
    expect(mixed).toBeNull();
    expect(fake().operations.map((o) => o.kind)).toContain("autofitRows");
  });

  it("sets a row height in points and refuses one over Excel's 409.5", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("2:3").format.rowHeight = 42;
      await context.sync();
    });
    expect([1, 2, 3].map((n) => fake().rowHeight("Sheet1", n))).toEqual([15, 42, 42]);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("1:1").format.rowHeight = 500;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("office-js fake: merged cells and fonts", () => {
  const fake = useFakeExcel();

  it("merges a block keeping the first value, and refuses to merge inside a table", async () => {
    fake().seedSheet("S", [["Title", "lost"]]);
    fake().seedTable("S", "T", "D1", ["A", "B"], [["1", "2"]]);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:C1").merge();
      await context.sync();
    });
    expect(fake().merges("S")).toEqual(["A1:C1"]);
    expect(fake().cell("S", "A1").value).toBe("Title");
    expect(fake().cell("S", "B1").value).toBe("");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("S").getRange("D2:E2").merge();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("sets font size, bold, italic and top alignment, and refuses an alignment Excel does not have", async () => {
    await Excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format;
      format.font.size = 16;
      format.font.bold = true;
      format.font.italic = true;
      format.verticalAlignment = "Top";
      await context.sync();
    });
    expect(fake().cell("Sheet1", "A1")).toMatchObject({ fontSize: 16, bold: true, italic: true, verticalAlignment: "Top" });
    expect(fake().cell("Sheet1", "A2")).toMatchObject({ fontSize: 11, verticalAlignment: "Bottom" });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.verticalAlignment = "Middle" as Excel.VerticalAlignment;
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("office-js fake: print titles and footers", () => {
  const fake = useFakeExcel({ excelApi: "1.9" });

  it("keeps whole print-title rows and the footer sections set", async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      layout.setPrintTitleRows("$1:$2");
      layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
      layout.headersFooters.defaultForAllPages.leftFooter = "&A";
      await context.sync();
    });
    expect(fake().pageLayout("Sheet1")).toMatchObject({ printTitleRows: "$1:$2", headerFooter: { centerFooter: "Page &P of &N", leftFooter: "&A" } });
  });

  it("refuses print titles that are not whole rows", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleRows("A1:B1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fake().pageLayout("Sheet1").printTitleRows).toBeNull();
  });

  it("keeps whole print-title columns and refuses anything else", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleColumns("$A:$B");
      await context.sync();
    });
    expect(fake().pageLayout("Sheet1").printTitleColumns).toBe("$A:$B");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.setPrintTitleColumns("A1:B1");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(fake().pageLayout("Sheet1").printTitleColumns).toBe("$A:$B");
  });
});
