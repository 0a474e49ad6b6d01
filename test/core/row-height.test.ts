import fc from "fast-check";
import { LINE_HEIGHT, MAX_ROW_HEIGHT, rowHeightFor, textWidth, wrappedLines } from "../../src/core/row-height";

describe("estimating wrapped lines and row heights", () => {
  it("keeps a text that fits on one line, and wraps one that does not at a space", () => {
    expect(wrappedLines("Satisfactory", 26)).toBe(1);
    expect(wrappedLines("Digital information and supporting technology", 24)).toBe(2);
    expect(wrappedLines("Digital information and supporting technology", 60)).toBe(1);
  });

  it("counts each line break as a new line, and a blank paragraph as a line", () => {
    expect(wrappedLines("one\ntwo\n\nfour", 40)).toBe(4);
    expect(wrappedLines("one\r\ntwo", 40)).toBe(2);
  });

  it("starts a word too wide for the column on its own line, breaking it at the edge or after a hyphen, never after a slash", () => {
    const address = "https://www.example.org/reviews/one/two/three/four/five";
    expect(wrappedLines(`see ${address}`, 20)).toBe(1 + Math.ceil(textWidth(address) / (20 - 0.45)));
    expect(wrappedLines("aaaaaaaaaaaa-bbbbbbbbbbbb", 14)).toBe(2);
  });

  it("needs more room for bold and larger text", () => {
    const text = "Areas needing attention below the target level";
    expect(textWidth(text, { bold: true })).toBeGreaterThan(textWidth(text));
    expect(textWidth(text, { size: 16 })).toBeCloseTo((textWidth(text) * 16) / 11);
    expect(wrappedLines(text, 40, { size: 16, bold: true })).toBeGreaterThan(wrappedLines(text, 40));
  });

  it("makes a row as tall as its tallest wrapped cell, one line at least, Excel's tallest at most", () => {
    expect(rowHeightFor([])).toBe(LINE_HEIGHT);
    expect(rowHeightFor([{ text: "", width: 10, wrap: true }])).toBe(LINE_HEIGHT);
    expect(rowHeightFor([{ text: "a long text that wraps onto a second line", width: 20, wrap: false }])).toBe(LINE_HEIGHT);
    expect(rowHeightFor([{ text: "short", width: 20, wrap: true }, { text: "one two three four five six seven eight", width: 10, wrap: true }])).toBe(
      wrappedLines("one two three four five six seven eight", 10) * LINE_HEIGHT,
    );
    expect(rowHeightFor([{ text: "Title", width: 100, wrap: true, size: 16 }])).toBeCloseTo((LINE_HEIGHT * 16) / 11, 0);
    expect(rowHeightFor([{ text: "word ".repeat(5000), width: 10, wrap: true }])).toBe(MAX_ROW_HEIGHT);
  });

  it("never needs more lines in a wider column", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 80 }), fc.integer({ min: 0, max: 40 }), (text, width, more) => {
        expect(wrappedLines(text, width + more)).toBeLessThanOrEqual(wrappedLines(text, width));
      }),
    );
  });
});
