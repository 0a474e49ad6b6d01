/** Excel's naming rules for sheets, tables and defined names, and the shared table/name namespace. */
import { officeError, useFakeExcel } from "./test-support";

async function addSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.add(name);
    await context.sync();
  });
}

describe("office-js fake: sheet names", () => {
  const fake = useFakeExcel();

  it("rejects a duplicate sheet name, ignoring case, with ItemAlreadyExists", async () => {
    fake().seedSheet("Summary");
    const error = await officeError(addSheet("SUMMARY"));
    expect(error.code).toBe("ItemAlreadyExists");
    expect(fake().sheetNames()).toEqual(["Sheet1", "Summary"]);
  });

  it.each([
    ["", "blank"],
    ["a".repeat(32), "32 characters"],
    ["Q1/Q2", "slash"],
    ["What?", "question mark"],
    ["[draft]", "brackets"],
    ["a:b", "colon"],
    ["star*", "asterisk"],
    ["back\\slash", "backslash"],
    ["'quoted", "leading apostrophe"],
    ["quoted'", "trailing apostrophe"],
    ["history", "reserved History"],
  ])("rejects the sheet name %j (%s) with InvalidArgument", async (name) => {
    const error = await officeError(addSheet(name));
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.add");
  });

  it("accepts a 31-character name and names with spaces, dashes and apostrophes inside", async () => {
    await addSheet("a".repeat(31));
    await addSheet("Next steps 2026-11-22");
    await addSheet("Bob's sheet");
    expect(fake().sheetNames()).toEqual(["Sheet1", "a".repeat(31), "Next steps 2026-11-22", "Bob's sheet"]);
  });

  it("validates renames at sync", async () => {
    fake().seedSheet("Other");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "other";
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.debugInfo.errorLocation).toBe("Worksheet.name");
  });
});

describe("office-js fake: table and defined names", () => {
  const fake = useFakeExcel();

  async function renameNewTable(name: string, sheet = "Sheet1", address = "A1:B1"): Promise<void> {
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
      table.name = name;
      await context.sync();
    });
  }

  it("rejects a duplicate table name anywhere in the workbook with ItemAlreadyExists", async () => {
    fake().seedTable("Ratings", "Ratings", "A1", ["Theme", "Area"], []);
    const error = await officeError(renameNewTable("RATINGS"));
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.debugInfo.errorLocation).toBe("Table.name");
  });

  it("rejects a table name already used by a defined name, and the reverse", async () => {
    fake().seedName("RatingLevels", "=Sheet1!$A$1:$A$3");
    expect((await officeError(renameNewTable("ratinglevels"))).code).toBe("ItemAlreadyExists");
    fake().seedTable("Lists", "Statuses", "A1", ["Status"], [["Open"]]);
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.names.add("Statuses", "=Lists!$A$2");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it.each([
    ["Has space"],
    ["1Table"],
    ["A1"],
    ["R1C1"],
    ["C"],
    ["r"],
    ["TAX2024"],
    ["Bad-Name"],
    ["x".repeat(256)],
  ])("rejects the table name %j with InvalidArgument", async (name) => {
    expect((await officeError(renameNewTable(name))).code).toBe("InvalidArgument");
  });

  it("accepts names starting with a letter, _ or \\", async () => {
    await renameNewTable("Actions", "Sheet1", "A1:B1");
    await renameNewTable("_Hidden", "Sheet1", "D1:E1");
    await renameNewTable("\\Odd.name", "Sheet1", "G1:H1");
    expect(fake().tableNames()).toEqual(["Actions", "_Hidden", "\\Odd.name"]);
  });

  it("adds defined names from a formula or a Range and reads them back", async () => {
    fake().seedSheet("My lists", [["High"], ["Low"]]);
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("My lists").getRange("A1:A2");
      context.workbook.names.add("RatingLevels", range, "Rating levels");
      context.workbook.names.add("Statuses", "='My lists'!$B$1:$B$4");
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula])).toEqual([
        ["RatingLevels", "='My lists'!$A$1:$A$2"],
        ["Statuses", "='My lists'!$B$1:$B$4"],
      ]);
      const levels = context.workbook.names.getItem("ratinglevels").getRange().load("values");
      await context.sync();
      expect(levels.values).toEqual([["High"], ["Low"]]);
    });
    expect(fake().names()).toEqual([
      { name: "RatingLevels", formula: "='My lists'!$A$1:$A$2", comment: "Rating levels" },
      { name: "Statuses", formula: "='My lists'!$B$1:$B$4", comment: "" },
    ]);
    expect(fake().operations.map((op) => op.kind)).toEqual(["names.add", "names.add"]);
  });

  it("rejects duplicate and invalid defined names", async () => {
    fake().seedName("Levels", "=Sheet1!$A$1");
    const add = (name: string, formula = "=Sheet1!$B$1"): Promise<unknown> =>
      Excel.run(async (context) => {
        context.workbook.names.add(name, formula);
        await context.sync();
      });
    expect((await officeError(add("LEVELS"))).code).toBe("ItemAlreadyExists");
    expect((await officeError(add("Two words"))).code).toBe("InvalidArgument");
    expect((await officeError(add("B2"))).code).toBe("InvalidArgument");
    expect((await officeError(add("NoEquals", "Sheet1!$B$1"))).code).toBe("InvalidArgument");
  });

  it("resolves structured-reference names, reports name types, and finds named ranges by name", async () => {
    fake().seedTable("Lists", "RatingScale", "A1", ["Level", "Rank"], [
      ["High", 1],
      ["Low", 2],
    ]);
    fake().seedName("RatingLevels", "=RatingScale[Level]");
    fake().seedName("Limit", "=5");
    await Excel.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/type");
      const levels = context.workbook.names.getItem("RatingLevels").getRange().load("address, values");
      const viaSheet = context.workbook.worksheets.getItem("Lists").getRange("RatingLevels").load("address");
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type])).toEqual([
        ["RatingLevels", "Range"],
        ["Limit", "Integer"],
      ]);
      expect([levels.address, levels.values]).toEqual(["Lists!A2:A3", [["High"], ["Low"]]]);
      expect(viaSheet.address).toBe("Lists!A2:A3");
    });
  });

  it("gives getItemOrNullObject for names, and deletes names", async () => {
    fake().seedName("Levels", "=Sheet1!$A$1");
    await Excel.run(async (context) => {
      const present = context.workbook.names.getItemOrNullObject("levels");
      const missing = context.workbook.names.getItemOrNullObject("Statuses");
      await context.sync();
      expect([present.isNullObject, missing.isNullObject]).toEqual([false, true]);
      present.delete();
      await context.sync();
    });
    expect(fake().names()).toEqual([]);
  });
});
