/**
 * The test-side handle on a fake workbook: counters, the operation log, seeding helpers (which neither
 * sync nor log) and inspection helpers that read the model directly.
 */
import {
  columnIndexOf,
  formatLocalAddress,
  lastColumn,
  lastRow,
  parseLocalAddress,
  qualifiedAddress,
  rect,
  type Rect,
} from "./addresses";
import { bodyArea, addTable, checkTableName, headerNames } from "./table-model";
import { deliverEdits } from "./events";
import { addDefinedName } from "./names";
import { createGlobals, createRun, installGlobals, uninstallGlobals, type FakeBatch, type FakeOfficeGlobals } from "./office-globals";
import { cellText, columnWidthOf, numberFormatAt, writeCells } from "./range-writes";
import { putSetting } from "./settings";
import { newValidationEntry, type ValidationEntry, type ValidationRule } from "./validation-store";
import type { CellScalar } from "./values-parsing";
import { usedArea } from "./worksheet";
import type { ChartModel } from "./charts";
import type { PageLayoutModel } from "./page-layout";
import { rowHeightOf } from "./row-layout";
import {
  WorkbookModel,
  type ConditionalFormatType,
  type ConditionalRule,
  type JsonValue,
  type OperationRecord,
  type SheetModel,
} from "./workbook-model";

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set this "Excel" supports. Default "1.17" (Office 2024). */
  readonly excelApi?: string;
  /** Reported by Office.onReady / Office.context.platform. Default "PC". */
  readonly platform?: "PC" | "OfficeOnline" | "Mac";
  /** Sheets of the new workbook. Default ["Sheet1"], as a new Excel workbook. */
  readonly sheets?: readonly string[];
  /** Office.context.officeTheme.isDarkTheme. Default false. */
  readonly darkTheme?: boolean;
}

/** A seeded value: parsed as typed input, as `range.values` is; null leaves the cell as it is, "" empties it. */
export type SeedValue = string | number | boolean | null;

export interface CellInfo {
  readonly value: CellScalar;
  /** The formula ("=..."), or null for a constant. */
  readonly formula: string | null;
  /** True when the text was written with a leading apostrophe (Excel's hidden quote prefix). */
  readonly quotePrefix: boolean;
  readonly numberFormat: string;
  readonly text: string;
  readonly validation: Readonly<ValidationEntry> | null;
  readonly wrapText: boolean;
  readonly fill: string | null;
  readonly fontColor: string | null;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Font size in points (11 when never set). */
  readonly fontSize: number;
  /** "Bottom" when never set, as in Excel. */
  readonly verticalAlignment: string;
}

export interface ConditionalFormatInfo {
  /** Local address ("C2:C20"), on the sheet asked about. */
  readonly address: string;
  readonly type: ConditionalFormatType;
  /** 0 = top priority. */
  readonly priority: number;
  readonly stopIfTrue: boolean;
  readonly rule: ConditionalRule | null;
  readonly fill: string | null;
  readonly font: { readonly color: string | null; readonly bold: boolean | null; readonly italic: boolean | null };
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
  /** Address including the header row, as Excel's Range.address writes it ("Ratings!A1:D5"). */
  readonly address: string;
  readonly header: readonly string[];
  readonly dataRowCount: number;
  readonly style: string;
  readonly showBandedRows: boolean;
  readonly showFilterButton: boolean;
}

export interface SeedConditionalFormat {
  readonly type: ConditionalFormatType;
  readonly rule: ConditionalRule;
  readonly fill?: string;
  readonly fontColor?: string;
}

/** A deep-comparable picture of every non-empty cell: sheet → address → value and formula. */
export type WorkbookValues = Record<string, Record<string, { readonly value: CellScalar; readonly formula: string | null }>>;

export class FakeExcel {
  readonly model: WorkbookModel;
  /** What installFakeOffice puts on globalThis. */
  readonly globals: FakeOfficeGlobals;
  private readonly runBatch: (...args: unknown[]) => Promise<unknown>;

  constructor(options: FakeExcelOptions = {}) {
    this.model = new WorkbookModel(options.excelApi ?? "1.17", options.platform ?? "PC");
    this.model.darkTheme = options.darkTheme ?? false;
    for (const name of options.sheets ?? ["Sheet1"]) this.model.addSheet(name, "createFakeExcel");
    this.globals = createGlobals(this.model);
    this.runBatch = createRun(this.model);
  }

