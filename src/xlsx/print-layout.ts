import type { Cell, Worksheet } from "exceljs";
import { columnLetter, parseBlock } from "../core/a1";
import type { CellStyleStep, FitRowsStep, MergeCellsStep, PageSetupStep, RowHeightStep } from "../core/plan";
import { rowHeightFor, type CellText } from "../core/row-height";
import { WorkbookError } from "../core/workbook-error";
import { hexToArgb } from "./xlsx-colour";
import { rawCell } from "./xlsx-cells";

/** The workbook font exceljs writes as the default style. */
const DEFAULT_FONT = { name: "Calibri", family: 2 } as const;
/** Excel's width of a column nobody set, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Footer codes (Excel's and LibreOffice's): the sheet's name on the left, "Page 1 of 3" centred. */
export const PAGE_NUMBER_FOOTER = "&L&A&CPage &P of &N";

/**
 * exceljs reads a missing first page number as 1 and then writes it back as set
 * (useFirstPageNumber), so that every sheet of a file it saved starts again at page 1 when the whole
 * workbook is printed. A first page number of 1 is dropped on opening: it is what "automatic" gives
 * a sheet printed alone anyway.
 */
export function dropDefaultFirstPageNumbers(worksheets: readonly Worksheet[]): void {
  for (const ws of worksheets) {
    if (ws.pageSetup.firstPageNumber !== 1) continue;
    const kept = { ...ws.pageSetup };
    delete kept.firstPageNumber;
    ws.pageSetup = kept;
  }
}

export function pageSetup(ws: Worksheet, step: PageSetupStep): void {
  const { firstPageNumber, ...kept } = ws.pageSetup;
  ws.pageSetup = {
    ...kept,
    ...(firstPageNumber !== undefined && firstPageNumber !== 1 ? { firstPageNumber } : {}),
    orientation: step.orientation,
    paperSize: 9, // A4
    fitToPage: true,
    fitToWidth: step.fitToPagesWide,
    fitToHeight: step.fitToPagesTall ?? 0,
    ...(step.repeatColumns ? { printTitlesColumn: `${columnLetter(step.repeatColumns.first)}:${columnLetter(step.repeatColumns.first + step.repeatColumns.count - 1)}` } : {}),
    ...(step.repeatRows ? { printTitlesRow: `${step.repeatRows.first + 1}:${step.repeatRows.first + step.repeatRows.count}` } : {}),
  };
  if (step.pageNumbers) ws.headerFooter = { ...ws.headerFooter, oddFooter: PAGE_NUMBER_FOOTER };
}

/**
 * A file has no layout engine to autofit with: each row gets the height its wrapped text needs,
 * estimated from the text, the fonts and the column widths (core/row-height.ts).
 */
export function fitRows(ws: Worksheet, step: FitRowsStep): void {
  for (let r = step.rows.first; r < step.rows.first + step.rows.count; r++) {
    const row = ws.getRow(r + 1);
    const cells: CellText[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = shownText(cell);
      if (text === "" || (cell.isMerged && cell.master !== cell)) return;
      cells.push({
        text,
        width: mergedWidth(ws, cell, r + 1, column),
        wrap: cell.alignment?.wrapText === true,
        ...(cell.font?.size !== undefined ? { size: cell.font.size } : {}),
        ...(cell.font?.bold === true ? { bold: true } : {}),
      });
    });
    row.height = rowHeightFor(cells);
  }
}

export function rowHeight(ws: Worksheet, step: RowHeightStep): void {
  for (let r = step.rows.first; r < step.rows.first + step.rows.count; r++) ws.getRow(r + 1).height = step.height;
}

export function mergeCells(ws: Worksheet, step: MergeCellsStep): void {
  const block = parseBlock(step.address);
  if (!block) throw new Error(`Plan bug: "${step.address}" is not an A1 address.`);
  for (let r = block.top; r < block.top + block.rows; r++) {
    for (let c = block.left; c < block.left + block.columns; c++) {
      if ((r !== block.top || c !== block.left) && rawCell(ws.getCell(r + 1, c + 1).value) !== "") {
        throw new WorkbookError(`The cells ${step.address} on "${ws.name}" cannot be merged: only the first may hold a value.`, "InvalidArgument");
      }
    }
  }
  ws.mergeCells(block.top + 1, block.left + 1, block.top + block.rows, block.left + block.columns);
}

export function cellStyle(ws: Worksheet, step: CellStyleStep): void {
  const block = parseBlock(step.address);
  if (!block) throw new Error(`Plan bug: "${step.address}" is not an A1 address.`);
  const colour = step.colour === undefined ? undefined : hexToArgb(step.colour);
  for (let r = block.top; r < block.top + block.rows; r++) {
    for (let c = block.left; c < block.left + block.columns; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      // A font without a name is drawn in the reader's default (a serif face in LibreOffice).
      cell.font = {
        name: DEFAULT_FONT.name,
        family: DEFAULT_FONT.family,
        ...(cell.font ?? {}),
        ...(step.bold !== undefined ? { bold: step.bold } : {}),
        ...(step.italic !== undefined ? { italic: step.italic } : {}),
        ...(step.size !== undefined ? { size: step.size } : {}),
        ...(colour ? { color: { argb: colour } } : {}),
      };
      if (step.wrap !== undefined) cell.alignment = { ...(cell.alignment ?? {}), wrapText: step.wrap, vertical: "top" };
    }
  }
}

/** The text a cell shows, near enough to measure: dates as yyyy-mm-dd, numbers as written. */
function shownText(cell: Cell): string {
  const value = rawCell(cell.value);
  if (typeof value === "number") return /[yd]/i.test(cell.numFmt ?? "") ? "0000-00-00" : String(value);
  return String(value);
}

/** The width of a cell, or of the merged block it starts (widths summed), in characters. */
function mergedWidth(ws: Worksheet, cell: Cell, row: number, column: number): number {
  let width = ws.getColumn(column).width ?? DEFAULT_COLUMN_WIDTH;
  if (!cell.isMerged) return width;
  for (let c = column + 1; ws.getCell(row, c).master === cell; c++) width += ws.getColumn(c).width ?? DEFAULT_COLUMN_WIDTH;
  return width;
}
