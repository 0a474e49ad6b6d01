/** Workbook-scoped defined names: `workbook.names` (ExcelApi 1.4) and `Excel.NamedItem`. */
import { parseLocalAddress, qualifiedAbsoluteAddress, rect, splitSheetQualifier } from "./addresses";
import { invalidArgument, itemNotFound } from "./errors";
import { definedNameProblem, sameName } from "./naming-rules";
import { FakeClientObject, FakeCollection, bindById, type Readers, type Resolver } from "./proxy-loading";
import { FakeRange, type RangeRef } from "./range";
import type { FakeRequestContext } from "./request-context";
import { bodyArea, headerArea, headerNames } from "./table-model";
import type { NamedItemModel, WorkbookModel } from "./workbook-model";

const NAMES_API = "1.4";
const MAX_COMMENT = 255;

/** "=Table1[Status]", "=Table1[#All]", "=Table1[#Headers]", "=Table1[#Data]" or "=Table1" (the data body). */
function structuredReference(model: WorkbookModel, text: string): RangeRef | null {
  const m = /^([^[\]!]+?)(?:\[([^[\]]+)\])?$/.exec(text.trim());
  if (!m) return null;
  const table = model.tableByName(m[1] ?? "");
  const sheet = table ? model.sheetById(table.sheetId) : undefined;
  if (!table || !sheet) return null;
  const item = m[2];
  if (item === undefined || /^#Data$/i.test(item)) return { sheet, area: bodyArea(table) };
  if (/^#All$/i.test(item)) return { sheet, area: table.area };
  if (/^#Headers$/i.test(item)) return { sheet, area: headerArea(table) };
  const index = headerNames(sheet, table).findIndex((n) => sameName(n, item.replace(/'(.)/g, "$1")));
  if (index < 0) return null;
  const body = bodyArea(table);
  return { sheet, area: rect(body.row, body.column + index, body.rowCount, 1) };
}

/**
 * The range a formula such as "=Lists!$A$2:$A$6" or "=RatingScale[Level]" refers to, or null when it is
 * not a plain reference.
 */
export function referenceOf(model: WorkbookModel, formula: string): RangeRef | null {
  if (!formula.startsWith("=")) return null;
  const structured = structuredReference(model, formula.slice(1));
  if (structured) return structured;
  const split = splitSheetQualifier(formula.slice(1));
  if (!split || split.sheet === null) return null;
  const sheet = model.sheetByName(split.sheet);
  const area = parseLocalAddress(split.local);
  return sheet && area ? { sheet, area } : null;
}

/** A Range passed as a reference, without a circular import of the Range class's users. */
function isRange(value: unknown): value is FakeRange {
  return value instanceof FakeRange;
}

function referenceFormula(context: FakeRequestContext, reference: unknown, location: string): string {
  if (typeof reference === "string") {
    // Excel would take text without "=" as a constant string; a host meaning a reference has a bug.
    if (!reference.startsWith("=") || reference.length < 2) {
      throw invalidArgument(`A name's reference must be a formula starting with "=" (got "${reference}").`, location);
    }
    return reference;
  }
  if (isRange(reference)) {
    context.assertSameContext(reference, location);
    const ref = reference.refFor(location);
    return `=${qualifiedAbsoluteAddress(ref.sheet.name, ref.area)}`;
  }
  throw invalidArgument("A name's reference must be a formula string or a Range.", location);
}

function checkComment(comment: unknown, location: string): string {
  if (comment === undefined || comment === null) return "";
  if (typeof comment !== "string") throw invalidArgument("A name's comment must be a string.", location);
  if (comment.length > MAX_COMMENT) throw invalidArgument(`A name's comment is limited to ${MAX_COMMENT} characters.`, location);
  return comment;
}

/** Adds a defined name; shared by `names.add` and the test seeding helper. */
export function addDefinedName(model: WorkbookModel, name: unknown, formula: string, comment: string, location: string): NamedItemModel {
  const problem = definedNameProblem(name, "defined");
  if (problem !== null || typeof name !== "string") throw invalidArgument(problem ?? "Invalid name.", location);
  model.assertNameFree(name, null, location);
  const item: NamedItemModel = { id: model.newId("name"), name, formula, comment, visible: true };
  model.names.push(item);
  return item;
}

/** Excel.NamedItemType, worked out from the formula without evaluating it. */
export type NamedItemType = "String" | "Integer" | "Double" | "Boolean" | "Range" | "Error" | "Array";

/**
 * Constants and references are classified as Excel would. Excel evaluates any other formula and reports
 * the type of its result; the fake does not evaluate, so it reports "Error" for those (a guess, on purpose
 * unlike the common cases, so tests do not rely on it).
 */
export function namedItemType(model: WorkbookModel, formula: string): NamedItemType {
  if (referenceOf(model, formula)) return "Range";
  const body = formula.startsWith("=") ? formula.slice(1).trim() : formula;
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (/^[+-]?\d+$/.test(body)) return "Integer";
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return "Double";
  if (/^"([^"]|"")*"$/.test(body)) return "String";
  if (body.startsWith("{")) return "Array";
  return "Error";
}

interface NamedItemSnapshot {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  type: NamedItemType;
}

export class FakeNamedItem extends FakeClientObject<NamedItemModel, NamedItemSnapshot> {
  protected readonly typeName = "NamedItem";
  protected readonly readers: Readers<NamedItemModel, NamedItemSnapshot> = {
    name: (n) => n.name,
    formula: (n) => n.formula,
    comment: (n) => n.comment,
    visible: (n) => n.visible,
    type: (n) => namedItemType(this.context.model, n.formula),
  };
  protected override readonly propertyMinApi = { formula: "1.7", comment: "1.4" };

  constructor(context: FakeRequestContext, resolver: Resolver<NamedItemModel>, options?: { orNull?: boolean; minApi?: string }) {
    super(context, resolver, options);
  }

  get name(): string {
    return this.loaded("name");
  }
  get formula(): string {
    return this.loaded("formula");
  }
  set formula(formula: string) {
    const location = "NamedItem.formula";
    this.queueWrite(
      location,
      (item) => {
        item.formula = referenceFormula(this.context, formula, location);
        this.context.model.record({ kind: "names.formula", name: item.name, formula: item.formula });
      },
      "1.7",
    );
  }
  get comment(): string {
    return this.loaded("comment");
  }
  set comment(comment: string) {
    const location = "NamedItem.comment";
    this.queueWrite(
      location,
      (item) => {
        item.comment = checkComment(comment, location);
        this.context.model.record({ kind: "names.comment", name: item.name });
      },
      NAMES_API,
    );
  }
  get visible(): boolean {
    return this.loaded("visible");
  }
  get type(): NamedItemType {
    return this.loaded("type");
  }

  getRange(): FakeRange {
    const location = "NamedItem.getRange";
    return new FakeRange(this.context, () => {
      const item = this.model(location);
      const ref = referenceOf(this.context.model, item.formula);
      if (!ref) throw invalidArgument(`The name "${item.name}" does not refer to a range (${item.formula}).`, location);
      return ref;
    });
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const item = this.model("NamedItem.getRangeOrNullObject");
        return referenceOf(this.context.model, item.formula);
      },
      { orNull: true, minApi: NAMES_API },
    );
  }

  delete(): void {
    const location = "NamedItem.delete";
    this.queueWrite(
      location,
      (item) => {
        const model = this.context.model;
        const index = model.names.indexOf(item);
        if (index >= 0) model.names.splice(index, 1);
        model.record({ kind: "names.delete", name: item.name });
      },
      NAMES_API,
    );
  }
}

export class FakeNamedItemCollection extends FakeCollection<NamedItemModel, Record<string, never>, FakeNamedItem> {
  protected readonly typeName = "NamedItemCollection";
  protected readonly readers: Readers<readonly NamedItemModel[], Record<string, never>> = {};

  constructor(context: FakeRequestContext) {
    super(context, () => context.model.names);
  }

  protected itemProxy(item: NamedItemModel): FakeNamedItem {
    return this.proxyFor(() => this.context.model.names.find((n) => n.id === item.id), "NamedItem", false);
  }

  private proxyFor(initial: () => NamedItemModel | undefined, location: string, orNull: boolean, minApi?: string): FakeNamedItem {
    const model = this.context.model;
    return new FakeNamedItem(
      this.context,
      bindById(
        initial,
        (id) => model.names.find((n) => n.id === id),
        orNull ? null : () => itemNotFound("The name does not exist.", location),
      ),
      { orNull, ...(minApi !== undefined ? { minApi } : {}) },
    );
  }

  /** Invalid names fail with InvalidArgument; a name already used by a name or a table with ItemAlreadyExists. */
  add(name: string, reference: string | FakeRange, comment?: string): FakeNamedItem {
    const location = "NamedItemCollection.add";
    let createdId: string | null = null;
    const proxy = this.proxyFor(
      () => (createdId !== null ? this.context.model.names.find((n) => n.id === createdId) : undefined),
      location,
      false,
    );
    this.context.enqueue({
      location,
      mutates: true,
      minApi: NAMES_API,
      apply: () => {
        const model = this.context.model;
        const formula = referenceFormula(this.context, reference, location);
        const item = addDefinedName(model, name, formula, checkComment(comment, location), location);
        createdId = item.id;
        model.record({ kind: "names.add", name: item.name, formula });
      },
    });
    return proxy;
  }

  getItem(name: string): FakeNamedItem {
    return this.proxyFor(() => this.context.model.nameByName(name), "NamedItemCollection.getItem", false);
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return this.proxyFor(() => this.context.model.nameByName(name), "NamedItemCollection.getItemOrNullObject", true, NAMES_API);
  }
}
