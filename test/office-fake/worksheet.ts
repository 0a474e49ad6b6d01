/** `Excel.Worksheet`, `WorksheetCollection`, `WorksheetFreezePanes`, `WorksheetProtection`. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  isEntireColumn,
  isEntireRow,
  isInsideSheet,
  lastColumn,
  lastRow,
  parseLocalAddress,
  rect,
  splitSheetQualifier,
  type Rect,
} from "./addresses";
import { invalidArgument, invalidOperation, itemNotFound } from "./errors";
import { FakeChangeEvent } from "./events";
import { sameName } from "./naming-rules";
import { referenceOf } from "./names";
import {
  FakeClientObject,
  FakeClientResult,
  FakeCollection,
  bindById,
  type Loadable,
  type Readers,
  type Resolver,
} from "./proxy-loading";
import { FakeRange, type RangeRef } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeSlicerCollection } from "./slicers";
import { FakeTableCollection } from "./tables";
import { FakeChartCollection } from "./charts";
import { FakePageLayout } from "./page-layout";
import { deleteSheet } from "./sheet-deletion";
import type { SheetModel, WorkbookModel } from "./workbook-model";

const MAX_ADDRESS_LENGTH = 8_192;

/** `worksheet.getRange(address)`: A1 forms, whole rows/columns, or a defined name on this sheet. */
export function resolveSheetAddress(model: WorkbookModel, sheet: SheetModel, address: unknown, location: string): Rect {
  if (address === undefined) return rect(0, 0, MAX_ROWS, MAX_COLUMNS);
  if (typeof address !== "string" || address.length > MAX_ADDRESS_LENGTH) {
    throw invalidArgument("The argument is invalid or missing or has an incorrect format.", location);
  }
  const split = splitSheetQualifier(address);
  if (split && split.sheet !== null && !sameName(split.sheet, sheet.name)) {
    throw invalidArgument(`"${address}" is on another sheet than "${sheet.name}".`, location);
  }
  const local = parseLocalAddress(split?.local ?? address);
  if (local) return local;
  const named = model.nameByName(address);
  const ref = named ? referenceOf(model, named.formula) : null;
  if (ref && ref.sheet === sheet) return ref.area;
  throw invalidArgument(`"${address}" is not an address or a name of a range on "${sheet.name}".`, location);
}

function boundingBox(areas: Iterable<Rect>): Rect | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const a of areas) {
    top = Math.min(top, a.row);
    left = Math.min(left, a.column);
    bottom = Math.max(bottom, lastRow(a));
    right = Math.max(right, lastColumn(a));
  }
  return bottom < 0 ? null : rect(top, left, bottom - top + 1, right - left + 1);
}

/** The used range: cells with content, and (unless valuesOnly) cells with formats set on bounded ranges. */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): Rect | null {
  function* areas(): IterableIterator<Rect> {
    for (const [p] of sheet.contents.entries()) yield rect(p.row, p.column, 1, 1);
    if (!valuesOnly) yield* sheet.formats.boundedAreas();
  }
  return boundingBox(areas());
}

interface WorksheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
}

