import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun, type FileChild } from "docx";
import type { ReportArea, ReportTheme, ReviewReport, RoundText } from "../core/report/review-report";
import { documentText, textRuns } from "./docx-text";
import { attentionTable, nextStepsTable, themeTable } from "./report-tables";

/** The Word (.docx) file type, for a download. */
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const FONT = "Arial";
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ heading: level, keepNext: true, children: textRuns(text) });
}

function paragraphs(texts: readonly string[]): Paragraph[] {
  return texts.map((text) => new Paragraph({ spacing: { after: 120 }, children: textRuns(text) }));
}

/** A round's commentary: the round as a small heading, then its paragraphs. */
function roundCommentary(entry: RoundText, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph[] {
  return [heading(entry.round, level), ...paragraphs(entry.paragraphs)];
}

function areaCommentary(area: ReportArea): Paragraph[] {
  if (area.commentary.length === 0) return [];
  return [
    heading(area.name, HeadingLevel.HEADING_3),
    ...area.commentary.flatMap((entry) => [
      new Paragraph({ keepNext: true, children: textRuns(entry.round, { bold: true }) }),
      ...paragraphs(entry.paragraphs),
    ]),
  ];
}

function themeSection(report: ReviewReport, theme: ReportTheme, number: number): FileChild[] {
  return [
    heading(`${number} ${theme.name}`, HeadingLevel.HEADING_2),
    themeTable(report.rounds, theme.areas),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    ...theme.commentary.flatMap((entry) => roundCommentary(entry, HeadingLevel.HEADING_3)),
    ...theme.areas.flatMap(areaCommentary),
  ];
}

/** The report as a Word document: A4 portrait, Arial, page numbers in the footer. */
export function reviewDocument(report: ReviewReport): Document {
  const later = report.compared[1];
  const intro = [
    report.framework === null ? null : `Framework: ${report.framework}.`,
    `Made by Rating Matrix on ${report.madeOn} from the workbook's ratings, commentary and actions.`,
  ].filter((line): line is string => line !== null);
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(report.title) }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(report.subtitle) }),
    ...intro.map((line) => new Paragraph({ children: textRuns(line, { italics: true, colour: "#595959" }) })),
    new Paragraph({ spacing: { before: 120, after: 120 }, children: textRuns(report.headline) }),
    heading("Progress to address recommendations and risk areas", HeadingLevel.HEADING_1),
    ...report.themes.flatMap((theme, i) => themeSection(report, theme, i + 1)),
    heading("Areas needing attention", HeadingLevel.HEADING_1),
    ...(report.attention.length === 0
      ? paragraphs([`None: every area is rated ${report.target} or above in ${later}, and none declined.`])
      : [...paragraphs([`Areas rated below ${report.target} in ${later}, that declined since ${report.compared[0]}, or that have no rating.`]), attentionTable(later, report.attention)]),
    heading("Next steps", HeadingLevel.HEADING_1),
    ...(report.nextSteps.length === 0 ? paragraphs(["The workbook lists no actions."]) : [nextStepsTable(report.nextSteps)]),
  ];
  return new Document({
    creator: "Rating Matrix",
    title: documentText(`${report.title}: ${report.subtitle}`),
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 } },
        title: { run: { font: FONT, size: 40, bold: true, color: "1F3864" } },
        heading1: { run: { font: FONT, size: 28, bold: true, color: "1F3864" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: "1F3864" }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: FONT, size: 20, bold: true }, paragraph: { spacing: { before: 160, after: 60 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })] })],
          }),
        },
        children,
      },
    ],
  });
}

/** The report's .docx bytes, in Node (the command line) and in a browser (the preview) alike. */
export async function reviewDocumentBytes(report: ReviewReport): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reviewDocument(report)));
}
