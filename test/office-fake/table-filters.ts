/**
 * Table column filters (ExcelApi 1.2): `TableColumn.filter` with `apply`, `applyValuesFilter`,
 * `applyCustomFilter`, `clear`, `criteria`; `Table.clearFilters`. Filters only hide rows: no cell
 * changes. Modelled: "Values" filters on text (ignoring case; "" stands for blank cells) and
 * "Custom" numeric comparisons (`<46000`, `>=3`), joined by And/Or. Anything else is NotImplemented.
 */
import { invalidArgument, notImplemented } from "./errors";
import { FakeClientObject, type Readers, type Resolver } from "./proxy-loading";
import { cellText, cellValue } from "./range-writes";
import type { FakeRequestContext } from "./request-context";
import { bodyArea, headerNames } from "./table-model";
import type { TableColumnRef } from "./tables";
import type { SheetModel, TableModel, WorkbookModel } from "./workbook-model";

export interface FilterCriteriaModel {
  readonly filterOn: "Values" | "Custom";
  readonly values?: readonly string[];
  readonly criterion1?: string;
  readonly criterion2?: string;
  readonly operator?: "And" | "Or";
}

/** Filters per table, by column index. Kept beside the model so the model's shape stays as it is. */
const filtersByTable = new WeakMap<TableModel, Map<number, FilterCriteriaModel>>();

function filtersOf(table: TableModel): Map<number, FilterCriteriaModel> {
  let filters = filtersByTable.get(table);
  if (!filters) {
    filters = new Map();
    filtersByTable.set(table, filters);
  }
  return filters;
}

const COMPARISON = /^(<=|>=|<>|<|>|=)\s*(-?\d+(\.\d+)?)$/;

function checkCustom(criterion: unknown, location: string): string {
  if (typeof criterion !== "string") throw invalidArgument("A custom criterion must be a string.", location);
  if (!COMPARISON.test(criterion.trim())) {
    throw notImplemented(`the custom criterion "${criterion}" (only numeric comparisons such as "<46000" are modelled).`, location);
  }
  return criterion.trim();
}

function checkCriteria(criteria: unknown, location: string): FilterCriteriaModel {
  if (typeof criteria !== "object" || criteria === null) throw invalidArgument("Filter criteria must be an object.", location);
  const c = criteria as Record<string, unknown>;
  if (c.filterOn === "Values") {
    const values = c.values;
    if (!Array.isArray(values)) throw invalidArgument("A Values filter needs a values array.", location);
    if (!values.every((v): v is string => typeof v === "string")) {
      throw notImplemented("Values filters with FilterDatetime entries.", location);
    }
    return { filterOn: "Values", values: [...values] };
  }
  if (c.filterOn === "Custom") {
    const criterion1 = checkCustom(c.criterion1, location);
    if (c.criterion2 === undefined) return { filterOn: "Custom", criterion1 };
    const operator = c.operator ?? "And";
    if (operator !== "And" && operator !== "Or") throw invalidArgument(`"${String(operator)}" is not a filter operator.`, location);
    return { filterOn: "Custom", criterion1, criterion2: checkCustom(c.criterion2, location), operator };
  }
  throw notImplemented(`filterOn "${String(c.filterOn)}".`, location);
}

interface FilterSnapshot {
  criteria: FilterCriteriaModel | { filterOn: "Values"; values: [] } | null;
}

const filterReaders: Readers<TableColumnRef, FilterSnapshot> = {
  criteria: (ref) => filtersOf(ref.table).get(ref.index) ?? null,
};

export class FakeFilter extends FakeClientObject<TableColumnRef, FilterSnapshot> {
  protected readonly typeName = "Filter";
  protected readonly readers = filterReaders;

  constructor(context: FakeRequestContext, column: Resolver<TableColumnRef>) {
    super(context, column, { minApi: "1.2" });
  }

  get criteria(): FilterSnapshot["criteria"] {
    return this.loaded("criteria");
  }

  apply(criteria: unknown): void {
    this.set("Filter.apply", (location) => checkCriteria(criteria, location));
  }

  applyValuesFilter(values: unknown): void {
    this.set("Filter.applyValuesFilter", (location) => checkCriteria({ filterOn: "Values", values }, location));
  }

