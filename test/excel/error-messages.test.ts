import { describeExcelError, KNOWN_ERROR_CODES } from "../../src/excel/error-messages";
import { WorkbookError } from "../../src/core/workbook-error";

describe("describeExcelError", () => {
  it("puts every documented code into a sentence that does not repeat the code", () => {
    expect(KNOWN_ERROR_CODES.length).toBeGreaterThan(30);
    for (const code of KNOWN_ERROR_CODES) {
      const error = describeExcelError({ code, message: "localised text" }, "Set up the rating workbook");
      expect(error).toBeInstanceOf(WorkbookError);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(/^Set up the rating workbook did not finish\. [A-Z]/);
      expect(error.message).not.toContain("localised text");
    }
  });

  it("says where Excel failed when it tells us", () => {
    const error = describeExcelError({ code: "AccessDenied", debugInfo: { errorLocation: "Range.values" } }, "Repair formatting");
    expect(error.message).toBe(
      "Repair formatting did not finish. Excel would not allow the change. A sheet may be protected, or the workbook is read-only. (at Range.values)",
    );
  });

  it("keeps an unknown code visible rather than inventing a reason", () => {
    expect(describeExcelError({ code: "SomethingNew" }, "Reading the workbook").message).toBe(
      'Reading the workbook did not finish. Excel reported "SomethingNew".',
    );
    expect(describeExcelError(new Error("socket closed"), "Reading the workbook").message).toContain('"socket closed"');
  });
});
