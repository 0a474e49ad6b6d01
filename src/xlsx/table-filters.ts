import type { Table, Workbook, Worksheet } from "exceljs";
import { parseBlock } from "../core/a1";
import type { ColumnFilter } from "../core/plan";
import { WorkbookError } from "../core/workbook-error";
import { rawCell } from "./xlsx-cells";
import { sheetTables, tableModel } from "./xlsx-tables";

/**
 * Table column filters in an .xlsx file, done as Excel does them: the filter is kept with the
 * table's column (written into the table part's `<autoFilter>` on saving, see xlsx-package.ts) and
 * the rows it does not keep are marked hidden, so Excel and LibreOffice open the file filtered and
 * the preview hides the same rows. exceljs keeps a table's filter buttons but neither writes nor
 * reads values filters, so the criteria ride on its column model under a name of our own.
 */

interface ColumnInternals {
  name: string;
  filterButton?: boolean;
  ratingMatrixFilter?: ColumnFilter;
}

function columnsOf(table: Table): ColumnInternals[] {
  return (table as unknown as { model: { columns: ColumnInternals[] } }).model.columns;
}

/** A table's filters by 0-based column index (the table part's colId). */
export type TableFilters = ReadonlyMap<number, ColumnFilter>;

export function tableFilters(table: Table): TableFilters {
  const filters = new Map<number, ColumnFilter>();
  columnsOf(table).forEach((column, index) => {
    if (column.ratingMatrixFilter) filters.set(index, column.ratingMatrixFilter);
  });
  return filters;
}

/** Sets (or with null, removes) the filter of the table column headed `columnName`, then hides and shows rows as Excel does. */
export function setColumnFilter(ws: Worksheet, table: Table, columnName: string, filter: ColumnFilter | null): void {
  const key = columnName.trim().toLowerCase();
  const column = columnsOf(table).find((c) => c.name.trim().toLowerCase() === key);
  if (!column) throw new WorkbookError(`The table ${tableModel(table).name} has no column "${columnName}".`, "ItemNotFound");
  if (filter === null) delete column.ratingMatrixFilter;
  else column.ratingMatrixFilter = filter;
  reapplyFilters(ws, table);
}

/** What Excel's filter compares a cell with: its text, ignoring case (dates as their serial number). */
function keeps(filter: ColumnFilter, value: unknown): boolean {
  if (filter.kind === "before") return typeof value === "number" && value < filter.serial;
  const text = String(value).trim().toLowerCase();
  if (text === "") return filter.blanks;
  return filter.values.some((v) => v.trim().toLowerCase() === text);
}

/**
 * Hides each body row of the table that some column filter does not keep and shows the others,
 * as Excel's Reapply does (a row hidden by hand inside a filtered table is shown again, as there).
 */
export function reapplyFilters(ws: Worksheet, table: Table): void {
  const block = parseBlock(tableModel(table).tableRef);
  if (!block) return;
  const filters = [...tableFilters(table)];
  for (let r = block.top + 1; r < block.top + block.rows; r++) {
    const row = ws.getRow(r + 1);
    const kept = filters.every(([index, filter]) => keeps(filter, rawCell(row.getCell(block.left + index + 1).value)));
    row.hidden = !kept;
  }
}

/** Every table of the workbook with at least one filtered column, by table name (lower case). */
export function workbookTableFilters(workbook: Workbook): Map<string, TableFilters> {
  const found = new Map<string, TableFilters>();
  for (const ws of workbook.worksheets) {
    for (const table of sheetTables(ws)) {
      const filters = tableFilters(table);
      if (filters.size > 0) found.set(tableModel(table).name.toLowerCase(), filters);
    }
  }
  return found;
}

