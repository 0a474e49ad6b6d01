/**
 * The fake workbook's state: plain data that the proxies read and write only while a batch is applied at
 * `context.sync()`. Also the sync counter, the operation log and the requirement-set level.
 */
import type { Rect } from "./addresses";
import { CellContents, CellFormats } from "./cell-store";
import type { CellEdit, RegisteredHandler } from "./events";
import { FakeErrorCodes, FakeOfficeError, invalidArgument, itemAlreadyExists, itemNotFound } from "./errors";
import { sameName, sheetNameProblem } from "./naming-rules";
import { ValidationStore } from "./validation-store";
import type { ChartModel } from "./charts";
import { defaultPageLayout, type PageLayoutModel } from "./page-layout";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One applied mutation, for tests that assert what was (or was not) written. */
export interface OperationRecord {
  readonly kind: string;
  readonly sheet?: string;
  readonly address?: string;
  readonly [detail: string]: unknown;
}

export type ConditionalFormatType = "CellValue" | "Custom" | "ContainsText" | "PresetCriteria";

export interface CellValueRule {
  readonly formula1: string;
  readonly formula2?: string;
  readonly operator: string;
}

export type ConditionalRule =
  | CellValueRule
  | { readonly formula: string }
  | { readonly operator: string; readonly text: string }
  | { readonly criterion: string };

export interface ConditionalFormatModel {
  readonly id: string;
  area: Rect;
  readonly type: ConditionalFormatType;
  rule: ConditionalRule | null;
  stopIfTrue: boolean;
  fill: string | null;
  fontColor: string | null;
  fontBold: boolean | null;
  fontItalic: boolean | null;
}

export interface SheetModel {
  readonly id: string;
  name: string;
  protected: boolean;
  protectionPassword: string | null;
  readonly contents: CellContents;
  readonly formats: CellFormats;
  readonly validation: ValidationStore;
  /** In priority order: index 0 is the top priority. */
  conditionalFormats: ConditionalFormatModel[];
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in points, for columns that are not the default width. */
  readonly columnWidths: Map<number, number>;
  /** Row heights in points, for rows that are not the default height (15 points). */
  readonly rowHeights: Map<number, number>;
  /** Merged blocks (Range.merge). */
  merges: Rect[];
  readonly pageLayout: PageLayoutModel;
}

export interface TableModel {
  readonly id: string;
  name: string;
  readonly sheetId: string;
  /** Header row included. */
  area: Rect;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
}

