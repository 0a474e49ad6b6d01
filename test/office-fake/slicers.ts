/**
 * Table slicers (ExcelApi 1.10), only as far as the add-in may use them: add, name/caption/style/position,
 * selectItems, clearFilters, delete. The filtering itself is not modelled.
 */
import { invalidArgument, itemAlreadyExists, itemNotFound } from "./errors";
import { sameName } from "./naming-rules";
import { FakeClientObject, FakeClientResult, FakeCollection, bindById, type Readers, type Resolver } from "./proxy-loading";
import { cellText } from "./range-writes";
import type { FakeRequestContext } from "./request-context";
import { bodyArea, headerNames } from "./table-model";
import { FakeTable, FakeTableColumn } from "./tables";
import type { SheetModel, SlicerModel, TableModel, WorkbookModel } from "./workbook-model";
import { FakeWorksheet } from "./worksheet";

export const SLICER_API = "1.10";

function resolveTable(context: FakeRequestContext, source: unknown, location: string): TableModel {
  if (source instanceof FakeTable) {
    context.assertSameContext(source, location);
    return source.tableFor(location);
  }
  if (typeof source === "string") {
    const table = context.model.tableByName(source) ?? context.model.tableById(source);
    if (table) return table;
    throw itemNotFound(`The table "${source}" does not exist.`, location);
  }
  throw invalidArgument("Slicers are modelled on tables only (a Table or a table name).", location);
}

function resolveColumnName(context: FakeRequestContext, table: TableModel, field: unknown, location: string): string {
  const sheet = context.model.requireSheetById(table.sheetId, location);
  const names = headerNames(sheet, table);
  if (field instanceof FakeTableColumn) {
    context.assertSameContext(field, location);
    const ref = field.columnFor(location);
    if (ref.table !== table) throw invalidArgument("The column belongs to another table.", location);
    return names[ref.index] ?? "";
  }
  const byName = typeof field === "string" ? names.find((n) => sameName(n, field)) : undefined;
  if (byName !== undefined) return byName;
  const asId = Number(field);
  const byId = Number.isInteger(asId) ? names[asId - 1] : undefined;
  if (byId !== undefined) return byId;
  throw invalidArgument(`The table "${table.name}" has no column "${String(field)}".`, location);
}

function resolveDestination(context: FakeRequestContext, destination: unknown, fallback: SheetModel, location: string): SheetModel {
  if (destination === undefined) return fallback;
  if (destination instanceof FakeWorksheet) {
    context.assertSameContext(destination, location);
    return destination.sheetFor(location);
  }
  if (typeof destination === "string") {
    const sheet = context.model.sheetByName(destination) ?? context.model.sheetById(destination);
    if (sheet) return sheet;
  }
  throw invalidArgument(`The slicer destination "${String(destination)}" is not a worksheet.`, location);
}

function uniqueSlicerName(model: WorkbookModel, base: string): string {
  if (!model.slicers.some((s) => sameName(s.name, base))) return base;
  for (let n = 1; ; n += 1) if (!model.slicers.some((s) => sameName(s.name, `${base} ${n}`))) return `${base} ${n}`;
}

interface SlicerSnapshot {
  id: string;
  name: string;
  caption: string;
  style: string;
  left: number;
  top: number;
  width: number;
  height: number;
  isFilterCleared: boolean;
}

const slicerReaders: Readers<SlicerModel, SlicerSnapshot> = {
  id: (s) => s.id,
  name: (s) => s.name,
  caption: (s) => s.caption,
  style: (s) => s.style,
  left: (s) => s.left,
  top: (s) => s.top,
  width: (s) => s.width,
  height: (s) => s.height,
  isFilterCleared: (s) => s.selectedItems === null,
};

export class FakeSlicer extends FakeClientObject<SlicerModel, SlicerSnapshot> {
  protected readonly typeName = "Slicer";
  protected readonly readers = slicerReaders;

  constructor(context: FakeRequestContext, resolver: Resolver<SlicerModel>, orNull = false) {
    super(context, resolver, { minApi: SLICER_API, orNull });
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    const location = "Slicer.name";
    this.queueWrite(location, (slicer) => {
      if (typeof name !== "string" || name.trim() === "") throw invalidArgument("A slicer name cannot be blank.", location);
      const clash = this.context.model.slicers.find((s) => s !== slicer && sameName(s.name, name));
      if (clash) throw itemAlreadyExists(`A slicer named "${clash.name}" already exists.`, location);
      slicer.name = name;
      this.context.model.record({ kind: "slicer.name", name });
    });
  }
  get caption(): string {
    return this.loaded("caption");
  }
  set caption(caption: string) {
    this.setField("caption", caption, (s, v) => typeof v === "string" && ((s.caption = v), true));
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.setField("style", style, (s, v) => typeof v === "string" && /^SlicerStyle(Light|Dark|Other)\d$/.test(v) && ((s.style = v), true));
  }
  get left(): number {
    return this.loaded("left");
  }
  set left(left: number) {
    this.setField("left", left, (s, v) => typeof v === "number" && v >= 0 && ((s.left = v), true));
  }
  get top(): number {
    return this.loaded("top");
  }
  set top(top: number) {
    this.setField("top", top, (s, v) => typeof v === "number" && v >= 0 && ((s.top = v), true));
  }
  get width(): number {
    return this.loaded("width");
  }
  set width(width: number) {
    this.setField("width", width, (s, v) => typeof v === "number" && v > 0 && ((s.width = v), true));
  }
  get height(): number {
    return this.loaded("height");
  }
  set height(height: number) {
    this.setField("height", height, (s, v) => typeof v === "number" && v > 0 && ((s.height = v), true));
  }
  get isFilterCleared(): boolean {
    return this.loaded("isFilterCleared");
  }

