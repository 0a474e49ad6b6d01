import { blockAddress, cellAddress, parseBlock, type CellBlock } from "./a1";
import type { CellValue, Grid } from "./cell";
import type { PlanStep } from "./plan";
import { cellText } from "./ratings-columns";
import type { TableSource } from "./rating-workbook";
import type { WorkbookSnapshot } from "./workbook-snapshot";
import { findSheet, findTable } from "./workbook-lookup";

/**
 * Steps that add rows at the bottom of a table: first into the blank rows it already ends with
 * (an empty table keeps one), then directly below it, which grows the table. Refuses, with the
 * range, when the cells below the table are not empty: those are someone's data.
 */
export function addRowsSteps(
  snapshot: WorkbookSnapshot,
  source: TableSource,
  body: readonly (readonly unknown[])[],
  rows: Grid,
  what: string,
): { readonly steps: PlanStep[] } | { readonly problem: string } {
  if (rows.length === 0) return { steps: [] };
  if (source.table === null) {
    return { problem: `The ${what} on the sheet "${source.sheet}" is not an Excel table, so rows cannot be added to it. Make it a table (Insert > Table), then import again.` };
  }
  let filled = body.length;
  while (filled > 0 && (body[filled - 1] ?? []).every((cell) => cellText(cell) === "")) filled--;
  const blankRows = body.length - filled;
  const intoBlank = rows.slice(0, blankRows);
  const below = rows.slice(blankRows);
  const steps: PlanStep[] = [];
  const firstBody = source.headerRow + 1;
  if (intoBlank.length > 0) {
    steps.push({ kind: "setValues", sheet: source.sheet, address: blockAddress({ top: firstBody + filled, left: source.left, rows: intoBlank.length, columns: source.columns }), values: intoBlank });
  }
  if (below.length > 0) {
    const top = firstBody + body.length;
    const block = { top, left: source.left, rows: below.length, columns: source.columns };
    const taken = occupiedCell(snapshot, source, block);
    if (taken === undefined) {
      return { problem: `Could not check that the rows below the ${source.table} table are empty, so nothing was added. Try again.` };
    }
    if (taken !== null) {
      return { problem: `Cannot add ${below.length} ${below.length === 1 ? "row" : "rows"} below the ${source.table} table: ${taken} on the sheet "${source.sheet}" is not empty. Move what is below the table, then import again.` };
    }
    steps.push({
      kind: "appendTableRows",
      sheet: source.sheet,
      table: source.table,
      address: blockAddress(block),
      rows: below,
      tableAddress: blockAddress({ top: source.headerRow, left: source.left, rows: 1 + body.length + below.length, columns: source.columns }),
    });
  }
  // The new rows as tall as their wrapped text, so that they print without overlapping.
  steps.push({ kind: "fitRows", sheet: source.sheet, rows: { first: firstBody + filled, count: rows.length } });
  return { steps };
}

/**
 * The first non-empty cell of `block` (the rows right below the table), from the rows the host
 * read below it or the sheet's used range; null when all are empty, undefined when neither was read.
 */
function occupiedCell(snapshot: WorkbookSnapshot, source: TableSource, block: CellBlock): string | null | undefined {
  const below = findTable(snapshot, source.table ?? "")?.below;
  if (below !== undefined) {
    for (let r = 0; r < block.rows; r++) {
      const row = below[r];
      if (row === undefined) return below.length >= block.rows ? null : undefined;
      const column = row.findIndex((cell) => cellText(cell as CellValue) !== "");
      if (column >= 0) return cellAddress(block.top + r, block.left + column);
    }
    return null;
  }
  const sheet = findSheet(snapshot, source.sheet);
  if (!sheet) return undefined;
  const used = sheet.usedAddress ? parseBlock(sheet.usedAddress) : null;
  if (!used) return null;
  for (let r = block.top; r < block.top + block.rows; r++) {
    const row = sheet.values[r - used.top];
    if (row === undefined) continue;
    for (let c = block.left; c < block.left + block.columns; c++) {
      if (cellText(row[c - used.left] as CellValue) !== "") return cellAddress(r, c);
    }
  }
  return null;
}
