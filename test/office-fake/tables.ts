/** `Excel.Table`, `TableCollection`, `TableColumnCollection`, `TableColumn`, `TableRowCollection`. */
import { formatLocalAddress, parseLocalAddress, rect, splitSheetQualifier, type Rect } from "./addresses";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { sameName } from "./naming-rules";
import { FakeClientObject, FakeClientResult, FakeCollection, bindById, type Loadable, type Readers, type Resolver } from "./proxy-loading";
import { FakeRange } from "./range";
import { cellValue, readGrid } from "./range-writes";
import type { FakeRequestContext } from "./request-context";
import { insertTableColumn } from "./table-column-insert";
import { addTable, bodyArea, checkTableName, headerArea, headerNames, normaliseHeaders } from "./table-model";
import { FakeFilter, clearTableFilters } from "./table-filters";
import { TABLE_RESIZE_API, resizeTable } from "./table-resize";
import type { CellScalar } from "./values-parsing";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";
import { FakeWorksheet } from "./worksheet";

const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function tableSheet(model: WorkbookModel, table: TableModel, location: string): SheetModel {
  return model.requireSheetById(table.sheetId, location);
}

/** Where `tables.add(address)` puts the table: the range's sheet, the collection's sheet, or the active sheet. */
function tableTarget(
  context: FakeRequestContext,
  scope: SheetModel | null,
  address: unknown,
  location: string,
): { sheet: SheetModel; area: Rect } {
  const model = context.model;
  if (address instanceof FakeRange) {
    context.assertSameContext(address, location);
    const ref = address.refFor(location);
    if (scope && ref.sheet !== scope) throw invalidArgument("The range is on another worksheet than this table collection.", location);
    return { sheet: ref.sheet, area: ref.area };
  }
  if (typeof address !== "string") throw invalidArgument("tables.add needs an address string or a Range.", location);
  const split = splitSheetQualifier(address);
  const area = split ? parseLocalAddress(split.local) : null;
  if (!split || !area) throw invalidArgument(`"${address}" is not a range address.`, location);
  let sheet: SheetModel | undefined;
  if (split.sheet !== null) {
    sheet = model.sheetByName(split.sheet);
    if (!sheet) throw invalidArgument(`The sheet "${split.sheet}" in "${address}" does not exist.`, location);
    if (scope && sheet !== scope) throw invalidArgument("The address is on another worksheet than this table collection.", location);
  } else {
    sheet = scope ?? model.activeSheet();
    if (!sheet) throw invalidArgument("The workbook has no sheets.", location);
  }
  return { sheet, area };
}

interface TableCollectionSnapshot {
  count: number;
}

/** Workbook-wide (`workbook.tables`) or one sheet's (`worksheet.tables`) tables. */
export class FakeTableCollection extends FakeCollection<TableModel, TableCollectionSnapshot, FakeTable> {
  protected readonly typeName = "TableCollection";
  protected readonly readers: Readers<readonly TableModel[], TableCollectionSnapshot> = { count: (list) => list.length };
  private readonly scope: Resolver<SheetModel> | null;

  constructor(context: FakeRequestContext, scope: Resolver<SheetModel> | null) {
    super(context, () => {
      const sheet = scope ? scope() : null;
      return sheet ? context.model.tables.filter((t) => t.sheetId === sheet.id) : context.model.tables;
    });
    this.scope = scope;
  }

  private scopeSheet(): SheetModel | null {
    return this.scope ? this.scope() : null;
  }

  private inScope(table: TableModel | undefined): TableModel | undefined {
    const sheet = this.scopeSheet();
    return table && (!sheet || table.sheetId === sheet.id) ? table : undefined;
  }

  private proxyFor(initial: () => TableModel | undefined, location: string, orNull: boolean, minApi?: string): FakeTable {
    const model = this.context.model;
    return new FakeTable(
      this.context,
      bindById(initial, (id) => model.tableById(id), orNull ? null : () => itemNotFound("The table does not exist.", location)),
      { orNull, ...(minApi !== undefined ? { minApi } : {}) },
    );
  }

