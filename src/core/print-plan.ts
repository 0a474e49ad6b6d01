import { blockAddress, cellAddress } from "./a1";
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

/** One line of a sheet's banner: the title and notes above a generated sheet's tables. */
export interface BannerLine {
  readonly text: string;
  readonly size: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly colour?: string;
}

/**
 * The banner's lines in column A from row 1, each merged over `span` columns (when more than one)
 * and styled, wrapping: the summary and the portfolio's heat map open the same way.
 */
export function bannerSteps(sheet: string, banner: readonly BannerLine[], span: number): PlanStep[] {
  const steps: PlanStep[] = [{ kind: "setValues", sheet, address: blockAddress({ top: 0, left: 0, rows: banner.length, columns: 1 }), values: banner.map((b) => [b.text]) }];
  banner.forEach((line, row) => {
    if (span > 1) steps.push({ kind: "mergeCells", sheet, address: blockAddress({ top: row, left: 0, rows: 1, columns: span }) });
    steps.push({
      kind: "cellStyle",
      sheet,
      address: cellAddress(row, 0),
      size: line.size,
      wrap: true,
      ...(line.bold ? { bold: true } : {}),
      ...(line.italic ? { italic: true } : {}),
      ...(line.colour ? { colour: line.colour } : {}),
    });
  });
  return steps;
}
