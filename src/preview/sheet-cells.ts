import type { CellIsRuleType, Worksheet } from "exceljs";
import { parseBlock, type CellBlock } from "../core/a1";
import { serialToIsoDate } from "../core/excel-date";
import { conditionalFormats } from "../xlsx/sheet-rules";
import { usedBlock } from "../xlsx/read-xlsx";
import { argbToHex } from "../xlsx/xlsx-colour";
import { rawCell } from "../xlsx/xlsx-cells";
import { sheetTables, tableModel } from "../xlsx/xlsx-tables";

/** How one cell looks in the read-only preview. */
export interface CellLook {
  readonly text: string;
  /** "#RRGGBB" or null for no fill. */
  readonly fill: string | null;
  readonly font: string | null;
  /** Table header cells are shown bold. */
  readonly header: boolean;
}

export interface SheetCells {
  /** The block shown, from A1 to the last used cell (capped). */
  readonly rows: readonly (readonly CellLook[])[];
  readonly columns: number;
  /** 0-based rows of `rows` that are hidden (a table filter hides the rows it does not keep), which Excel does not draw. */
  readonly hiddenRows: ReadonlySet<number>;
  /** True when the sheet has more rows or columns than are shown. */
  readonly truncated: boolean;
}

interface EqualsRule {
  readonly blocks: readonly CellBlock[];
  readonly equals: string;
  readonly priority: number;
  readonly fill: string | null;
  readonly font: string | null;
}

/** The "cell value equals" rules of a sheet, highest priority first: the kind the add-in writes. */
function equalsRules(sheet: Worksheet): EqualsRule[] {
  const rules: EqualsRule[] = [];
  for (const format of conditionalFormats(sheet)) {
    const blocks = format.ref.split(/\s+/).map(parseBlock).filter((b): b is CellBlock => b !== null);
    for (const rule of format.rules) {
      if (rule.type !== "cellIs") continue;
      const cellIs = rule as CellIsRuleType;
      const formula = String(cellIs.formulae?.[0] ?? "");
      const quoted = /^"((?:[^"]|"")*)"$/.exec(formula);
      if (cellIs.operator !== "equal" || !quoted) continue;
      const fill = cellIs.style?.fill;
      const fillColour = fill && fill.type === "pattern" ? argbToHex(fill.bgColor?.argb ?? fill.fgColor?.argb) : null;
      rules.push({
        blocks,
        equals: (quoted[1] as string).replace(/""/g, '"').toLowerCase(),
        priority: cellIs.priority,
        fill: fillColour,
        font: argbToHex(cellIs.style?.font?.color?.argb),
      });
    }
  }
  return rules.sort((a, b) => a.priority - b.priority);
}

function inside(block: CellBlock, row: number, column: number): boolean {
  return row >= block.top && row < block.top + block.rows && column >= block.left && column < block.left + block.columns;
}

function displayText(value: unknown, numberFormat: string | undefined): string {
  if (typeof value === "number" && numberFormat !== undefined && /y/i.test(numberFormat)) return serialToIsoDate(value) ?? String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * The cells of a sheet as the preview shows them: their text, and the fill and font colour from
 * the first matching conditional format (or the cell's own fill).
 */
export function sheetCells(sheet: Worksheet, maxRows = 300, maxColumns = 40): SheetCells {
  const used = usedBlock(sheet);
  const headerCells = new Set<string>();
  let lastRow = used ? used.top + used.rows : 0;
  let lastColumn = used ? used.left + used.columns : 0;
  for (const table of sheetTables(sheet)) {
    const block = parseBlock(tableModel(table).tableRef);
    if (!block) continue;
    for (let c = 0; c < block.columns; c++) headerCells.add(`${block.top}:${block.left + c}`);
    lastRow = Math.max(lastRow, block.top + block.rows);
    lastColumn = Math.max(lastColumn, block.left + block.columns);
  }
  const rules = equalsRules(sheet);
  const rowCount = Math.min(lastRow, maxRows);
  const columnCount = Math.min(lastColumn, maxColumns);
  const rows: CellLook[][] = [];
  const hiddenRows = new Set<number>();
  for (let r = 0; r < rowCount; r++) {
    const row = sheet.getRow(r + 1);
    if (row.hidden) hiddenRows.add(r);
    const looks: CellLook[] = [];
    for (let c = 0; c < columnCount; c++) {
      const cell = row.getCell(c + 1);
      const text = displayText(rawCell(cell.value), cell.numFmt);
      const key = text.toLowerCase();
      const rule = text === "" ? undefined : rules.find((candidate) => candidate.equals === key && candidate.blocks.some((b) => inside(b, r, c)));
      const ownFill = cell.fill && cell.fill.type === "pattern" && cell.fill.pattern === "solid" ? argbToHex(cell.fill.fgColor?.argb) : null;
      looks.push({
        text,
        fill: rule ? rule.fill : ownFill,
        font: rule ? rule.font : argbToHex(cell.font?.color?.argb),
        header: headerCells.has(`${r}:${c}`),
      });
    }
    rows.push(looks);
  }
  return { rows, columns: columnCount, hiddenRows, truncated: lastRow > rowCount || lastColumn > columnCount };
}