  /** `Excel.run`, typed with the fake's own classes (for the fake's tests and test helpers). */
  async run<T>(batch: FakeBatch<T>): Promise<T> {
    const result: unknown = await this.runBatch(batch);
    return result as T;
  }

  // ---- counters -------------------------------------------------------------------------------------

  get syncCount(): number {
    return this.model.syncCount;
  }

  /** Every mutation applied at a sync, in order. Seeding does not appear here. */
  get operations(): readonly OperationRecord[] {
    return this.model.operations;
  }

  /** Estimated bytes of values written in each sync's request (see FakeRequestContext.notePayload). */
  get requestBytes(): readonly number[] {
    return this.model.requestBytes;
  }

  resetCounters(): void {
    this.model.requestBytes = [];
    this.model.syncCount = 0;
    this.model.operations = [];
  }

  /** The last range selected with `range.select()`. */
  get selection(): { readonly sheet: string; readonly address: string } | null {
    return this.model.selection;
  }

  get activeSheet(): string | null {
    return this.model.activeSheet()?.name ?? null;
  }

  get excelApi(): string {
    return this.model.excelApi;
  }

  /** onChanged handlers currently registered (added and synced, not yet removed). */
  get changeHandlerCount(): number {
    return this.model.changeHandlers.length;
  }

  /** What onChanged handlers threw or rejected with (Excel would only log it). */
  get eventHandlerErrors(): readonly unknown[] {
    return this.model.eventHandlerErrors;
  }

  /**
   * A user typing into cells: writes `values` (parsed as typed input) without a sync or a logged
   * operation, then delivers onChanged events (triggerSource "Unknown") and waits for the handlers.
   */
  async simulateUserEdit(sheetName: string, address: string, values: readonly (readonly SeedValue[])[]): Promise<void> {
    const sheet = this.sheet(sheetName);
    this.quietly(() => {
      const wasProtected = sheet.protected;
      sheet.protected = false;
      try {
        writeCells(this.model, sheet, this.area(address), values, "values", "simulateUserEdit", "Unknown");
      } finally {
        sheet.protected = wasProtected;
      }
    });
    await deliverEdits(this.model);
  }

  // ---- seeding (no syncs, no operations) ---------------------------------------------------------------

  /**
   * Creates the sheet if needed and writes `values` from A1, parsed as typed input (so "'=x" is text and
   * "=x" a formula); null (or a missing entry in a short row) leaves a cell as it is, "" empties it.
   */
  seedSheet(name: string, values?: readonly (readonly SeedValue[])[], options: { protected?: boolean } = {}): void {
    this.quietly(() => {
      const sheet = this.model.sheetByName(name) ?? this.model.addSheet(name, "seedSheet");
      const wasProtected = sheet.protected;
      sheet.protected = false;
      if (values && values.length > 0) this.seedGrid(sheet, 0, 0, values);
      sheet.protected = options.protected ?? wasProtected;
    });
  }

  /** Writes header and rows at `topLeftAddress` and makes them a table (one blank row when `rows` is empty). */
  seedTable(sheetName: string, tableName: string, topLeftAddress: string, header: readonly string[], rows: readonly (readonly SeedValue[])[]): void {
    this.quietly(() => {
      const sheet = this.model.sheetByName(sheetName) ?? this.model.addSheet(sheetName, "seedTable");
      const start = parseLocalAddress(topLeftAddress);
      if (!start) throw new Error(`seedTable: "${topLeftAddress}" is not an address.`);
      const wasProtected = sheet.protected;
      sheet.protected = false;
      try {
        header.forEach((h, i) => sheet.contents.set(start.row, start.column + i, { value: h, formula: null, quotePrefix: false }));
        if (rows.length > 0) this.seedGrid(sheet, start.row + 1, start.column, rows);
        const area = rect(start.row, start.column, rows.length + 1, header.length);
        const name = checkTableName(this.model, tableName, null, "seedTable");
        const table = addTable(this.model, sheet, area, true, "seedTable");
        table.name = name;
      } finally {
        sheet.protected = wasProtected;
      }
    });
  }