export interface NamedItemModel {
  readonly id: string;
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface SettingModel {
  readonly id: string;
  readonly key: string;
  value: JsonValue;
}

export interface SlicerModel {
  readonly id: string;
  name: string;
  caption: string;
  readonly tableId: string;
  readonly columnName: string;
  readonly sheetId: string;
  style: string;
  left: number;
  top: number;
  width: number;
  height: number;
  selectedItems: string[] | null;
}

/** Excel's standard column width (8.43 characters of Calibri 11), in points. */
export const DEFAULT_COLUMN_WIDTH = 48;

function versionParts(version: string): [number, number] {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  if (!m) throw new Error(`Not a requirement-set version: "${version}"`);
  return [Number(m[1]), Number(m[2] ?? "0")];
}

/** a >= b for "1.10" style versions. */
export function versionAtLeast(a: string, b: string): boolean {
  const [aMajor, aMinor] = versionParts(a);
  const [bMajor, bMinor] = versionParts(b);
  return aMajor > bMajor || (aMajor === bMajor && aMinor >= bMinor);
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names: NamedItemModel[] = [];
  readonly settings: SettingModel[] = [];
  readonly slicers: SlicerModel[] = [];
  readonly charts: ChartModel[] = [];
  activeSheetId: string | null = null;
  /** Reported through Office.context.officeTheme. */
  darkTheme = false;
  selection: { readonly sheet: string; readonly address: string } | null = null;
  operations: OperationRecord[] = [];
  syncCount = 0;
  /** Estimated bytes of written values in each sync's request, in order. */
  requestBytes: number[] = [];
  /** Cell changes not yet delivered to onChanged handlers. */
  readonly pendingEdits: CellEdit[] = [];
  readonly changeHandlers: RegisteredHandler[] = [];
  /** What event handlers threw; Excel only logs these, tests should look. */
  readonly eventHandlerErrors: unknown[] = [];
  private nextId = 1;

  constructor(
    readonly excelApi: string,
    readonly platform: string,
  ) {
    versionParts(excelApi);
  }

  /** GUID-like ids (as Excel's), so an id can never be mistaken for a sheet or table name. */
  newId(prefix: string): string {
    const id = `{${prefix}-${this.nextId}}`;
    this.nextId += 1;
    return id;
  }

  supports(version: string): boolean {
    return versionAtLeast(this.excelApi, version);
  }

  /** Fails like Excel does when the add-in calls an API its host's requirement set lacks. */
  requireApi(version: string, location: string): void {
    if (!this.supports(version)) {
      throw new FakeOfficeError(
        FakeErrorCodes.apiNotFound,
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (needs ExcelApi ${version}, this Excel has ${this.excelApi}).`,
        location,
      );
    }
  }

  record(operation: OperationRecord): void {
    this.operations.push(operation);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.sheets.find((s) => sameName(s.name, name));
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheetById(id: string, location: string): SheetModel {
    const sheet = this.sheetById(id);
    if (!sheet) throw itemNotFound("The worksheet no longer exists.", location);
    return sheet;
  }

  tableByName(name: string): TableModel | undefined {
    return this.tables.find((t) => sameName(t.name, name));
  }

  tableById(id: string): TableModel | undefined {
    return this.tables.find((t) => t.id === id);
  }

  nameByName(name: string): NamedItemModel | undefined {
    return this.names.find((n) => sameName(n.name, name));
  }

  /** Tables and defined names share one namespace (case-insensitive). */
  assertNameFree(name: string, exceptId: string | null, location: string): void {
    const table = this.tables.find((t) => sameName(t.name, name) && t.id !== exceptId);
    if (table) throw itemAlreadyExists(`A table named "${table.name}" already exists.`, location);
    const defined = this.names.find((n) => sameName(n.name, name) && n.id !== exceptId);
    if (defined) throw itemAlreadyExists(`A defined name "${defined.name}" already exists.`, location);
  }

  activeSheet(): SheetModel | undefined {
    return (this.activeSheetId !== null ? this.sheetById(this.activeSheetId) : undefined) ?? this.sheets[0];
  }

  /** Protected sheets refuse every change to cells, formats, validation and tables. */
  assertWritable(sheet: SheetModel, location: string): void {
    if (sheet.protected) {
      throw new FakeOfficeError(
        FakeErrorCodes.accessDenied,
        `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`,
        location,
      );
    }
  }

  checkSheetName(name: unknown, exceptId: string | null, location: string): string {
    const problem = sheetNameProblem(name);
    if (problem !== null || typeof name !== "string") throw invalidArgument(problem ?? "Invalid sheet name.", location);
    const clash = this.sheets.find((s) => sameName(s.name, name) && s.id !== exceptId);
    if (clash) throw itemAlreadyExists(`A sheet named "${clash.name}" already exists.`, location);
    return name;
  }

  /** Adds a sheet at the end (as `worksheets.add` does), without activating it. */
  addSheet(name: unknown, location: string): SheetModel {
    const finalName = name === undefined ? this.nextDefaultSheetName() : this.checkSheetName(name, null, location);
    const sheet: SheetModel = {
      id: this.newId("sheet"),
      name: finalName,
      protected: false,
      protectionPassword: null,
      contents: new CellContents(),
      formats: new CellFormats(),
      validation: new ValidationStore(),
      conditionalFormats: [],
      frozenRows: 0,
      frozenColumns: 0,
      columnWidths: new Map(),
      rowHeights: new Map(),
      merges: [],
      pageLayout: defaultPageLayout(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null) this.activeSheetId = sheet.id;
    return sheet;
  }

  private nextDefaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n += 1) {
      if (!this.sheetByName(`Sheet${n}`)) return `Sheet${n}`;
    }
  }
}
