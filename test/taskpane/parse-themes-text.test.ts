import { frameworkProblems } from "../../src/core/framework";
import { parseThemesText } from "../../src/taskpane/parse-themes-text";

describe("parseThemesText", () => {
  it("groups Theme: Area lines into themes in the order typed", () => {
    const parsed = parseThemesText(
      [
        "The value of information: Communicating and realising value",
        "The value of information: Managing information as an asset",
        "Records, review and transfer: Implementing disposal decisions",
      ].join("\n"),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.themes).toEqual([
      { name: "The value of information", areas: ["Communicating and realising value", "Managing information as an asset"] },
      { name: "Records, review and transfer", areas: ["Implementing disposal decisions"] },
    ]);
    expect(frameworkProblems({ id: "blank", name: "Blank", themes: parsed.themes })).toEqual([]);
  });

  it("splits on the first colon only, so an area may contain colons", () => {
    expect(parseThemesText("Risk: Control: day to day").themes).toEqual([{ name: "Risk", areas: ["Control: day to day"] }]);
  });

  it("ignores blank lines, tidies spaces and accepts Windows line endings", () => {
    const parsed = parseThemesText("\r\n  Risk  :   Establishing   control \r\n\r\nRisk: Measuring impact\r\n");
    expect(parsed.errors).toEqual([]);
    expect(parsed.themes).toEqual([{ name: "Risk", areas: ["Establishing control", "Measuring impact"] }]);
  });

  it("merges a theme typed again later, whatever its case, under its first spelling", () => {
    const parsed = parseThemesText("Risk: A\nValue: B\nRISK: C");
    expect(parsed.themes).toEqual([
      { name: "Risk", areas: ["A", "C"] },
      { name: "Value", areas: ["B"] },
    ]);
  });

  it("reads two columns pasted from Excel, with blank theme cells meaning the theme above", () => {
    const parsed = parseThemesText("Theme\tArea\nRisk\tEstablishing control\n\tMeasuring impact\nValue\tCommunicating value\t\t");
    expect(parsed.errors).toEqual([]);
    expect(parsed.themes).toEqual([
      { name: "Risk", areas: ["Establishing control", "Measuring impact"] },
      { name: "Value", areas: ["Communicating value"] },
    ]);
  });

  it("lets a line with an empty theme before the colon continue the theme above", () => {
    expect(parseThemesText("Risk: A\n: B").themes).toEqual([{ name: "Risk", areas: ["A", "B"] }]);
  });

  it("names the line with no colon", () => {
    const parsed = parseThemesText("Risk: A\nMeasuring impact");
    expect(parsed.errors).toEqual([{ line: 2, message: 'Line 2 ("Measuring impact") has no colon: write it as Theme: Area.' }]);
    expect(parsed.themes).toEqual([{ name: "Risk", areas: ["A"] }]);
  });

  it("shortens a long line when quoting it", () => {
    const [error] = parseThemesText("x".repeat(200)).errors;
    expect(error?.message).toBe(`Line 1 ("${"x".repeat(40)}…") has no colon: write it as Theme: Area.`);
  });

  it("names a line with no area after the theme", () => {
    expect(parseThemesText("Risk:   ").errors).toEqual([{ line: 1, message: 'Line 1 has no area after the theme "Risk".' }]);
  });

  it("names a first line with no theme and nothing above it", () => {
    expect(parseThemesText("\n: Measuring impact").errors).toEqual([
      { line: 2, message: 'Line 2 has no theme, and there is no theme above it for the area "Measuring impact".' },
    ]);
  });

  it("names a repeated area and the line it was first on", () => {
    const parsed = parseThemesText("Risk: Measuring impact\nValue: B\nrisk: measuring  IMPACT");
    expect(parsed.errors).toEqual([
      { line: 3, message: 'Line 3 repeats the area "measuring IMPACT" of "Risk", already on line 1.' },
    ]);
  });

  it("allows the same area name under different themes", () => {
    expect(parseThemesText("Risk: Guidance\nValue: Guidance").errors).toEqual([]);
  });

  it("refuses pasted rows with more than two columns", () => {
    expect(parseThemesText("Risk\tControl\tSatisfactory").errors).toEqual([
      { line: 1, message: "Line 1 has more than two columns: paste only the Theme and Area columns." },
    ]);
  });

  it("reports every bad line, not just the first", () => {
    expect(parseThemesText("a\nb\nRisk: C").errors.map((error) => error.line)).toEqual([1, 2]);
  });

  it("asks for at least one area when nothing is typed", () => {
    expect(parseThemesText("  \n\n").errors).toEqual([{ line: null, message: "Type at least one area, as Theme: Area." }]);
  });

  it("asks for areas when only the pasted headings are there", () => {
    expect(parseThemesText("Theme\tArea").errors).toEqual([
      { line: null, message: "Type at least one area under the Theme and Area headings." },
    ]);
  });
});