  seedName(name: string, formula: string, comment = ""): void {
    this.quietly(() => addDefinedName(this.model, name, formula, comment, "seedName"));
  }

  seedSetting(key: string, value: JsonValue): void {
    this.quietly(() => putSetting(this.model, key, value, "seedSetting"));
  }

  /** Puts a validation rule on a range, as if the user had made it. Returns the shared entry. */
  seedValidation(sheetName: string, address: string, rule: ValidationRule): ValidationEntry {
    const sheet = this.sheet(sheetName);
    const entry = newValidationEntry();
    entry.rule = rule;
    sheet.validation.set(this.area(address), entry);
    return entry;
  }

  /** Adds a conditional format at the top priority, as if the user had made it. */
  seedConditionalFormat(sheetName: string, address: string, format: SeedConditionalFormat): void {
    const sheet = this.sheet(sheetName);
    sheet.conditionalFormats.unshift({
      id: this.model.newId("cf"),
      area: this.area(address),
      type: format.type,
      rule: format.rule,
      stopIfTrue: false,
      fill: format.fill ?? null,
      fontColor: format.fontColor ?? null,
      fontBold: null,
      fontItalic: null,
    });
  }

  // ---- inspection -------------------------------------------------------------------------------------

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  cell(sheetName: string, address: string): CellInfo {
    const sheet = this.sheet(sheetName);
    const area = this.area(address);
    if (area.rowCount !== 1 || area.columnCount !== 1) throw new Error(`cell(): "${address}" is not a single cell.`);
    const { row, column } = area;
    const content = sheet.contents.get(row, column);
    return {
      value: content?.value ?? "",
      formula: content?.formula ?? null,
      quotePrefix: content?.quotePrefix ?? false,
      numberFormat: numberFormatAt(sheet, row, column),
      text: cellText(sheet, row, column),
      validation: sheet.validation.at(row, column),
      wrapText: sheet.formats.wrapText.get(row, column) ?? false,
      fill: sheet.formats.fillColor.get(row, column) ?? null,
      fontColor: sheet.formats.fontColor.get(row, column) ?? null,
      bold: sheet.formats.fontBold.get(row, column) ?? false,
      italic: sheet.formats.fontItalic.get(row, column) ?? false,
      fontSize: sheet.formats.fontSize.get(row, column) ?? 11,
      verticalAlignment: sheet.formats.verticalAlignment.get(row, column) ?? "Bottom",
    };
  }

  /** Height in points of a row given by its number on screen (1 = the first row). */
  rowHeight(sheetName: string, rowNumber: number): number {
    return rowHeightOf(this.sheet(sheetName), rowNumber - 1);
  }

  /** Merged blocks on a sheet, as local addresses ("A2:H2"). */
  merges(sheetName: string): string[] {
    return this.sheet(sheetName).merges.map(formatLocalAddress);
  }

  /** Values from A1 to the bottom-right of the used cells ([] for an empty sheet); formulas read "#FORMULA". */
  valuesOf(sheetName: string): CellScalar[][] {
    const sheet = this.sheet(sheetName);
    const used = usedArea(sheet, true);
    if (!used) return [];
    const grid: CellScalar[][] = [];
    for (let r = 0; r <= lastRow(used); r += 1) {
      const line: CellScalar[] = [];
      for (let c = 0; c <= lastColumn(used); c += 1) line.push(sheet.contents.get(r, c)?.value ?? "");
      grid.push(line);
    }
    return grid;
  }

  /** Every non-empty cell of every sheet, for before/after equality ("nothing was written"). */
  allValues(): WorkbookValues {
    const all: WorkbookValues = {};
    for (const sheet of this.model.sheets) {
      const cells: WorkbookValues[string] = {};
      const entries = [...sheet.contents.entries()].sort((a, b) => a[0].row - b[0].row || a[0].column - b[0].column);
      for (const [p, content] of entries) {
        cells[formatLocalAddress(rect(p.row, p.column, 1, 1))] = { value: content.value, formula: content.formula };
      }
      all[sheet.name] = cells;
    }
    return all;
  }

