import type { PageSetupStep, PlanStep, RowSpan } from "./plan";

/**
 * How every sheet the add-in writes prints: A4 landscape, one page wide, `titleRows` repeated at the
 * top of each page, the sheet's name and "Page 1 of 3" in the footer.
 */
export function pageSetupStep(sheet: string, titleRows: RowSpan): PageSetupStep {
  return { kind: "pageSetup", sheet, orientation: "landscape", paper: "A4", fitToPagesWide: 1, repeatRows: titleRows, pageNumbers: true };
}

/**
 * The rows a plan wrote made tall enough for their wrapped text (no text drawn over the next row
 * when printed), then the page set-up, with the table's header row as the print title.
 */
export function printSteps(sheet: string, written: RowSpan, headerRow: number): PlanStep[] {
  return [
    { kind: "fitRows", sheet, rows: written },
    pageSetupStep(sheet, { first: headerRow, count: 1 }),
  ];
}
