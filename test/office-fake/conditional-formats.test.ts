/** Conditional formats: add inserts at priority 0, priority moves rules, clearAll clears whole rules only. */
import { officeError, useFakeExcel } from "./test-support";

async function addCellValueRule(address: string, equals: string, fill: string): Promise<void> {
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets.getItem("Sheet1").getRange(address).conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
    cf.cellValue.rule = { formula1: `="${equals}"`, operator: "EqualTo" };
    cf.cellValue.format.fill.color = fill;
    await context.sync();
  });
}

describe("office-js fake: conditional formats", () => {
  const fake = useFakeExcel();

  it("inserts each new rule at priority 0, pushing the others down", async () => {
    await addCellValueRule("C2:C10", "Low", "#ffc7ce");
    await addCellValueRule("C2:C10", "High", "#C6EFCE");
    const rules = fake().conditionalFormatsOn("Sheet1");
    expect(rules.map((r) => [r.priority, r.rule])).toEqual([
      [0, { formula1: '="High"', operator: "EqualTo" }],
      [1, { formula1: '="Low"', operator: "EqualTo" }],
    ]);
    expect(rules[1]).toMatchObject({ address: "C2:C10", type: "CellValue", fill: "#FFC7CE" });
  });

  it("reports priorities through items, and moves a rule when its priority is set", async () => {
    await addCellValueRule("C2:C10", "Low", "#FFC7CE");
    await addCellValueRule("C2:C10", "Medium", "#FFEB9C");
    await addCellValueRule("C2:C10", "High", "#C6EFCE");
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("C2:C10").conditionalFormats;
      formats.load("items/type,items/priority");
      await context.sync();
      expect(formats.items.map((f) => [f.type, f.priority])).toEqual([
        ["CellValue", 0],
        ["CellValue", 1],
        ["CellValue", 2],
      ]);
      const high = formats.items[0];
      if (!high) throw new Error("no rule");
      high.priority = 2;
      high.load("priority");
      await context.sync();
      expect(high.priority).toBe(2);
    });
    expect(fake().conditionalFormatsOn("Sheet1").map((r) => r.rule)).toEqual([
      { formula1: '="Medium"', operator: "EqualTo" },
      { formula1: '="Low"', operator: "EqualTo" },
      { formula1: '="High"', operator: "EqualTo" },
    ]);
  });

  it("counts the rules overlapping a range with getCount", async () => {
    await addCellValueRule("C2:C10", "Low", "#FFC7CE");
    await addCellValueRule("E2:E10", "Low", "#FFC7CE");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const c = sheet.getRange("C5").conditionalFormats.getCount();
      const all = sheet.getRange("A1:F20").conditionalFormats.getCount();
      const none = sheet.getRange("A1").conditionalFormats.getCount();
      await context.sync();
      expect([c.value, all.value, none.value]).toEqual([1, 2, 0]);
    });
  });

  it("clearAll removes the rules inside the range and leaves others", async () => {
    await addCellValueRule("C2:C10", "Low", "#FFC7CE");
    await addCellValueRule("E2:E10", "Low", "#FFC7CE");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C:C").conditionalFormats.clearAll();
      await context.sync();
    });
    expect(fake().conditionalFormatsOn("Sheet1").map((r) => r.address)).toEqual(["E2:E10"]);
    expect(fake().operations.at(-1)).toEqual({ kind: "conditionalFormats.clearAll", sheet: "Sheet1", address: "C:C", removed: 1 });
  });

  it("fails loudly with NotImplemented when clearAll would only cut part of a rule", async () => {
    await addCellValueRule("C2:C10", "Low", "#FFC7CE");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("C5:C20").conditionalFormats.clearAll();
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
    expect(error.message).toMatch(/partial clears/);
    expect(fake().conditionalFormatsOn("Sheet1")).toHaveLength(1);
  });

  it("supports Custom, ContainsText and PresetCriteria rules with formats", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:B5");
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = '=EXACT($B2,"High")';
      custom.custom.format.font.color = "#006100";
      custom.custom.format.font.bold = true;
      const text = range.conditionalFormats.add("ContainsText");
      text.textComparison.rule = { operator: "Contains", text: "Delayed" };
      text.textComparison.format.fill.color = "red";
      const preset = range.conditionalFormats.add("PresetCriteria");
      preset.preset.rule = { criterion: "Blanks" };
      preset.stopIfTrue = true;
      await context.sync();
    });
    expect(fake().conditionalFormatsOn("Sheet1")).toEqual([
      {
        address: "B2:B5",
        type: "PresetCriteria",
        priority: 0,
        stopIfTrue: true,
        rule: { criterion: "Blanks" },
        fill: null,
        font: { color: null, bold: null, italic: null },
      },
      {
        address: "B2:B5",
        type: "ContainsText",
        priority: 1,
        stopIfTrue: false,
        rule: { operator: "Contains", text: "Delayed" },
        fill: "#FF0000",
        font: { color: null, bold: null, italic: null },
      },
      {
        address: "B2:B5",
        type: "Custom",
        priority: 2,
        stopIfTrue: false,
        rule: { formula: '=EXACT($B2,"High")' },
        fill: null,
        font: { color: "#006100", bold: true, italic: null },
      },
    ]);
  });

  it("refuses the wrong typed part and bad rules", async () => {
    const wrongPart = await officeError(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("Custom");
        cf.cellValue.rule = { formula1: "=1", operator: "EqualTo" };
        await context.sync();
      }),
    );
    expect(wrongPart.code).toBe("ItemNotFound");
    const noFormula2 = await officeError(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("CellValue");
        cf.cellValue.rule = { formula1: "=1", operator: "Between" };
        await context.sync();
      }),
    );
    expect(noFormula2.code).toBe("InvalidArgument");
    const badColour = await officeError(
      Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("A1").conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = "#12345";
        await context.sync();
      }),
    );
    expect(badColour.code).toBe("InvalidArgument");
  });

  it("reads a rule and its format back after load", async () => {
    await addCellValueRule("C2:C10", "High", "#C6EFCE");
    await Excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem("Sheet1").getRange("C2").conditionalFormats.load("items");
      await context.sync();
      const first = formats.items[0];
      if (!first) throw new Error("no rule");
      const rule = first.cellValue.load("rule");
      const fill = first.cellValue.format.fill.load("color");
      await context.sync();
      expect(rule.rule).toEqual({ formula1: '="High"', operator: "EqualTo" });
      expect(fill.color).toBe("#C6EFCE");
    });
  });
});