  protected itemProxy(table: TableModel): FakeTable {
    return this.proxyFor(() => this.context.model.tableById(table.id), "Table", false);
  }

  /**
   * Makes a table over `address` (header row first). A header-only range gets one blank data row; a range
   * overlapping another table fails with InvalidArgument.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    const location = "TableCollection.add";
    let createdId: string | null = null;
    const proxy = this.proxyFor(() => (createdId !== null ? this.context.model.tableById(createdId) : undefined), location, false);
    this.context.enqueue({
      location,
      mutates: true,
      minApi: null,
      apply: () => {
        const target = tableTarget(this.context, this.scopeSheet(), address, location);
        const table = addTable(this.context.model, target.sheet, target.area, hasHeaders, location);
        createdId = table.id;
        this.context.model.record({
          kind: "addTable",
          sheet: target.sheet.name,
          address: formatLocalAddress(table.area),
          table: table.name,
        });
      },
    });
    return proxy;
  }

  getItem(key: string): FakeTable {
    const model = this.context.model;
    return this.proxyFor(() => this.inScope(model.tableByName(key) ?? model.tableById(key)), "TableCollection.getItem", false);
  }

  getItemOrNullObject(key: string): FakeTable {
    const model = this.context.model;
    return this.proxyFor(() => this.inScope(model.tableByName(key) ?? model.tableById(key)), "TableCollection.getItemOrNullObject", true, "1.4");
  }

  getItemAt(index: number): FakeTable {
    return this.proxyFor(() => this.model("TableCollection.getItemAt")[index], "TableCollection.getItemAt", false);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("TableCollection.getCount");
    this.queueRead(
      "TableCollection.getCount",
      (list, commits) => {
        const count = list.length;
        commits.push(() => result.settle(count));
      },
      "1.4",
    );
    return result;
  }
}

interface TableSnapshot {
  name: string;
  id: string;
  style: string;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  showHeaders: boolean;
  showTotals: boolean;
}

const tableReaders: Readers<TableModel, TableSnapshot> = {
  name: (t) => t.name,
  id: (t) => t.id,
  style: (t) => t.style,
  showBandedRows: (t) => t.showBandedRows,
  showBandedColumns: (t) => t.showBandedColumns,
  showFilterButton: (t) => t.showFilterButton,
  showHeaders: () => true,
  showTotals: () => false,
};

export class FakeTable extends FakeClientObject<TableModel, TableSnapshot> {
  protected readonly typeName = "Table";
  protected readonly readers = tableReaders;
  protected override readonly propertyMinApi = { showBandedRows: "1.3", showBandedColumns: "1.3", showFilterButton: "1.3" };
  private worksheetProxy: FakeWorksheet | undefined;
  private columnsProxy: FakeTableColumnCollection | undefined;
  private rowsProxy: FakeTableRowCollection | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<TableModel>, options?: { orNull?: boolean; minApi?: string }) {
    super(context, resolver, options);
  }

  /** For other parts of the fake (slicers). */
  tableFor(location: string): TableModel {
    return this.model(location);
  }