  private setField(property: string, value: unknown, apply: (s: SlicerModel, v: unknown) => boolean): void {
    const location = `Slicer.${property}`;
    this.queueWrite(location, (slicer) => {
      if (!apply(slicer, value)) throw invalidArgument(`"${String(value)}" is not a valid ${property}.`, location);
      this.context.model.record({ kind: `slicer.${property}`, name: slicer.name, value });
    });
  }

  /** Keys that are not values of the column fail with InvalidArgument. */
  selectItems(items?: string[]): void {
    const location = "Slicer.selectItems";
    this.queueWrite(location, (slicer) => {
      const model = this.context.model;
      const table = model.tableById(slicer.tableId);
      if (!table) throw itemNotFound("The slicer's table no longer exists.", location);
      const sheet = model.requireSheetById(table.sheetId, location);
      const index = headerNames(sheet, table).indexOf(slicer.columnName);
      const body = bodyArea(table);
      const keys = new Set<string>();
      for (let r = body.row; r < body.row + body.rowCount; r += 1) keys.add(cellText(sheet, r, body.column + index));
      const chosen = items ?? [];
      const unknown = chosen.find((item) => !keys.has(item));
      if (unknown !== undefined) throw invalidArgument(`"${unknown}" is not an item of the slicer.`, location);
      slicer.selectedItems = chosen.length === 0 ? null : [...chosen];
      model.record({ kind: "slicer.selectItems", name: slicer.name, items: chosen });
    });
  }

  clearFilters(): void {
    this.queueWrite("Slicer.clearFilters", (slicer) => {
      slicer.selectedItems = null;
      this.context.model.record({ kind: "slicer.clearFilters", name: slicer.name });
    });
  }

  delete(): void {
    this.queueWrite("Slicer.delete", (slicer) => {
      const model = this.context.model;
      model.slicers.splice(model.slicers.indexOf(slicer), 1);
      model.record({ kind: "slicer.delete", name: slicer.name });
    });
  }
}

/** Workbook-wide (`workbook.slicers`) or one sheet's (`worksheet.slicers`) slicers. */
export class FakeSlicerCollection extends FakeCollection<SlicerModel, Record<string, never>, FakeSlicer> {
  protected readonly typeName = "SlicerCollection";
  protected readonly readers: Readers<readonly SlicerModel[], Record<string, never>> = {};
  private readonly scope: Resolver<SheetModel> | null;

  constructor(context: FakeRequestContext, scope: Resolver<SheetModel> | null) {
    super(
      context,
      () => {
        const sheet = scope ? scope() : null;
        return sheet ? context.model.slicers.filter((s) => s.sheetId === sheet.id) : context.model.slicers;
      },
      { minApi: SLICER_API },
    );
    this.scope = scope;
  }

  private proxyFor(initial: () => SlicerModel | undefined, location: string, orNull: boolean): FakeSlicer {
    const model = this.context.model;
    return new FakeSlicer(
      this.context,
      bindById(initial, (id) => model.slicers.find((s) => s.id === id), orNull ? null : () => itemNotFound("The slicer does not exist.", location)),
      orNull,
    );
  }

  protected itemProxy(slicer: SlicerModel): FakeSlicer {
    return this.proxyFor(() => this.context.model.slicers.find((s) => s.id === slicer.id), "Slicer", false);
  }

  add(slicerSource: string | FakeTable, sourceField: string | number | FakeTableColumn, slicerDestination?: string | FakeWorksheet): FakeSlicer {
    const location = "SlicerCollection.add";
    let createdId: string | null = null;
    const proxy = this.proxyFor(
      () => (createdId !== null ? this.context.model.slicers.find((s) => s.id === createdId) : undefined),
      location,
      false,
    );
    this.context.enqueue({
      location,
      mutates: true,
      minApi: SLICER_API,
      apply: () => {
        const model = this.context.model;
        const table = resolveTable(this.context, slicerSource, location);
        const columnName = resolveColumnName(this.context, table, sourceField, location);
        const fallback = (this.scope ? this.scope() : null) ?? model.requireSheetById(table.sheetId, location);
        const sheet = resolveDestination(this.context, slicerDestination, fallback, location);
        model.assertWritable(sheet, location);
        const slicer: SlicerModel = {
          id: model.newId("slicer"),
          name: uniqueSlicerName(model, columnName),
          caption: columnName,
          tableId: table.id,
          columnName,
          sheetId: sheet.id,
          style: "SlicerStyleLight1",
          left: 0,
          top: 0,
          width: 144,
          height: 200,
          selectedItems: null,
        };
        model.slicers.push(slicer);
        createdId = slicer.id;
        model.record({ kind: "slicers.add", sheet: sheet.name, table: table.name, column: columnName, name: slicer.name });
      },
    });
    return proxy;
  }

  getItem(key: string): FakeSlicer {
    return this.proxyFor(() => this.find(key), "SlicerCollection.getItem", false);
  }

  getItemOrNullObject(key: string): FakeSlicer {
    return this.proxyFor(() => this.find(key), "SlicerCollection.getItemOrNullObject", true);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("SlicerCollection.getCount");
    this.queueRead("SlicerCollection.getCount", (list, commits) => {
      const count = list.length;
      commits.push(() => result.settle(count));
    });
    return result;
  }

  private find(key: string): SlicerModel | undefined {
    const sheet = this.scope ? this.scope() : null;
    return this.context.model.slicers.find(
      (s) => (sameName(s.name, key) || s.id === key) && (!sheet || s.sheetId === sheet.id),
    );
  }
}
