/**
 * The load/sync contract: nothing is readable until it was loaded AND synced; snapshots are taken at the
 * sync; *OrNullObject proxies report isNullObject. Written against the global `Excel` typed by
 * @types/office-js, as the host uses it.
 */
import { officeError, thrownOfficeError, useFakeExcel } from "./test-support";

describe("office-js fake: loading", () => {
  const fake = useFakeExcel();

  beforeEach(() => {
    fake().seedSheet("Ratings", [
      ["Theme", "Area", "IMA 2015"],
      ["Leadership", "Governance", "Good"],
    ]);
  });

  it("throws PropertyNotLoaded when a property was never loaded", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ratings").getRange("A1:C2");
      range.load("address");
      await context.sync();
      expect(range.address).toBe("Ratings!A1:C2");
      const error = thrownOfficeError(() => range.values);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
    });
  });

  it("throws PropertyNotLoaded when the property was loaded but not yet synced", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ratings").getRange("A2");
      range.load("values");
      expect(thrownOfficeError(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(range.values).toEqual([["Leadership"]]);
    });
  });

  it("does not echo a value that was only set: it must be loaded back", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Ratings").getRange("C2");
      range.values = [["Poor"]];
      expect(thrownOfficeError(() => range.values).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(thrownOfficeError(() => range.values).code).toBe("PropertyNotLoaded");
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([["Poor"]]);
    });
  });

  it("keeps the snapshot of the sync that loaded it until loaded again", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ratings");
      const cell = sheet.getRange("C2");
      cell.load("values");
      await context.sync();
      sheet.getRange("C2").values = [["Poor"]];
      await context.sync();
      expect(cell.values).toEqual([["Good"]]);
      cell.load("values");
      await context.sync();
      expect(cell.values).toEqual([["Poor"]]);
    });
  });

  it("loads several properties from a comma list or an array", async () => {
    await Excel.run(async (context) => {
      const a = context.workbook.worksheets.getItem("Ratings").getRange("B1:C2");
      const b = context.workbook.worksheets.getItem("Ratings").getRange("A1");
      a.load("rowCount, columnCount,rowIndex");
      b.load(["columnIndex", "text"]);
      await context.sync();
      expect([a.rowCount, a.columnCount, a.rowIndex]).toEqual([2, 2, 0]);
      expect([b.columnIndex, b.text]).toEqual([0, [["Theme"]]]);
      expect(thrownOfficeError(() => a.columnIndex).code).toBe("PropertyNotLoaded");
    });
  });

  it("loads collection items with items/ paths, and only what was asked", async () => {
    fake().seedTable("Ratings", "Actions", "F1", ["Ref", "Status"], [["A1", "Open"]]);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      const tables = context.workbook.tables.load("items/name");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Ratings"]);
      expect(tables.items.map((t) => t.name)).toEqual(["Actions"]);
      const firstSheet = sheets.items[0];
      expect(firstSheet && thrownOfficeError(() => firstSheet.position).code).toBe("PropertyNotLoaded");
    });
  });

  it("throws PropertyNotLoaded for items of a collection that was not loaded", async () => {
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      expect(thrownOfficeError(() => sheets.items).code).toBe("PropertyNotLoaded");
      await context.sync();
    });
  });

  it("follows navigation properties in load paths and on child objects", async () => {
    fake().seedTable("Ratings", "Actions", "F1", ["Ref", "Status"], [["A1", "Open"]]);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Actions");
      table.load("name, worksheet/name");
      const sheet = table.worksheet;
      await context.sync();
      expect(table.name).toBe("Actions");
      expect(sheet.name).toBe("Ratings");
      const viaChild = context.workbook.tables.getItem("Actions").worksheet.load("position");
      await context.sync();
      expect(viaChild.position).toBe(1);
    });
  });

  it("gives isNullObject true for a missing item and false for a present one", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("ratings");
      const missingTable = context.workbook.tables.getItemOrNullObject("Actions");
      expect(thrownOfficeError(() => missing.isNullObject).code).toBe("PropertyNotLoaded");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(missingTable.isNullObject).toBe(true);
    });
  });

  it("refuses to read other properties of a null object", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      const error = thrownOfficeError(() => missing.name);
      expect(error.code).toBe("PropertyNotLoaded");
      expect(error.message).toMatch(/null object/);
    });
  });

  it("fails a write to a null object at sync", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
        missing.getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });

  it("fails getItem on a missing item at sync with ItemNotFound", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      const error = await officeError(context.sync());
      expect(error.code).toBe("ItemNotFound");
      expect(error.debugInfo.errorLocation).toBe("WorksheetCollection.getItem");
    });
  });

  it("gives a null used range on an empty sheet and the used block otherwise", async () => {
    await Excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      const used = context.workbook.worksheets.getItem("Ratings").getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(false);
      expect(used.address).toBe("Ratings!A1:C2");
    });
  });

  it("resolves a ClientResult only after sync", async () => {
    await Excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      expect(thrownOfficeError(() => count.value).code).toBe("ValueNotLoaded");
      await context.sync();
      expect(count.value).toBe(2);
    });
  });

  it("writes Excel-style addresses, quoting sheet names that need it", async () => {
    fake().seedSheet("My sheet");
    await Excel.run(async (context) => {
      const quoted = context.workbook.worksheets.getItem("My sheet").getRange("b2:a1").load("address");
      const column = context.workbook.worksheets.getItem("Ratings").getRange("B:D").load("address, rowCount");
      const row = context.workbook.worksheets.getItem("Ratings").getRange("A3").getEntireRow().load("address");
      await context.sync();
      expect(quoted.address).toBe("'My sheet'!A1:B2");
      expect(column.address).toBe("Ratings!B:D");
      expect(column.rowCount).toBe(1_048_576);
      expect(row.address).toBe("Ratings!3:3");
    });
  });

  it("derives ranges like Excel (getCell, getResizedRange, getOffsetRange, getRowsBelow)", async () => {
    await Excel.run(async (context) => {
      const base = context.workbook.worksheets.getItem("Ratings").getRange("B2:C3");
      const results = [
        base.getCell(1, 1),
        base.getResizedRange(2, -1),
        base.getOffsetRange(1, 1),
        base.getRowsBelow(2),
        base.getEntireColumn(),
        context.workbook.worksheets.getItem("Ratings").getRangeByIndexes(4, 0, 2, 3),
      ].map((r) => r.load("address"));
      await context.sync();
      expect(results.map((r) => r.address)).toEqual([
        "Ratings!C3",
        "Ratings!B2:B5",
        "Ratings!C3:D4",
        "Ratings!B4:C5",
        "Ratings!B:C",
        "Ratings!A5:C6",
      ]);
    });
  });

  it("fails at sync for a range that would leave the sheet", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ratings").getRange("A1").getOffsetRange(-1, 0).load("address");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo.errorLocation).toBe("Range.getOffsetRange");
  });

  it("refuses a load with an unknown property name at sync", async () => {
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Ratings").getRange("A1").load("valuez");
        await context.sync();
      }),
    );
    expect(error.code).toBe("NotImplemented");
    expect(error.message).toMatch(/valuez/);
  });
});