  /** Unique across the workbook (tables and defined names), checked at sync. */
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    const location = "Table.name";
    this.queueWrite(location, (table) => {
      const checked = checkTableName(this.context.model, name, table.id, location);
      const before = table.name;
      table.name = checked;
      this.context.model.record({ kind: "table.name", table: before, to: checked });
    });
  }
  get id(): string {
    return this.loaded("id");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    const location = "Table.style";
    this.queueWrite(location, (table) => {
      if (typeof style !== "string" || !BUILT_IN_STYLE.test(style)) {
        throw invalidArgument(`"${String(style)}" is not a built-in table style (custom styles are not modelled).`, location);
      }
      this.context.model.assertWritable(tableSheet(this.context.model, table, location), location);
      table.style = style;
      this.context.model.record({ kind: "table.style", table: table.name, style });
    });
  }
  get showBandedRows(): boolean {
    return this.loaded("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.setFlag("showBandedRows", show, (t, v) => (t.showBandedRows = v));
  }
  get showBandedColumns(): boolean {
    return this.loaded("showBandedColumns");
  }
  set showBandedColumns(show: boolean) {
    this.setFlag("showBandedColumns", show, (t, v) => (t.showBandedColumns = v));
  }
  get showFilterButton(): boolean {
    return this.loaded("showFilterButton");
  }
  set showFilterButton(show: boolean) {
    this.setFlag("showFilterButton", show, (t, v) => (t.showFilterButton = v));
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }

  private setFlag(property: string, value: unknown, apply: (t: TableModel, v: boolean) => void): void {
    const location = `Table.${property}`;
    this.queueWrite(
      location,
      (table) => {
        if (typeof value !== "boolean") throw invalidArgument(`${property} must be true or false.`, location);
        this.context.model.assertWritable(tableSheet(this.context.model, table, location), location);
        apply(table, value);
        this.context.model.record({ kind: `table.${property}`, table: table.name, value });
      },
      "1.3",
    );
  }

  get worksheet(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(
      this.context,
      () => tableSheet(this.context.model, this.model("Table.worksheet"), "Table.worksheet"),
      { minApi: "1.2" },
    );
    return this.worksheetProxy;
  }

  get columns(): FakeTableColumnCollection {
    this.columnsProxy ??= new FakeTableColumnCollection(this.context, () => this.model("Table.columns"));
    return this.columnsProxy;
  }

  get rows(): FakeTableRowCollection {
    this.rowsProxy ??= new FakeTableRowCollection(this.context, () => this.model("Table.rows"));
    return this.rowsProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "worksheet") return this.worksheet;
    if (name === "columns") return this.columns;
    if (name === "rows") return this.rows;
    return undefined;
  }

  private part(method: string, area: (t: TableModel) => Rect): FakeRange {
    const location = `Table.${method}`;
    return new FakeRange(this.context, () => {
      const table = this.model(location);
      return { sheet: tableSheet(this.context.model, table, location), area: area(table) };
    });
  }

  getRange(): FakeRange {
    return this.part("getRange", (t) => t.area);
  }

  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", headerArea);
  }

  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", bodyArea);
  }

  /** Removes every column filter (ExcelApi 1.2); no cell changes. */
  clearFilters(): void {
    this.queueWrite("Table.clearFilters", (table) => clearTableFilters(this.context.model, table, "Table.clearFilters"), "1.2");
  }

  /** See table-resize.ts (ExcelApi 1.13). */
  resize(newRange: string | FakeRange): void {
    this.queueWrite("Table.resize", (table) => resizeTable(this.context, table, newRange, "Table.resize"), TABLE_RESIZE_API);
  }

  /** Removes the table but keeps its cells (ExcelApi 1.2). */
  convertToRange(): FakeRange {
    const location = "Table.convertToRange";
    let area: { sheet: SheetModel; area: Rect } | null = null;
    this.queueWrite(
      location,
      (table) => {
        const model = this.context.model;
        const sheet = tableSheet(model, table, location);
        model.assertWritable(sheet, location);
        model.tables.splice(model.tables.indexOf(table), 1);
        area = { sheet, area: table.area };
        model.record({ kind: "table.convertToRange", table: table.name, sheet: sheet.name, address: formatLocalAddress(table.area) });
      },
      "1.2",
    );
    return new FakeRange(this.context, () => {
      if (area === null) throw itemNotFound("The table was not converted.", location);
      return area;
    });
  }
}

/** A table column: the table plus the column's position, found by name (or id) once per sync. */
export interface TableColumnRef {
  readonly table: TableModel;
  readonly sheet: SheetModel;
  readonly index: number;
}

