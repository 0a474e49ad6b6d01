import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";
import type { ReviewReport } from "../../src/core/report/review-report";
import { documentText } from "../../src/docx/docx-text";
import { reviewDocumentBytes } from "../../src/docx/review-document";

const report: ReviewReport = {
  title: "Northshire: progress review",
  subtitle: "IMA 2016 to Review 2019",
  organisation: "Northshire",
  framework: null,
  rounds: ["IMA 2016", "Review 2019"],
  compared: ["IMA 2016", "Review 2019"],
  target: "Satisfactory",
  headline: "1 area improved.",
  themes: [
    {
      name: "Value <&> \"quotes\"",
      commentary: [{ round: "Review 2019", paragraphs: ["First line\nsecond line", "=SUM(A1)\u0007"] }],
      areas: [
        {
          name: "Assets",
          ratings: [
            { text: "Development area", fill: "#FFC7CE", font: "#9C0006" },
            { text: "Satisfactory", fill: "#C6EFCE", font: "#006100" },
          ],
          movement: "improved",
          movementText: { text: "▲ Improved", fill: "#C6EFCE", font: "#006100" },
          commentary: [],
        },
      ],
    },
  ],
  attention: [],
  nextSteps: [],
  madeOn: "2026-11-22",
};

async function xmlOf(bytes: Uint8Array, part: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(part)?.async("string")) ?? "";
}

describe("the report as a Word document", () => {
  it("is a valid .docx: text escaped literally, line breaks kept, characters XML cannot carry left out", async () => {
    const bytes = await reviewDocumentBytes(report);
    const xml = await xmlOf(bytes, "word/document.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain("Value &lt;&amp;&gt; &quot;quotes&quot;");
    expect(xml).toMatch(/First line<\/w:t>.*<w:br\/>.*second line/s);
    expect(xml).toContain("=SUM(A1)</w:t>");
    expect(xml).not.toMatch(/\u0007/);
    expect(xml).toMatch(/w:fill="FFC7CE"/);
    expect(xml).toContain("None: every area is rated Satisfactory or above in Review 2019, and none declined.");
    expect(xml).toContain("The workbook lists no actions.");
    const footer = await xmlOf(bytes, "word/footer1.xml");
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
  });

  it("leaves out exactly the characters an XML file cannot hold", () => {
    expect(documentText("a\u0000b\u0008c\td\ne\u000Bf\uFFFEg\uD800h😀")).toBe("abc\td\nefgh😀");
  });
});