  /** The validation entry on one cell (shared by all cells set in the same operation), or null. */
  validationAt(sheetName: string, address: string): Readonly<ValidationEntry> | null {
    const area = this.area(address);
    return this.sheet(sheetName).validation.at(area.row, area.column);
  }

  conditionalFormatsOn(sheetName: string): ConditionalFormatInfo[] {
    return this.sheet(sheetName).conditionalFormats.map((cf, priority) => ({
      address: formatLocalAddress(cf.area),
      type: cf.type,
      priority,
      stopIfTrue: cf.stopIfTrue,
      rule: cf.rule,
      fill: cf.fill,
      font: { color: cf.fontColor, bold: cf.fontBold, italic: cf.fontItalic },
    }));
  }

  table(name: string): TableInfo | undefined {
    const table = this.model.tableByName(name);
    if (!table) return undefined;
    const sheet = this.model.sheetById(table.sheetId);
    if (!sheet) return undefined;
    return {
      name: table.name,
      sheet: sheet.name,
      address: qualifiedAddress(sheet.name, table.area),
      header: headerNames(sheet, table),
      dataRowCount: bodyArea(table).rowCount,
      style: table.style,
      showBandedRows: table.showBandedRows,
      showFilterButton: table.showFilterButton,
    };
  }

  tableNames(): string[] {
    return this.model.tables.map((t) => t.name);
  }

  names(): Array<{ readonly name: string; readonly formula: string; readonly comment: string }> {
    return this.model.names.map((n) => ({ name: n.name, formula: n.formula, comment: n.comment }));
  }

  settings(): Record<string, JsonValue> {
    return Object.fromEntries(this.model.settings.map((s) => [s.key, structuredClone(s.value)]));
  }

  frozenRows(sheetName: string): number {
    return this.sheet(sheetName).frozenRows;
  }

  /** Width in points of a column given by letters ("C"). */
  columnWidth(sheetName: string, columnLetters: string): number {
    const column = columnIndexOf(columnLetters);
    if (column < 0) throw new Error(`columnWidth(): "${columnLetters}" is not a column.`);
    return columnWidthOf(this.sheet(sheetName), column);
  }

  wrapText(sheetName: string, address: string): boolean {
    return this.cell(sheetName, address).wrapText;
  }

  /** Charts on a sheet: type, source address, title and position. */
  charts(sheetName: string): Array<Omit<ChartModel, "id" | "sheetId">> {
    const sheet = this.sheet(sheetName);
    return this.model.charts
      .filter((c) => c.sheetId === sheet.id)
      .map((c) => ({ type: c.type, source: c.source, seriesBy: c.seriesBy, title: c.title, position: c.position }));
  }

  pageLayout(sheetName: string): PageLayoutModel {
    return structuredClone(this.sheet(sheetName).pageLayout);
  }

  isProtected(sheetName: string): boolean {
    return this.sheet(sheetName).protected;
  }

  // ---- internals -------------------------------------------------------------------------------------

  private sheet(name: string): SheetModel {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`The fake workbook has no sheet "${name}" (it has: ${this.sheetNames().join(", ")}).`);
    return sheet;
  }

  private area(address: string): Rect {
    const area = parseLocalAddress(address);
    if (!area) throw new Error(`"${address}" is not a local A1 address.`);
    return area;
  }

  private seedGrid(sheet: SheetModel, row: number, column: number, values: readonly (readonly SeedValue[])[]): void {
    const width = Math.max(...values.map((line) => line.length));
    const grid = values.map((line) => Array.from({ length: width }, (_, i) => line[i] ?? null));
    writeCells(this.model, sheet, rect(row, column, grid.length, width), grid, "values", "seed", null);
  }

  /** Runs seeding code without leaving anything in the operation log. */
  private quietly(seed: () => void): void {
    const logged = this.model.operations.length;
    try {
      seed();
    } finally {
      this.model.operations.length = logged;
    }
  }
}

export function createFakeExcel(options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(options);
}

/** Puts the fake's `Excel`, `Office` and `OfficeExtension` on globalThis (remembering what was there). */
export function installFakeOffice(fake: FakeExcel): void {
  installGlobals(fake.globals);
}

export function uninstallFakeOffice(): void {
  uninstallGlobals();
}
