import fc from "fast-check";
import { blockAddress, columnIndex, columnLetter, parseBlock, quoteSheetName } from "../../src/core/a1";

describe("A1 addresses", () => {
  it("names columns as Excel does", () => {
    expect([0, 25, 26, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
  });

  it("turns letters back into the same index", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (i) => columnIndex(columnLetter(i)) === i));
  });

  it("parses blocks with sheet names and $ signs", () => {
    expect(parseBlock("'My sheet'!$B$2:D10")).toEqual({ top: 1, left: 1, rows: 9, columns: 3 });
    expect(parseBlock("C5")).toEqual({ top: 4, left: 2, rows: 1, columns: 1 });
    expect(parseBlock("Ratings")).toBeNull();
  });

  it("writes blocks back as it reads them", () => {
    const block = fc.record({
      top: fc.integer({ min: 0, max: 1000 }),
      left: fc.integer({ min: 0, max: 200 }),
      rows: fc.integer({ min: 1, max: 100 }),
      columns: fc.integer({ min: 1, max: 20 }),
    });
    fc.assert(fc.property(block, (b) => JSON.stringify(parseBlock(blockAddress(b))) === JSON.stringify(b)));
  });

  it("quotes sheet names for formulas", () => {
    expect(quoteSheetName("Next steps 2026-11-22")).toBe("'Next steps 2026-11-22'");
    expect(quoteSheetName("O'Brien")).toBe("'O''Brien'");
  });
});
