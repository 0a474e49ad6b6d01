/** `Excel.Range`: a fixed block of cells on one sheet, resolved once per sync. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  formatLocalAddress,
  isEntireColumn,
  isEntireRow,
  isInsideSheet,
  lastColumn,
  lastRow,
  qualifiedAddress,
  rect,
  type Rect,
} from "./addresses";
import { FakeConditionalFormatCollection } from "./conditional-formats";
import { FakeDataValidation } from "./data-validation";
import { invalidArgument } from "./errors";
import { FakeClientObject, type Loadable, type Readers, type Resolver } from "./proxy-loading";
import { FakeRangeFormat } from "./range-format";
import { rowHiddenByFilters } from "./table-filters";
import { cellFormula, cellText, cellValue, clearCells, columnWidthOf, numberFormatAt, readGrid, writeCells, writeNumberFormats } from "./range-writes";
import type { FakeRequestContext } from "./request-context";
import { mergeRange, sumHeights } from "./row-layout";
import type { CellScalar } from "./values-parsing";
import type { SheetModel, WorkbookModel } from "./workbook-model";
import { FakeWorksheet } from "./worksheet";

export interface RangeRef {
  readonly sheet: SheetModel;
  readonly area: Rect;
}

type RangeValueType = "Empty" | "String" | "Double" | "Boolean" | "Unknown";

export interface RangeSnapshot {
  address: string;
  addressLocal: string;
  values: CellScalar[][];
  formulas: CellScalar[][];
  text: string[][];
  numberFormat: string[][];
  valueTypes: RangeValueType[][];
  rowCount: number;
  columnCount: number;
  rowIndex: number;
  columnIndex: number;
  cellCount: number;
  isEntireColumn: boolean;
  isEntireRow: boolean;
  left: number;
  top: number;
  width: number;
  height: number;
  rowHidden: boolean | null;
}

const at = (location: string): string => `Range.${location}`;

const rangeReaders: Omit<Readers<RangeRef, RangeSnapshot>, "rowHidden"> = {
  address: (r) => qualifiedAddress(r.sheet.name, r.area),
  addressLocal: (r) => qualifiedAddress(r.sheet.name, r.area),
  values: (r) => readGrid(r.area, at("values"), (row, c) => cellValue(r.sheet, row, c)),
  formulas: (r) => readGrid(r.area, at("formulas"), (row, c) => cellFormula(r.sheet, row, c)),
  text: (r) => readGrid(r.area, at("text"), (row, c) => cellText(r.sheet, row, c)),
  numberFormat: (r) => readGrid(r.area, at("numberFormat"), (row, c) => numberFormatAt(r.sheet, row, c)),
  valueTypes: (r) =>
    readGrid(r.area, at("valueTypes"), (row, c): RangeValueType => {
      const cell = r.sheet.contents.get(row, c);
      if (!cell || (cell.value === "" && cell.formula === null)) return "Empty";
      if (cell.formula !== null) return "Unknown";
      if (typeof cell.value === "number") return "Double";
      if (typeof cell.value === "boolean") return "Boolean";
      return "String";
    }),
  rowCount: (r) => r.area.rowCount,
  columnCount: (r) => r.area.columnCount,
  rowIndex: (r) => r.area.row,
  columnIndex: (r) => r.area.column,
  cellCount: (r) => cellCount(r.area),
  isEntireColumn: (r) => isEntireColumn(r.area),
  isEntireRow: (r) => isEntireRow(r.area),
  left: (r) => sumWidths(r.sheet, 0, r.area.column),
  top: (r) => sumHeights(r.sheet, 0, r.area.row),
  width: (r) => sumWidths(r.sheet, r.area.column, r.area.columnCount),
  height: (r) => sumHeights(r.sheet, r.area.row, r.area.rowCount),
};

/** ExcelApi 1.2: true when every row of the range is hidden (by a table filter), false when none is, null when mixed. */
function rowHidden(model: WorkbookModel, r: RangeRef): boolean | null {
  let hidden = 0;
  const rows = Math.min(r.area.rowCount, 100_000);
  for (let row = r.area.row; row < r.area.row + rows; row += 1) {
    if (rowHiddenByFilters(model, r.sheet, row)) hidden += 1;
  }
  return hidden === 0 ? false : hidden === rows ? true : null;
}

