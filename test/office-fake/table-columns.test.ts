/** `table.columns.add`: a column inserted inside or at the end of a table; only the table's rows shift. */
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: adding a table column", () => {
  const fake = useFakeExcel();

  function seedGrid(): void {
    fake().seedTable("Sheet1", "Ratings", "A1", ["Theme", "Area", "IMA 2015", "Notes"], [
      ["Value", "Asset", "Good", "first note"],
      ["Value", "Risk", "Poor", ""],
    ]);
    fake().seedValidation("Sheet1", "C2:C3", { list: { inCellDropDown: true, source: "=RatingLevels" } });
    fake().seedConditionalFormat("Sheet1", "D2:D3", { type: "ContainsText", rule: { operator: "Contains", text: "x" }, fill: "#FFC7CE" });
  }

  it("inserts a named column inside the table and shifts only the table's rows right", async () => {
    seedGrid();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("E2").values = [["beside"]];
      sheet.getRange("D5").values = [["below"]];
      await context.sync();
      const column = context.workbook.tables.getItem("Ratings").columns.add(3, undefined, "=Review 2026");
      const header = column.load("name,index");
      await context.sync();
      expect([header.name, header.index]).toEqual(["=Review 2026", 3]);
    });
    expect(fake().table("Ratings")).toMatchObject({ address: "Sheet1!A1:E3", header: ["Theme", "Area", "IMA 2015", "=Review 2026", "Notes"] });
    expect(fake().cell("Sheet1", "D1")).toMatchObject({ value: "=Review 2026", formula: null });
    expect(fake().cell("Sheet1", "E2").value).toBe("first note");
    expect(fake().cell("Sheet1", "D2").value).toBe("");
    expect(fake().cell("Sheet1", "F2").value).toBe("beside");
    expect(fake().cell("Sheet1", "D5").value).toBe("below");
    expect(fake().validationAt("Sheet1", "C2")?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
    expect(fake().validationAt("Sheet1", "D2")).toBeNull();
    expect(fake().conditionalFormatsOn("Sheet1").map((cf) => cf.address)).toEqual(["E2:E3"]);
    expect(fake().operations).toContainEqual(
      expect.objectContaining({ kind: "table.columns.add", sheet: "Sheet1", address: "D1:D3", table: "Ratings", index: 3 }),
    );
  });

  it("adds at the end for index -1, and widens a rule that the insertion splits", async () => {
    seedGrid();
    fake().seedConditionalFormat("Sheet1", "B2:D3", { type: "ContainsText", rule: { operator: "Contains", text: "y" }, fill: "#C6EFCE" });
    await Excel.run(async (context) => {
      const columns = context.workbook.tables.getItem("Ratings").columns;
      columns.add(-1, undefined, "Evidence");
      columns.add(2, undefined, "Review 2017");
      await context.sync();
    });
    expect(fake().table("Ratings")?.header).toEqual(["Theme", "Area", "Review 2017", "IMA 2015", "Notes", "Evidence"]);
    expect(fake().conditionalFormatsOn("Sheet1").map((cf) => cf.address).sort()).toEqual(["B2:E3", "E2:E3"]);
    expect(fake().validationAt("Sheet1", "D3")?.rule).toEqual({ list: { inCellDropDown: true, source: "=RatingLevels" } });
    expect(fake().validationAt("Sheet1", "C3")).toBeNull();
  });

  it("refuses an index outside the table, a table in the way and a protected sheet", async () => {
    seedGrid();
    fake().seedTable("Sheet1", "Other", "F2", ["x"], [["1"], ["2"], ["3"]]);
    const outside = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Ratings").columns.add(9, undefined, "Late");
        await context.sync();
      }),
    );
    expect(outside.code).toBe("InvalidArgument");
    const blocked = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Ratings").columns.add(2, undefined, "Review 2017");
        await context.sync();
      }),
    );
    expect(blocked.code).toBe("InvalidOperation");
    expect(fake().table("Ratings")?.address).toBe("Sheet1!A1:D3");

    fake().seedSheet("Locked", [], { protected: true });
    fake().seedTable("Locked", "Shut", "A1", ["a"], [["1"]]);
    const locked = await officeError(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Shut").columns.add(undefined, undefined, "b");
        await context.sync();
      }),
    );
    expect(locked.code).toBe("AccessDenied");
  });
});
