/** Strings written through range.values become what typed input would: formulas, numbers, booleans, dates. */
import { officeError, useFakeExcel } from "./test-support";

async function write(values: unknown[][], address = "A1", sheet = "Sheet1"): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).values = values;
    await context.sync();
  });
}

describe("office-js fake: values parsing", () => {
  const fake = useFakeExcel();

  it.each([
    ["=1+1", "=1+1"],
    ["+A1", "=+A1"],
    ["-B2", "=-B2"],
    ["@x", "=@x"],
    ["=HYPERLINK(\"http://evil\")", "=HYPERLINK(\"http://evil\")"],
  ])("turns %s into a formula", async (input, formula) => {
    await write([[input]]);
    const cell = fake().cell("Sheet1", "A1");
    expect(cell.formula).toBe(formula);
    expect(cell.value).toBe("#FORMULA");
    expect(cell.quotePrefix).toBe(false);
  });

  it("stores '=1+1 as the text =1+1 with the quote prefix", async () => {
    await write([["'=1+1", "'007", "'TRUE"]], "A1:C1");
    expect(fake().cell("Sheet1", "A1")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true, text: "=1+1" });
    expect(fake().cell("Sheet1", "B1")).toMatchObject({ value: "007", quotePrefix: true });
    expect(fake().cell("Sheet1", "C1")).toMatchObject({ value: "TRUE", quotePrefix: true });
  });

  it("reads text back without the apostrophe through values, formulas and text", async () => {
    await write([["'=1+1"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values, formulas, text");
      await context.sync();
      expect([range.values, range.formulas, range.text]).toEqual([[["=1+1"]], [["=1+1"]], [["=1+1"]]]);
    });
  });

  it.each([
    ["12", 12],
    ["-5", -5],
    ["+3", 3],
    ["3.5", 3.5],
    ["1e3", 1000],
    ["007", 7],
    ["50%", 0.5],
  ])("turns the string %s into the number %s", async (input, expected) => {
    await write([[input]]);
    expect(fake().cell("Sheet1", "A1")).toMatchObject({ value: expected, formula: null });
  });

  it.each([
    ["TRUE", true],
    ["false", false],
    ["True", true],
  ])("turns %s into a boolean", async (input, expected) => {
    await write([[input]]);
    expect(fake().cell("Sheet1", "A1").value).toBe(expected);
  });

  it("turns an ISO date into a date serial with a date format", async () => {
    await write([["2026-11-22", "22-11-2026"]], "A1:B1");
    expect(fake().cell("Sheet1", "A1")).toMatchObject({ value: 46348, numberFormat: "yyyy-mm-dd", text: "2026-11-22" });
    expect(fake().cell("Sheet1", "B1")).toMatchObject({ value: "22-11-2026", numberFormat: "General" });
  });

  it("keeps ordinary text, numbers and booleans as they are", async () => {
    await write([["Very High", 2, true, "  12"]], "A1:D1");
    expect(fake().valuesOf("Sheet1")).toEqual([["Very High", 2, true, "  12"]]);
  });

  it("stores strings literally in cells formatted as Text (@)", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.numberFormat = [["@", "@", "@"]];
      range.values = [["=1+1", "007", "TRUE"]];
      await context.sync();
    });
    expect(fake().valuesOf("Sheet1")).toEqual([["=1+1", "007", "TRUE"]]);
    expect(fake().cell("Sheet1", "A1").formula).toBeNull();
  });

  it("treats null as 'leave unchanged' and \"\" as 'clear the cell'", async () => {
    fake().seedSheet("Sheet1", [["keep", "clear me", "replace"]]);
    await write([[null, "", "new"]], "A1:C1");
    expect(fake().valuesOf("Sheet1")).toEqual([["keep", "", "new"]]);
  });

  it("rejects a grid whose shape differs from the range, writing nothing", async () => {
    const error = await officeError(write([["a", "b"]], "A1:C1"));
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("Range.values");
    const tooManyRows = await officeError(write([["a"], ["b"]], "A1"));
    expect(tooManyRows.code).toBe("InvalidArgument");
    expect(fake().valuesOf("Sheet1")).toEqual([]);
  });

  it("rejects undefined and non-scalar values instead of guessing", async () => {
    expect((await officeError(write([[undefined]]))).code).toBe("InvalidArgument");
    expect((await officeError(write([[{ text: "x" }]]))).code).toBe("InvalidArgument");
    expect((await officeError(write([[Number.NaN]]))).code).toBe("InvalidArgument");
  });

  it("applies a single non-array value to every cell of the range", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      (range as unknown as { values: unknown }).values = "x";
      await context.sync();
    });
    expect(fake().valuesOf("Sheet1")).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("parses range.formulas the same way and reads formulas back", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      range.formulas = [["=A2*2", "12", "text"]];
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C1").load("formulas, values, valueTypes");
      await context.sync();
      expect(read.formulas).toEqual([["=A2*2", 12, "text"]]);
      expect(read.values).toEqual([["#FORMULA", 12, "text"]]);
      expect(read.valueTypes).toEqual([["Unknown", "Double", "String"]]);
    });
  });

  it("sets number formats per cell and reads them back", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      range.numberFormat = [
        ["@", "0.00"],
        ["General", "0%"],
      ];
      range.values = [
        ["1", 1.5],
        [2, 0.25],
      ];
      const read = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").load("numberFormat, text");
      await context.sync();
      expect(read.numberFormat).toEqual([
        ["@", "0.00"],
        ["General", "0%"],
      ]);
      expect(read.text).toEqual([
        ["1", "1.50"],
        ["2", "25%"],
      ]);
    });
    expect(fake().cell("Sheet1", "A1").value).toBe("1");
    expect(fake().operations.map((op) => op.kind)).toEqual(["setNumberFormat", "setValues"]);
  });
});