/** Puts filters read from the file's table parts back on the tables exceljs loaded (which dropped them). */
export function restoreTableFilters(workbook: Workbook, stored: ReadonlyMap<string, TableFilters>): void {
  for (const ws of workbook.worksheets) {
    for (const table of sheetTables(ws)) {
      const filters = stored.get(tableModel(table).name.toLowerCase());
      if (!filters) continue;
      const columns = columnsOf(table);
      for (const [index, filter] of filters) {
        const column = columns[index];
        if (column) column.ratingMatrixFilter = filter;
      }
    }
  }
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function xmlUnescape(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** One `<filterColumn>` as Excel writes it. */
export function filterColumnXml(colId: number, filter: ColumnFilter): string {
  if (filter.kind === "before") {
    return `<filterColumn colId="${colId}"><customFilters><customFilter operator="lessThan" val="${filter.serial}"/></customFilters></filterColumn>`;
  }
  const blank = filter.blanks ? ` blank="1"` : "";
  const values = filter.values.map((v) => `<filter val="${xmlEscape(v)}"/>`).join("");
  return `<filterColumn colId="${colId}"><filters${blank}>${values}</filters></filterColumn>`;
}

/**
 * A table part (xl/tables/tableN.xml) as exceljs wrote it, with each filtered column's
 * `<filterColumn>` in its `<autoFilter>` (exceljs writes an empty one per column, or none).
 */
export function withFilterColumns(tableXml: string, filters: TableFilters): string {
  if (filters.size === 0) return tableXml;
  const open = /<autoFilter\b[^>]*?(\/?)>/.exec(tableXml);
  if (!open) throw new Error("The table part has no <autoFilter> to put the filters in.");
  const selfClosing = open[1] === "/";
  const start = open.index + open[0].length;
  const end = selfClosing ? start : tableXml.indexOf("</autoFilter>", start);
  let inner = selfClosing ? "" : tableXml.slice(start, end);
  for (const [colId, filter] of [...filters].sort((a, b) => a[0] - b[0])) {
    const existing = new RegExp(`<filterColumn\\b[^>]*\\bcolId="${colId}"[^>]*?(/>|(?<!/)>[\\s\\S]*?</filterColumn>)`);
    const element = filterColumnXml(colId, filter);
    inner = existing.test(inner) ? inner.replace(existing, element) : inner + element;
  }
  const head = selfClosing ? open[0].replace(/\s*\/>$/, ">") : open[0];
  return `${tableXml.slice(0, open.index)}${head}${inner}</autoFilter>${tableXml.slice(selfClosing ? start : end + "</autoFilter>".length)}`;
}

/** The table's name and the filters a table part holds that this host can carry (values and "before" filters). */
export function parseTableFilters(tableXml: string): { readonly name: string; readonly filters: Map<number, ColumnFilter> } | null {
  const table = /<table\b[^>]*\bname="([^"]*)"/.exec(tableXml);
  if (!table) return null;
  const filters = new Map<number, ColumnFilter>();
  for (const match of tableXml.matchAll(/<filterColumn\b([^>]*?)(?<!\/)>([\s\S]*?)<\/filterColumn>/g)) {
    const colId = /\bcolId="(\d+)"/.exec(match[1] ?? "");
    if (!colId) continue;
    const body = match[2] ?? "";
    const values = /<filters\b([^>]*?)(?:\/>|>([\s\S]*?)<\/filters>)/.exec(body);
    if (values) {
      const texts = [...(values[2] ?? "").matchAll(/<filter\b[^>]*\bval="([^"]*)"/g)].map((m) => xmlUnescape(m[1] ?? ""));
      filters.set(Number(colId[1]), { kind: "values", values: texts, blanks: /\bblank="(1|true)"/.test(values[1] ?? "") });
      continue;
    }
    const custom = [...body.matchAll(/<customFilter\b([^>]*)\/?>/g)];
    const only = custom.length === 1 ? (custom[0]?.[1] ?? "") : "";
    const value = /\bval="(-?\d+(?:\.\d+)?)"/.exec(only);
    if (/\boperator="lessThan"/.test(only) && value) filters.set(Number(colId[1]), { kind: "before", serial: Number(value[1]) });
  }
  return { name: xmlUnescape(table[1] ?? ""), filters };
}