function sumWidths(sheet: SheetModel, from: number, count: number): number {
  let total = 0;
  for (let c = from; c < from + count; c += 1) total += columnWidthOf(sheet, c);
  return total;
}

function checkCount(value: unknown, name: string, location: string, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    throw invalidArgument(`${name} must be a whole number ≥ ${min}.`, location);
  }
  return value;
}

export class FakeRange extends FakeClientObject<RangeRef, RangeSnapshot> {
  protected readonly typeName = "Range";
  protected readonly readers: Readers<RangeRef, RangeSnapshot> = { ...rangeReaders, rowHidden: (r) => rowHidden(this.context.model, r) };
  protected override readonly propertyMinApi = { left: "1.3", top: "1.3", width: "1.3", height: "1.3", rowHidden: "1.2" };
  private formatProxy: FakeRangeFormat | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private conditionalFormatsProxy: FakeConditionalFormatCollection | undefined;
  private worksheetProxy: FakeWorksheet | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeRef>, options?: { orNull?: boolean; minApi?: string }) {
    super(context, resolver, options);
  }

  /** The model for helpers elsewhere in the fake (tables, names, validation sources); throws for null objects. */
  refFor(location: string): RangeRef {
    return this.model(location);
  }

  get address(): string {
    return this.loaded("address");
  }
  get addressLocal(): string {
    return this.loaded("addressLocal");
  }
  get values(): CellScalar[][] {
    return this.loaded("values");
  }
  set values(values: unknown) {
    this.context.notePayload(values);
    this.queueWrite(at("values"), (r) => writeCells(this.context.model, r.sheet, r.area, values, "values", at("values")));
  }
  get formulas(): CellScalar[][] {
    return this.loaded("formulas");
  }
  set formulas(formulas: unknown) {
    this.context.notePayload(formulas);
    this.queueWrite(at("formulas"), (r) => writeCells(this.context.model, r.sheet, r.area, formulas, "formulas", at("formulas")));
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(formats: unknown) {
    this.queueWrite(at("numberFormat"), (r) => writeNumberFormats(this.context.model, r.sheet, r.area, formats, at("numberFormat")));
  }
  get valueTypes(): RangeValueType[][] {
    return this.loaded("valueTypes");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get cellCount(): number {
    return this.loaded("cellCount");
  }
  get isEntireColumn(): boolean {
    return this.loaded("isEntireColumn");
  }
  get isEntireRow(): boolean {
    return this.loaded("isEntireRow");
  }
  /** Position and size in points (ExcelApi 1.3), from column widths and row heights. */
  get left(): number {
    return this.loaded("left");
  }
  get top(): number {
    return this.loaded("top");
  }
  get width(): number {
    return this.loaded("width");
  }
  get height(): number {
    return this.loaded("height");
  }

  get rowHidden(): boolean | null {
    return this.loaded("rowHidden");
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.context, () => this.model("Range.format"));
    return this.formatProxy;
  }

  get dataValidation(): FakeDataValidation {
    this.validationProxy ??= new FakeDataValidation(this.context, () => this.model("Range.dataValidation"));
    return this.validationProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(this.context, () => this.model("Range.conditionalFormats"));
    return this.conditionalFormatsProxy;
  }

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.context, () => this.model("Range.worksheet").sheet);
    return this.worksheetProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    switch (name) {
      case "format":
        return this.format;
      case "worksheet":
        return this.worksheet;
      case "dataValidation":
        return this.dataValidation;
      case "conditionalFormats":
        return this.conditionalFormats;
      default:
        return undefined;
    }
  }

  /** A range derived from this one when the batch runs; fails at sync if it falls off the sheet. */
  private derive(method: string, toArea: (area: Rect) => Rect, minApi?: string): FakeRange {
    const location = at(method);
    return new FakeRange(
      this.context,
      () => {
        const ref = this.model(location);
        if (minApi !== undefined) this.context.model.requireApi(minApi, location);
        const area = toArea(ref.area);
        if (!isInsideSheet(area)) throw invalidArgument(`${method} would fall outside the worksheet.`, location);
        return { sheet: ref.sheet, area };
      },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.derive("getCell", (a) => rect(a.row + checkCount(row, "row", at("getCell"), 0), a.column + checkCount(column, "column", at("getCell"), 0), 1, 1));
  }

  getRow(row: number): FakeRange {
    return this.derive("getRow", (a) => rect(a.row + checkCount(row, "row", at("getRow"), 0), a.column, 1, a.columnCount));
  }

  getColumn(column: number): FakeRange {
    return this.derive("getColumn", (a) => rect(a.row, a.column + checkCount(column, "column", at("getColumn"), 0), a.rowCount, 1));
  }

  getLastRow(): FakeRange {
    return this.derive("getLastRow", (a) => rect(lastRow(a), a.column, 1, a.columnCount));
  }

  getLastColumn(): FakeRange {
    return this.derive("getLastColumn", (a) => rect(a.row, lastColumn(a), a.rowCount, 1));
  }

  getEntireColumn(): FakeRange {
    return this.derive("getEntireColumn", (a) => rect(0, a.column, MAX_ROWS, a.columnCount));
  }

  getEntireRow(): FakeRange {
    return this.derive("getEntireRow", (a) => rect(a.row, 0, a.rowCount, MAX_COLUMNS));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derive(
      "getResizedRange",
      (a) => rect(a.row, a.column, a.rowCount + checkInteger(deltaRows, "getResizedRange"), a.columnCount + checkInteger(deltaColumns, "getResizedRange")),
      "1.2",
    );
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derive("getOffsetRange", (a) =>
      rect(a.row + checkInteger(rowOffset, "getOffsetRange"), a.column + checkInteger(columnOffset, "getOffsetRange"), a.rowCount, a.columnCount),
    );
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derive("getRowsBelow", (a) => rect(lastRow(a) + 1, a.column, checkCount(count, "count", at("getRowsBelow"), 1), a.columnCount), "1.2");
  }

  getRowsAbove(count = 1): FakeRange {
    return this.derive("getRowsAbove", (a) => {
      const n = checkCount(count, "count", at("getRowsAbove"), 1);
      return rect(a.row - n, a.column, n, a.columnCount);
    }, "1.2");
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.derive("getColumnsAfter", (a) => rect(a.row, lastColumn(a) + 1, a.rowCount, checkCount(count, "count", at("getColumnsAfter"), 1)), "1.2");
  }

  getColumnsBefore(count = 1): FakeRange {
    return this.derive("getColumnsBefore", (a) => {
      const n = checkCount(count, "count", at("getColumnsBefore"), 1);
      return rect(a.row, a.column - n, a.rowCount, n);
    }, "1.2");
  }

  /** Selects the range (and activates its sheet); the fake records it as the selection. */
  select(): void {
    this.queueWrite(at("select"), (r) => {
      const model = this.context.model;
      model.activeSheetId = r.sheet.id;
      model.selection = { sheet: r.sheet.name, address: formatLocalAddress(r.area) };
      model.record({ kind: "select", sheet: r.sheet.name, address: formatLocalAddress(r.area) });
    });
  }

  clear(applyTo?: "All" | "Contents" | "Formats"): void {
    this.queueWrite(at("clear"), (r) => clearCells(this.context.model, r.sheet, r.area, applyTo, at("clear")));
  }

  /** ExcelApi 1.2; see row-layout.ts. */
  merge(across?: boolean): void {
    this.queueWrite(at("merge"), (r) => mergeRange(this.context.model, r.sheet, r.area, across, at("merge")), "1.2");
  }
}

function checkInteger(value: unknown, method: string): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw invalidArgument("Offsets must be whole numbers.", at(method));
  return value;
}
