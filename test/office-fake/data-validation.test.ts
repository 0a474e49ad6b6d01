/** Data validation: per-cell rules, the partial-overlap InvalidArgument (office-js#2594), limits, ExcelApi 1.8. */
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "./index";
import { officeError, useFakeExcel } from "./test-support";

const levels: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "=RatingLevels" } };

async function setRule(address: string, rule: Excel.DataValidationRule, sheet = "Sheet1"): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).dataValidation.rule = rule;
    await context.sync();
  });
}

describe("office-js fake: data validation", () => {
  const fake = useFakeExcel();

  it("stores one shared rule on every cell of the range", async () => {
    await Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("C2:D4").dataValidation;
      dv.clear();
      dv.rule = levels;
      dv.errorAlert = { showAlert: true, style: "Stop", title: "Invalid rating", message: "Pick a value from the list" };
      dv.prompt = { showPrompt: true, title: "Rating", message: "Choose a rating" };
      await context.sync();
    });
    const entry = fake().validationAt("Sheet1", "C2");
    expect(entry?.rule).toEqual(levels);
    expect(entry?.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "Invalid rating", message: "Pick a value from the list" });
    for (const address of ["C2", "C3", "C4", "D2", "D3", "D4"]) expect(fake().validationAt("Sheet1", address)).toBe(entry);
    for (const address of ["B2", "C5", "E3", "C1"]) expect(fake().validationAt("Sheet1", address)).toBeNull();
    expect(fake().operations.map((op) => op.kind)).toEqual([
      "dataValidation.clear",
      "dataValidation.rule",
      "dataValidation.errorAlert",
      "dataValidation.prompt",
    ]);
  });

  it("reads type and rule back, reporting mixed ranges as Inconsistent", async () => {
    await setRule("C2:C4", levels);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const same = sheet.getRange("C2:C3").dataValidation.load("type, rule");
      const mixed = sheet.getRange("C3:C5").dataValidation.load("type");
      const none = sheet.getRange("A1").dataValidation.load("type");
      await context.sync();
      expect(same.type).toBe("List");
      expect(same.rule).toEqual(levels);
      expect(mixed.type).toBe("Inconsistent");
      expect(none.type).toBe("None");
    });
  });

  it("throws InvalidArgument when a new rule partly overlaps an existing one", async () => {
    await setRule("C2:C4", levels);
    const error = await officeError(setRule("C3:C6", { list: { inCellDropDown: true, source: "=Other" } }));
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("DataValidation.rule");
    expect(fake().validationAt("Sheet1", "C5")).toBeNull();
    expect(fake().validationAt("Sheet1", "C3")?.rule).toEqual(levels);
  });

  it("also refuses a range covered by two different rules", async () => {
    await setRule("C2:C3", levels);
    await setRule("C4:C5", { wholeNumber: { formula1: 1, formula2: 5, operator: "Between" } });
    expect((await officeError(setRule("C2:C5", levels))).code).toBe("InvalidArgument");
  });

  it("accepts the same range after clear(), replacing the rule everywhere", async () => {
    await setRule("C2:C4", levels);
    const other: Excel.DataValidationRule = { list: { inCellDropDown: true, source: "=Lists!$A$2:$A$6" } };
    await Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem("Sheet1").getRange("C1:C6").dataValidation;
      dv.clear();
      dv.rule = other;
      await context.sync();
    });
    const entry = fake().validationAt("Sheet1", "C1");
    expect(entry?.rule).toEqual(other);
    expect(fake().validationAt("Sheet1", "C6")).toBe(entry);
    expect(fake().validationAt("Sheet1", "C3")).toBe(entry);
  });

  it("changes a rule in place on exactly the same cells without clearing", async () => {
    await setRule("C2:C4", levels);
    await setRule("C2:C4", { list: { inCellDropDown: false, source: "=Levels2" } });
    expect(fake().validationAt("Sheet1", "C4")?.rule).toEqual({ list: { inCellDropDown: false, source: "=Levels2" } });
  });

  it("rejects an inline list over 255 characters and accepts one of 255", async () => {
    const item = "abcd,";
    const ok = (item.repeat(51) + "x").slice(0, 255);
    await setRule("A1", { list: { inCellDropDown: true, source: ok } });
    const error = await officeError(setRule("B1", { list: { inCellDropDown: true, source: `${ok}y` } }));
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/255/);
  });

  it("turns a Range list source into an absolute formula", async () => {
    fake().seedSheet("Lists", [["Level"], ["High"], ["Low"]]);
    await Excel.run(async (context) => {
      const source = context.workbook.worksheets.getItem("Lists").getRange("A2:A3");
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").dataValidation.rule = {
        list: { inCellDropDown: true, source },
      };
      await context.sync();
    });
    expect(fake().validationAt("Sheet1", "B2")?.rule).toEqual({ list: { inCellDropDown: true, source: "=Lists!$A$2:$A$3" } });
  });

  it("rejects malformed rules and over-long alert text", async () => {
    const twoKinds = { list: { inCellDropDown: true, source: "a,b" }, custom: { formula: "=TRUE" } } as unknown as Excel.DataValidationRule;
    expect((await officeError(setRule("A1", twoKinds))).code).toBe("InvalidArgument");
    expect((await officeError(setRule("A1", { list: { inCellDropDown: true, source: "" } }))).code).toBe("InvalidArgument");
    const longTitle = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.errorAlert = {
          showAlert: true,
          style: "Stop",
          title: "x".repeat(33),
          message: "m",
        };
        await context.sync();
      }),
    );
    expect(longTitle.code).toBe("InvalidArgument");
  });

  it("refuses validation on a protected sheet", async () => {
    fake().seedSheet("Locked", [], { protected: true });
    expect((await officeError(setRule("A1", levels, "Locked"))).code).toBe("AccessDenied");
  });
});

describe("office-js fake: data validation on ExcelApi 1.7", () => {
  afterEach(() => uninstallFakeOffice());

  it("reports 1.8 unsupported and fails data validation with ApiNotFound at sync", async () => {
    const fake = createFakeExcel({ excelApi: "1.7" });
    installFakeOffice(fake);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.8")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    const error = await officeError(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2").dataValidation.rule = levels;
        sheet.getRange("A3").values = [["after"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
    expect(error.debugInfo.errorLocation).toBe("DataValidation.rule");
    expect(fake.valuesOf("Sheet1")).toEqual([["before"]]);
    expect(fake.validationAt("Sheet1", "A2")).toBeNull();
  });

  it("also fails reading validation with ApiNotFound", async () => {
    const fake = createFakeExcel({ excelApi: "1.7" });
    installFakeOffice(fake);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.load("type");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ApiNotFound");
  });
});
