import { columnLetter } from "../core/a1";
import type { CellStyleStep, PageSetupStep, RowSpan } from "../core/plan";

/** Whole rows as office-js addresses them: "3:7". */
export function rowsAddress(rows: RowSpan): string {
  return `${rows.first + 1}:${rows.first + rows.count}`;
}

/**
 * Header and footer codes: the sheet's name on the left, "Page 1 of 3" in the centre. Excel's own
 * codes (&A, &P, &N), documented for headers and footers set through office-js (ExcelApi 1.9).
 */
export const SHEET_NAME_FOOTER = "&A";
export const PAGE_NUMBER_FOOTER = "Page &P of &N";

export function pageSetup(ws: Excel.Worksheet, step: PageSetupStep): void {
  const layout = ws.pageLayout;
  layout.orientation = step.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = step.paper;
  // 0 pages tall is Excel's "Automatic": as many pages as the rows need (UNVERIFIED through office-js).
  layout.zoom = { horizontalFitToPages: step.fitToPagesWide, verticalFitToPages: step.fitToPagesTall ?? 0 };
  // "$1:$1" spans whole rows, as setPrintTitleRows requires.
  if (step.repeatColumns) layout.setPrintTitleColumns(`$${columnLetter(step.repeatColumns.first)}:$${columnLetter(step.repeatColumns.first + step.repeatColumns.count - 1)}`);
  if (step.repeatRows) layout.setPrintTitleRows(`$${step.repeatRows.first + 1}:$${step.repeatRows.first + step.repeatRows.count}`);
  if (step.pageNumbers) {
    const footer = layout.headersFooters.defaultForAllPages;
    footer.leftFooter = SHEET_NAME_FOOTER;
    footer.centerFooter = PAGE_NUMBER_FOOTER;
  }
}

export function cellStyle(ws: Excel.Worksheet, step: CellStyleStep): void {
  const format = ws.getRange(step.address).format;
  if (step.bold !== undefined) format.font.bold = step.bold;
  if (step.italic !== undefined) format.font.italic = step.italic;
  if (step.size !== undefined) format.font.size = step.size;
  if (step.colour !== undefined) format.font.color = step.colour;
  if (step.wrap !== undefined) {
    format.wrapText = step.wrap;
    format.verticalAlignment = "Top";
  }
}