  applyCustomFilter(criteria1: unknown, criteria2?: unknown, oper?: unknown): void {
    this.set("Filter.applyCustomFilter", (location) =>
      checkCriteria({ filterOn: "Custom", criterion1: criteria1, criterion2: criteria2, operator: oper }, location),
    );
  }

  clear(): void {
    const location = "Filter.clear";
    this.queueWrite(location, (ref) => {
      const sheet = this.context.model.requireSheetById(ref.table.sheetId, location);
      this.context.model.assertWritable(sheet, location);
      filtersOf(ref.table).delete(ref.index);
      this.context.model.record({ kind: "filter.clear", table: ref.table.name, column: headerNames(sheet, ref.table)[ref.index] });
    });
  }

  private set(location: string, criteria: (location: string) => FilterCriteriaModel): void {
    this.queueWrite(location, (ref) => {
      const checked = criteria(location);
      const sheet = this.context.model.requireSheetById(ref.table.sheetId, location);
      this.context.model.assertWritable(sheet, location);
      filtersOf(ref.table).set(ref.index, checked);
      this.context.model.record({ kind: "filter.apply", table: ref.table.name, column: headerNames(sheet, ref.table)[ref.index], criteria: checked });
    });
  }
}

/** `Table.clearFilters()`: every column's filter goes. */
export function clearTableFilters(model: WorkbookModel, table: TableModel, location: string): void {
  model.assertWritable(model.requireSheetById(table.sheetId, location), location);
  filtersOf(table).clear();
  model.record({ kind: "table.clearFilters", table: table.name });
}

function compare(criterion: string, value: unknown): boolean {
  const match = COMPARISON.exec(criterion);
  if (!match || typeof value !== "number") return false;
  const operand = Number(match[2]);
  switch (match[1]) {
    case "<":
      return value < operand;
    case "<=":
      return value <= operand;
    case ">":
      return value > operand;
    case ">=":
      return value >= operand;
    case "<>":
      return value !== operand;
    default:
      return value === operand;
  }
}

function keeps(criteria: FilterCriteriaModel, sheet: SheetModel, row: number, column: number): boolean {
  if (criteria.filterOn === "Values") {
    const text = cellText(sheet, row, column).toLowerCase();
    return (criteria.values ?? []).some((v) => v.toLowerCase() === text);
  }
  const value = cellValue(sheet, row, column);
  const first = compare(criteria.criterion1 ?? "", value);
  if (criteria.criterion2 === undefined) return first;
  const second = compare(criteria.criterion2, value);
  return criteria.operator === "Or" ? first || second : first && second;
}

/** Test inspection: each filtered column's criteria, by header name. */
export function columnFilters(model: WorkbookModel, tableName: string): Record<string, FilterCriteriaModel> {
  const table = model.tableByName(tableName);
  if (!table) throw new Error(`columnFilters(): no table "${tableName}".`);
  const sheet = model.requireSheetById(table.sheetId, "columnFilters");
  const names = headerNames(sheet, table);
  return Object.fromEntries([...filtersOf(table)].map(([index, criteria]) => [names[index] ?? String(index), criteria]));
}

/** Test inspection: the 0-based sheet rows of the table body that its filters keep visible. */
export function visibleRows(model: WorkbookModel, tableName: string): number[] {
  const table = model.tableByName(tableName);
  if (!table) throw new Error(`visibleRows(): no table "${tableName}".`);
  const sheet = model.requireSheetById(table.sheetId, "visibleRows");
  const body = bodyArea(table);
  const filters = [...filtersOf(table)];
  const rows: number[] = [];
  for (let row = body.row; row < body.row + body.rowCount; row += 1) {
    if (filters.every(([index, criteria]) => keeps(criteria, sheet, row, body.column + index))) rows.push(row);
  }
  return rows;
}

/**
 * Whether the table filters on `sheet` hide a sheet row: it lies in a table's body and one of that
 * table's filters does not keep it. Filters are the only way rows get hidden in the fake.
 */
export function rowHiddenByFilters(model: WorkbookModel, sheet: SheetModel, row: number): boolean {
  return model.tables.some((table) => {
    if (table.sheetId !== sheet.id) return false;
    const body = bodyArea(table);
    if (row < body.row || row >= body.row + body.rowCount) return false;
    return [...filtersOf(table)].some(([index, criteria]) => !keeps(criteria, sheet, row, body.column + index));
  });
}
