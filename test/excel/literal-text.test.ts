import { formulaText, literalCell, needsTextMark } from "../../src/excel/literal-text";

describe("literalCell", () => {
  it.each(["=HYPERLINK(\"x\")", "+44 20", "-5", "- a bullet", "@mention", "12", "3.5%", "TRUE", "#N/A", "1/2", "2017-03-01", "March 2017", "10:30", "'quoted", "£5"])(
    "marks %j as text so Excel keeps it as typed",
    (text) => {
      expect(needsTextMark(text)).toBe(true);
      expect(literalCell(text)).toBe(`'${text}`);
    },
  );

  it.each(["Satisfactory", "Development area", "IMA 2015", "Review 2017", "Records, review and transfer", "Mayor's office", "Q3 plan"])(
    "leaves ordinary text %j alone",
    (text) => {
      expect(literalCell(text)).toBe(text);
    },
  );

  it("writes numbers and booleans as themselves and null as empty", () => {
    expect(literalCell(3)).toBe(3);
    expect(literalCell(false)).toBe(false);
    expect(literalCell(null)).toBe("");
  });
});

describe("formulaText", () => {
  it("quotes text for a formula, doubling inner quotes", () => {
    expect(formulaText('He said "yes"')).toBe('="He said ""yes"""');
    expect(formulaText("=1+1")).toBe('="=1+1"');
  });
});