export class FakeWorksheet extends FakeClientObject<SheetModel, WorksheetSnapshot> {
  private pageLayoutProxy: FakePageLayout | undefined;
  protected readonly typeName = "Worksheet";
  protected readonly readers: Readers<SheetModel, WorksheetSnapshot> = {
    name: (s) => s.name,
    id: (s) => s.id,
    position: (s) => this.context.model.sheets.indexOf(s),
    visibility: () => "Visible",
  };
  private tablesProxy: FakeTableCollection | undefined;
  private freezePanesProxy: FakeWorksheetFreezePanes | undefined;
  private protectionProxy: FakeWorksheetProtection | undefined;
  private slicersProxy: FakeSlicerCollection | undefined;
  private changedEvent: FakeChangeEvent | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<SheetModel>, options?: { orNull?: boolean; minApi?: string }) {
    super(context, resolver, options);
  }

  /** Cell changes on this sheet (ExcelApi 1.7). */
  get onChanged(): FakeChangeEvent {
    this.changedEvent ??= new FakeChangeEvent(this.context, () => this.model("Worksheet.onChanged").id, "1.7", "Worksheet.onChanged");
    return this.changedEvent;
  }

  /** For other parts of the fake (slicer destinations). */
  sheetFor(location: string): SheetModel {
    return this.model(location);
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    const location = "Worksheet.name";
    this.queueWrite(location, (sheet) => {
      const checked = this.context.model.checkSheetName(name, sheet.id, location);
      const before = sheet.name;
      sheet.name = checked;
      this.context.model.record({ kind: "renameSheet", sheet: before, to: checked });
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get position(): number {
    return this.loaded("position");
  }
  /** ExcelApi 1.1: moves the sheet to that place in the tab order (0 is first). */
  set position(position: number) {
    const location = "Worksheet.position";
    this.queueWrite(location, (sheet) => {
      const sheets = this.context.model.sheets;
      if (!Number.isInteger(position) || position < 0 || position >= sheets.length) {
        throw invalidArgument("The argument is invalid or missing or has an incorrect format.", location);
      }
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(position, 0, sheet);
      this.context.model.record({ kind: "moveSheet", sheet: sheet.name, to: position });
    });
  }
  get visibility(): string {
    return this.loaded("visibility");
  }

  get tables(): FakeTableCollection {
    this.tablesProxy ??= new FakeTableCollection(this.context, () => this.model("Worksheet.tables"));
    return this.tablesProxy;
  }

  get freezePanes(): FakeWorksheetFreezePanes {
    this.freezePanesProxy ??= new FakeWorksheetFreezePanes(this.context, () => this.model("Worksheet.freezePanes"));
    return this.freezePanesProxy;
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.model("Worksheet.protection"));
    return this.protectionProxy;
  }

  get slicers(): FakeSlicerCollection {
    this.slicersProxy ??= new FakeSlicerCollection(this.context, () => this.model("Worksheet.slicers"));
    return this.slicersProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "protection") return this.protection;
    if (name === "freezePanes") return this.freezePanes;
    if (name === "tables") return this.tables;
    return undefined;
  }

  get charts(): FakeChartCollection {
    return new FakeChartCollection(this.context, (location) => this.model(location));
  }

  get pageLayout(): FakePageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.context, (location) => this.model(location));
    return this.pageLayoutProxy;
  }

  /** Deletes the sheet (see sheet-deletion.ts). */
  delete(): void {
    this.queueWrite("Worksheet.delete", (sheet) => deleteSheet(this.context.model, sheet, "Worksheet.delete"));
  }

  activate(): void {
    this.queueWrite("Worksheet.activate", (sheet) => {
      this.context.model.activeSheetId = sheet.id;
      this.context.model.record({ kind: "activate", sheet: sheet.name });
    });
  }

  getRange(address?: string): FakeRange {
    const location = "Worksheet.getRange";
    return new FakeRange(this.context, () => {
      const sheet = this.model(location);
      return { sheet, area: resolveSheetAddress(this.context.model, sheet, address, location) };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const location = "Worksheet.getRangeByIndexes";
    return new FakeRange(
      this.context,
      () => {
        const area = rect(startRow, startColumn, rowCount, columnCount);
        if (!isInsideSheet(area)) {
          throw invalidArgument(`getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is not a block on the sheet.`, location);
        }
        return { sheet: this.model(location), area };
      },
      { minApi: "1.7" },
    );
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** An empty sheet's used range is A1 (office-js); use getUsedRangeOrNullObject to tell. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    const location = "Worksheet.getUsedRange";
    return new FakeRange(this.context, () => {
      const sheet = this.model(location);
      return { sheet, area: usedArea(sheet, valuesOnly === true) ?? rect(0, 0, 1, 1) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const location = "Worksheet.getUsedRangeOrNullObject";
    return new FakeRange(
      this.context,
      (): RangeRef | null => {
        const sheet = this.model(location);
        const area = usedArea(sheet, valuesOnly === true);
        return area ? { sheet, area } : null;
      },
      { orNull: true, minApi: "1.4" },
    );
  }
}

interface CollectionSnapshot {
  count: number;
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel, CollectionSnapshot, FakeWorksheet> {
  protected readonly typeName = "WorksheetCollection";
  protected readonly readers: Readers<readonly SheetModel[], CollectionSnapshot> = { count: (list) => list.length };

  private changedEvent: FakeChangeEvent | undefined;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model.sheets);
  }

  /** Cell changes on any sheet (ExcelApi 1.9). */
  get onChanged(): FakeChangeEvent {
    this.changedEvent ??= new FakeChangeEvent(this.context, () => null, "1.9", "WorksheetCollection.onChanged");
    return this.changedEvent;
  }

  protected itemProxy(sheet: SheetModel): FakeWorksheet {
    return this.byId(sheet.id, "Worksheet");
  }

  private byId(id: string, location: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      bindById(
        () => model.sheetById(id),
        (i) => model.sheetById(i),
        () => itemNotFound("The worksheet no longer exists.", location),
      ),
    );
  }

  /** Appends a sheet (not activated). Invalid names fail with InvalidArgument, duplicates with ItemAlreadyExists. */
  add(name?: string): FakeWorksheet {
    const location = "WorksheetCollection.add";
    let createdId: string | null = null;
    const model = this.context.model;
    const proxy = new FakeWorksheet(
      this.context,
      bindById(
        () => (createdId !== null ? model.sheetById(createdId) : undefined),
        (id) => model.sheetById(id),
        () => itemNotFound("The worksheet was never added.", location),
      ),
    );
    this.context.enqueue({
      location,
      mutates: true,
      minApi: null,
      apply: () => {
        const sheet = model.addSheet(name, location);
        createdId = sheet.id;
        model.record({ kind: "addSheet", sheet: sheet.name });
      },
    });
    return proxy;
  }

  getItem(key: string): FakeWorksheet {
    const location = "WorksheetCollection.getItem";
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      bindById(
        () => model.sheetByName(key) ?? model.sheetById(key),
        (id) => model.sheetById(id),
        () => itemNotFound(`The worksheet "${key}" does not exist.`, location),
      ),
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const model = this.context.model;
    return new FakeWorksheet(
      this.context,
      bindById(
        () => model.sheetByName(key) ?? model.sheetById(key),
        (id) => model.sheetById(id),
        null,
      ),
      { orNull: true, minApi: "1.4" },
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    const location = "WorksheetCollection.getActiveWorksheet";
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.activeSheet();
      if (!sheet) throw itemNotFound("The workbook has no sheets.", location);
      return sheet;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("WorksheetCollection.getCount");
    this.queueRead("WorksheetCollection.getCount", (list, commits) => {
      const count = list.length;
      commits.push(() => result.settle(count));
    });
    return result;
  }
}

const FREEZE_API = "1.7";

export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel, Record<string, never>> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly readers: Readers<SheetModel, Record<string, never>> = {};

  constructor(context: FakeRequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, { minApi: FREEZE_API });
  }

  private freeze(location: string, kind: string, rows: number, columns: number, detail: Record<string, unknown>): void {
    this.queueWrite(location, (sheet) => {
      sheet.frozenRows = rows;
      sheet.frozenColumns = columns;
      this.context.model.record({ kind, sheet: sheet.name, ...detail });
    });
  }

  /** Freezes the top `count` rows (0 unfreezes), replacing any earlier freeze. */
  freezeRows(count = 1): void {
    const location = "WorksheetFreezePanes.freezeRows";
    if (!Number.isInteger(count) || count < 0 || count >= MAX_ROWS) {
      this.queueWrite(location, () => {
        throw invalidArgument(`freezeRows(${count}): count must be a whole number ≥ 0.`, location);
      });
      return;
    }
    this.freeze(location, "freezeRows", count, 0, { count });
  }

  freezeColumns(count = 1): void {
    const location = "WorksheetFreezePanes.freezeColumns";
    if (!Number.isInteger(count) || count < 0 || count >= MAX_COLUMNS) {
      this.queueWrite(location, () => {
        throw invalidArgument(`freezeColumns(${count}): count must be a whole number ≥ 0.`, location);
      });
      return;
    }
    this.freeze(location, "freezeColumns", 0, count, { count });
  }

  unfreeze(): void {
    this.freeze("WorksheetFreezePanes.unfreeze", "unfreeze", 0, 0, {});
  }

  /** The frozen rows/columns as a range, or a null object when nothing is frozen. */
  getLocationOrNullObject(): FakeRange {
    const location = "WorksheetFreezePanes.getLocationOrNullObject";
    return new FakeRange(
      this.context,
      (): RangeRef | null => {
        const sheet = this.model(location);
        if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return null;
        const rows = sheet.frozenRows === 0 ? MAX_ROWS : sheet.frozenRows;
        const columns = sheet.frozenColumns === 0 ? MAX_COLUMNS : sheet.frozenColumns;
        return { sheet, area: rect(0, 0, rows, columns) };
      },
      { orNull: true, minApi: FREEZE_API },
    );
  }

  /** Freezes the rows above and columns left of (and including) the given range. */
  freezeAt(frozenRange: FakeRange | string): void {
    const location = "WorksheetFreezePanes.freezeAt";
    this.queueWrite(location, (sheet) => {
      let area: Rect;
      if (typeof frozenRange === "string") area = resolveSheetAddress(this.context.model, sheet, frozenRange, location);
      else {
        this.context.assertSameContext(frozenRange, location);
        area = frozenRange.refFor(location).area;
      }
      sheet.frozenRows = isEntireColumn(area) ? 0 : lastRow(area) + 1;
      sheet.frozenColumns = isEntireRow(area) ? 0 : lastColumn(area) + 1;
      this.context.model.record({ kind: "freezeAt", sheet: sheet.name, rows: sheet.frozenRows, columns: sheet.frozenColumns });
    });
  }
}

interface ProtectionSnapshot {
  protected: boolean;
}

export class FakeWorksheetProtection extends FakeClientObject<SheetModel, ProtectionSnapshot> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly readers: Readers<SheetModel, ProtectionSnapshot> = { protected: (s) => s.protected };

  constructor(context: FakeRequestContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, { minApi: "1.2" });
  }

  get protected(): boolean {
    return this.loaded("protected");
  }

  /** Fails when the sheet is already protected. Protection options are not modelled. */
  protect(_options?: unknown, password?: string): void {
    const location = "WorksheetProtection.protect";
    this.queueWrite(location, (sheet) => {
      if (sheet.protected) throw invalidOperation(`The sheet "${sheet.name}" is already protected.`, location);
      sheet.protected = true;
      sheet.protectionPassword = password ?? null;
      this.context.model.record({ kind: "protect", sheet: sheet.name });
    });
  }

  unprotect(password?: string): void {
    const location = "WorksheetProtection.unprotect";
    this.queueWrite(location, (sheet) => {
      if (sheet.protected && sheet.protectionPassword !== null && sheet.protectionPassword !== password) {
        throw invalidArgument("The password is incorrect.", location);
      }
      sheet.protected = false;
      sheet.protectionPassword = null;
      this.context.model.record({ kind: "unprotect", sheet: sheet.name });
    });
  }
}
