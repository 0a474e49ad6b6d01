import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from "docx";
import type { ReportArea, ReportAttention, ReportNextStep, Shaded } from "../core/report/review-report";
import { textRuns } from "./docx-text";

/** Width of the text area of an A4 page with 2 cm margins, in twentieths of a point. */
export const CONTENT_WIDTH = 9638;
const HEADER_FILL = "D9E1F2";

function cell(text: string, width: number, options: { fill?: string | null; font?: string | null; bold?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, fill: options.fill.replace("#", ""), color: "auto" } } : {}),
    children: [new Paragraph({ children: textRuns(text, { ...(options.bold ? { bold: true } : {}), colour: options.font ?? null }) })],
  });
}

function shadedCell(value: Shaded, width: number): TableCell {
  return cell(value.text, width, { fill: value.fill, font: value.font });
}

/** A table with a header row repeated on each page and rows that never break across pages. */
function table(header: readonly string[], widths: readonly number[], rows: readonly TableCell[][]): Table {
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, widths[i] ?? 0, { fill: `#${HEADER_FILL}`, bold: true })) }),
      ...rows.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  });
}

/** Area, one column per round in the scale's colours, and the movement with its symbol. */
export function themeTable(rounds: readonly string[], areas: readonly ReportArea[]): Table {
  const areaWidth = 3300;
  const movementWidth = 1700;
  const roundWidth = Math.floor((CONTENT_WIDTH - areaWidth - movementWidth) / Math.max(rounds.length, 1));
  const widths = [areaWidth, ...rounds.map(() => roundWidth), movementWidth];
  return table(
    ["Area", ...rounds, "Movement"],
    widths,
    areas.map((area) => [cell(area.name, areaWidth), ...area.ratings.map((r) => shadedCell(r, roundWidth)), shadedCell(area.movementText, movementWidth)]),
  );
}

export function attentionTable(laterRound: string, attention: readonly ReportAttention[]): Table {
  const widths = [2500, 2900, 2000, 2238];
  return table(
    ["Theme", "Area", laterRound, "Why"],
    widths,
    attention.map((a) => [cell(a.theme, 2500), cell(a.area, 2900), shadedCell(a.rating, 2000), cell(a.why, 2238)]),
  );
}

export function nextStepsTable(steps: readonly ReportNextStep[]): Table {
  const widths = [700, 4838, 1600, 1200, 1300];
  return table(
    ["Ref", "Next step", "Owner", "Due", "Status"],
    widths,
    steps.map((s) => [
      cell(s.ref, 700),
      cell(s.text, 4838),
      cell(s.owner, 1600),
      cell(s.due, 1200),
      shadedCell(s.overdue ? { ...s.status, text: `${s.status.text} (overdue)` } : s.status, 1300),
    ]),
  );
}