function columnsOf(model: WorkbookModel, table: TableModel, location: string): TableColumnRef[] {
  const sheet = tableSheet(model, table, location);
  return headerNames(sheet, table).map((_, index) => ({ table, sheet, index }));
}

function findColumn(model: WorkbookModel, table: TableModel, key: string | number, location: string): TableColumnRef | null {
  const sheet = tableSheet(model, table, location);
  const names = headerNames(sheet, table);
  let index = typeof key === "string" ? names.indexOf(key) : -1;
  if (index < 0 && typeof key === "string") index = names.findIndex((n) => sameName(n, key));
  if (index < 0) {
    const asId = Number(key);
    if (Number.isInteger(asId) && asId >= 1 && asId <= names.length) index = asId - 1;
  }
  return index < 0 ? null : { table, sheet, index };
}

export class FakeTableColumnCollection extends FakeCollection<TableColumnRef, { count: number }, FakeTableColumn> {
  protected readonly typeName = "TableColumnCollection";
  protected readonly readers: Readers<readonly TableColumnRef[], { count: number }> = { count: (list) => list.length };
  private readonly table: Resolver<TableModel>;

  constructor(context: FakeRequestContext, table: Resolver<TableModel>) {
    super(context, () => {
      const t = table();
      return t ? columnsOf(context.model, t, "TableColumnCollection") : null;
    });
    this.table = table;
  }

  protected itemProxy(ref: TableColumnRef): FakeTableColumn {
    return new FakeTableColumn(this.context, () => ref);
  }

  private byKey(key: string | number, location: string, orNull: boolean): Resolver<TableColumnRef> {
    return () => {
      const table = this.table();
      if (!table) throw itemNotFound("The table is a null object.", location);
      const found = findColumn(this.context.model, table, key, location);
      if (found || orNull) return found;
      throw itemNotFound(`The table "${table.name}" has no column "${key}".`, location);
    };
  }

  /**
   * Inserts a blank column at `index` (null or -1: at the end) named `name` (ExcelApi 1.4; the header
   * is literal text). Only the table's rows shift right. Values are not modelled: pass null.
   */
  add(index?: number | null, values?: unknown, name?: string): FakeTableColumn {
    const location = "TableColumnCollection.add";
    let added: TableColumnRef | null = null;
    this.context.enqueue({
      location,
      mutates: true,
      minApi: name === undefined || name === null ? null : "1.4",
      apply: () => {
        if (values !== undefined && values !== null) throw notImplemented("values in TableColumnCollection.add (write them after adding).", location);
        const table = this.table();
        if (!table) throw itemNotFound("The table is a null object.", location);
        const sheet = tableSheet(this.context.model, table, location);
        insertTableColumn(this.context.model, sheet, table, index, name, location);
        const at = index === null || index === undefined || index === -1 ? table.area.columnCount - 1 : index;
        added = { table, sheet, index: at };
      },
    });
    return new FakeTableColumn(this.context, () => {
      if (added === null) throw itemNotFound("The column was not added.", location);
      return added;
    });
  }

