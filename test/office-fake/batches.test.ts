/** Batches: writes wait for sync, apply in order, stop at the first failure; syncs and writes are counted. */
import { FakeOfficeError } from "./errors";
import { officeError, useFakeExcel } from "./test-support";

describe("office-js fake: batches", () => {
  const fake = useFakeExcel();

  it("does not apply writes before sync", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Summary");
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(fake().sheetNames()).toEqual(["Sheet1"]);
      expect(fake().cell("Sheet1", "A1").value).toBe("");
      await context.sync();
      expect(fake().sheetNames()).toEqual(["Sheet1", "Summary"]);
      expect(fake().cell("Sheet1", "A1").value).toBe("x");
    });
  });

  it("lets a read see the writes queued before it in the same batch", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Summary");
      sheet.getRange("A1:B1").values = [["a", "b"]];
      const range = sheet.getRange("A1:B1").load("values");
      sheet.getRange("A1").values = [["later"]];
      await context.sync();
      expect(range.values).toEqual([["a", "b"]]);
    });
  });

  it("keeps operations before a failure, drops the ones after it, and rejects with the failing one", async () => {
    fake().seedSheet("Summary");
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("First");
        context.workbook.worksheets.add("summary");
        context.workbook.worksheets.add("Third");
        await context.sync();
      }),
    );
    expect(error).toBeInstanceOf(FakeOfficeError);
    expect(error.name).toBe("RichApi.Error");
    expect(error.code).toBe("ItemAlreadyExists");
    expect(error.debugInfo).toEqual({ code: "ItemAlreadyExists", message: error.message, errorLocation: "WorksheetCollection.add" });
    expect(fake().sheetNames()).toEqual(["Sheet1", "Summary", "First"]);
    expect(fake().operations.map((op) => op.kind)).toEqual(["addSheet"]);
  });

  it("does not deliver loads from a batch that failed", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
      const sheets = context.workbook.worksheets.load("items/name");
      context.workbook.worksheets.add("Bad/Name");
      await officeError(context.sync());
      expect(() => range.values).toThrow(/not available/);
      expect(() => sheets.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts every sync, including empty ones", async () => {
    await Excel.run(async (context) => {
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
    });
    await Excel.run(async (context) => context.sync());
    expect(fake().syncCount).toBe(3);
    fake().resetCounters();
    expect(fake().syncCount).toBe(0);
  });

  it("logs applied mutations with their sheet and address", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Summary");
      sheet.getRange("A1:B2").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("B:B").format.columnWidth = 120;
      sheet.freezePanes.freezeRows(1);
      sheet.activate();
      await context.sync();
    });
    expect(fake().operations).toEqual([
      { kind: "addSheet", sheet: "Summary" },
      { kind: "setValues", sheet: "Summary", address: "A1:B2" },
      { kind: "columnWidth", sheet: "Summary", address: "B:B", width: 120 },
      { kind: "freezeRows", sheet: "Summary", count: 1 },
      { kind: "activate", sheet: "Summary" },
    ]);
    expect(fake().columnWidth("Summary", "B")).toBe(120);
    expect(fake().frozenRows("Summary")).toBe(1);
    expect(fake().activeSheet).toBe("Summary");
  });

  it("logs nothing for a read-only batch and leaves every value as it was", async () => {
    fake().seedSheet("Ratings", [["Theme", "=SUM(1,2)"]]);
    fake().seedTable("Ratings", "Actions", "D1", ["Ref", "Status"], [["1", "Open"]]);
    const before = fake().allValues();
    await Excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      context.workbook.tables.getItem("Actions").getDataBodyRange().load("values");
      context.workbook.worksheets.getItem("Ratings").getUsedRangeOrNullObject().load("formulas");
      await context.sync();
    });
    expect(fake().operations).toEqual([]);
    expect(fake().allValues()).toEqual(before);
    expect(before["Ratings"]?.["B1"]).toEqual({ value: "#FORMULA", formula: "=SUM(1,2)" });
  });

  it("does not count seeding as syncs or operations", () => {
    fake().seedSheet("Ratings", [["a"]], { protected: true });
    fake().seedTable("Lists", "Levels", "A1", ["Level"], [["High"]]);
    fake().seedName("RatingLevels", "=Lists!$A$2:$A$2");
    expect(fake().syncCount).toBe(0);
    expect(fake().operations).toEqual([]);
  });

  it("throws when Excel.run ends with writes that were never synced", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.add("Summary");
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
        return Promise.resolve();
      }),
    ).rejects.toThrow("Excel.run finished with 2 queued operations that were never synced");
    expect(fake().sheetNames()).toEqual(["Sheet1"]);
  });

  it("does not complain about loads that were never synced (nothing is lost)", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.load("items/name");
        return Promise.resolve("done");
      }),
    ).resolves.toBe("done");
  });

  it("rejects a batch that does not return a promise with RunMustReturnPromise", async () => {
    const run = Excel.run as unknown as (batch: (context: Excel.RequestContext) => unknown) => Promise<unknown>;
    const error = await officeError(run(() => undefined));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  it("accepts Excel.run(options, batch)", async () => {
    const name = await Excel.run({ delayForCellEdit: true }, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Sheet1");
  });

  it("refuses objects after their Excel.run has finished, and across contexts", async () => {
    let leaked: Excel.Range | undefined;
    await Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    expect(() => leaked?.load("values")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.names.add("Leaked", leaked as Excel.Range);
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidRequestContext");
  });

  it("follows a renamed sheet through the proxy that found it", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.name = "Renamed";
      await context.sync();
      sheet.getRange("A1").values = [["still here"]];
      sheet.load("name");
      await context.sync();
      expect(sheet.name).toBe("Renamed");
    });
    expect(fake().cell("Renamed", "A1").value).toBe("still here");
    expect(fake().operations.map((op) => op.kind)).toEqual(["renameSheet", "setValues"]);
  });

  it("records the selection made with range.select()", async () => {
    fake().seedSheet("Actions");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Actions").getRange("b3").select();
      await context.sync();
    });
    expect(fake().selection).toEqual({ sheet: "Actions", address: "B3" });
    expect(fake().activeSheet).toBe("Actions");
  });

  it("refuses writes to a protected sheet with AccessDenied, and reports protection", async () => {
    fake().seedSheet("Locked", [["keep"]], { protected: true });
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Locked").protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
    const error = await officeError(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["overwrite"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    expect(fake().cell("Locked", "A1").value).toBe("keep");
  });
});