  /** By header name (exact, else ignoring case) or by id (1-based position). */
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this.byKey(key, "TableColumnCollection.getItem", false));
  }

  getItemOrNullObject(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, this.byKey(key, "TableColumnCollection.getItemOrNullObject", true), {
      orNull: true,
      minApi: "1.4",
    });
  }

  getItemAt(index: number): FakeTableColumn {
    const location = "TableColumnCollection.getItemAt";
    return new FakeTableColumn(this.context, () => {
      const found = this.model(location)[index];
      if (!found) throw itemNotFound(`There is no column at index ${index}.`, location);
      return found;
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("TableColumnCollection.getCount");
    this.queueRead(
      "TableColumnCollection.getCount",
      (list, commits) => {
        const count = list.length;
        commits.push(() => result.settle(count));
      },
      "1.4",
    );
    return result;
  }
}

interface TableColumnSnapshot {
  name: string;
  id: number;
  index: number;
  values: CellScalar[][];
}

const columnArea = (ref: TableColumnRef): Rect => rect(ref.table.area.row, ref.table.area.column + ref.index, ref.table.area.rowCount, 1);

const columnReaders: Readers<TableColumnRef, TableColumnSnapshot> = {
  name: (ref) => headerNames(ref.sheet, ref.table)[ref.index] ?? "",
  id: (ref) => ref.index + 1,
  index: (ref) => ref.index,
  values: (ref) => readGrid(columnArea(ref), "TableColumn.values", (r, c) => cellValue(ref.sheet, r, c)),
};

export class FakeTableColumn extends FakeClientObject<TableColumnRef, TableColumnSnapshot> {
  protected readonly typeName = "TableColumn";
  protected readonly readers = columnReaders;
  private filterProxy: FakeFilter | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<TableColumnRef>, options?: { orNull?: boolean; minApi?: string }) {
    super(context, resolver, options);
  }

  /** For other parts of the fake (slicers). */
  columnFor(location: string): TableColumnRef {
    return this.model(location);
  }

  get name(): string {
    return this.loaded("name");
  }
  /** Renames the column by writing its header cell (text, kept unique like any header). */
  set name(name: string) {
    const location = "TableColumn.name";
    this.queueWrite(location, (ref) => {
      if (typeof name !== "string") throw invalidArgument("A column name must be a string.", location);
      this.context.model.assertWritable(ref.sheet, location);
      ref.sheet.contents.set(ref.table.area.row, ref.table.area.column + ref.index, { value: name, formula: null, quotePrefix: false });
      normaliseHeaders(ref.sheet, ref.table);
      this.context.model.record({ kind: "table.column.name", table: ref.table.name, index: ref.index, name });
    });
  }
  get id(): number {
    return this.loaded("id");
  }
  /** The column's filter (see table-filters.ts). */
  get filter(): FakeFilter {
    this.filterProxy ??= new FakeFilter(this.context, () => this.model("TableColumn.filter"));
    return this.filterProxy;
  }
  get index(): number {
    return this.loaded("index");
  }
  get values(): CellScalar[][] {
    return this.loaded("values");
  }

  private part(method: string, area: (ref: TableColumnRef) => Rect): FakeRange {
    const location = `TableColumn.${method}`;
    return new FakeRange(this.context, () => {
      const ref = this.model(location);
      return { sheet: ref.sheet, area: area(ref) };
    });
  }

  getRange(): FakeRange {
    return this.part("getRange", columnArea);
  }

  getHeaderRowRange(): FakeRange {
    return this.part("getHeaderRowRange", (ref) => rect(ref.table.area.row, ref.table.area.column + ref.index, 1, 1));
  }

  getDataBodyRange(): FakeRange {
    return this.part("getDataBodyRange", (ref) => {
      const body = bodyArea(ref.table);
      return rect(body.row, body.column + ref.index, body.rowCount, 1);
    });
  }
}

/** Only the row count is modelled; `rows.add` is not (use `getRowsBelow().values`, as Microsoft recommends). */
export class FakeTableRowCollection extends FakeClientObject<TableModel, { count: number }> {
  protected readonly typeName = "TableRowCollection";
  protected readonly readers: Readers<TableModel, { count: number }> = { count: (t) => bodyArea(t).rowCount };

  constructor(context: FakeRequestContext, table: Resolver<TableModel>) {
    super(context, table);
  }

  get count(): number {
    return this.loaded("count");
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("TableRowCollection.getCount");
    this.queueRead(
      "TableRowCollection.getCount",
      (table, commits) => {
        const count = bodyArea(table).rowCount;
        commits.push(() => result.settle(count));
      },
      "1.4",
    );
    return result;
  }
}
