/**
 * Conditional formats (ExcelApi 1.6). Rules live on the worksheet in priority order (index 0 = top);
 * `add` inserts at the top and pushes the others down; setting `priority` moves a rule. A range's
 * collection holds the rules that overlap the range.
 */
import { containsRect, formatLocalAddress, intersects } from "./addresses";
import { normaliseColour } from "./colours";
import { invalidArgument, itemNotFound, notImplemented } from "./errors";
import { FakeClientObject, FakeClientResult, FakeCollection, type Loadable, type Readers, type Resolver } from "./proxy-loading";
import { FakeRange, type RangeRef } from "./range";
import type { FakeRequestContext } from "./request-context";
import type {
  CellValueRule,
  ConditionalFormatModel,
  ConditionalFormatType,
  ConditionalRule,
  SheetModel,
  WorkbookModel,
} from "./workbook-model";

export const CONDITIONAL_FORMAT_API = "1.6";

const SUPPORTED_TYPES: readonly ConditionalFormatType[] = ["CellValue", "Custom", "ContainsText", "PresetCriteria"];
const OTHER_TYPES = new Set(["DataBar", "ColorScale", "IconSet", "TopBottom"]);
const CELL_VALUE_OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
]);
const TEXT_OPERATORS = new Set(["Contains", "NotContains", "BeginsWith", "EndsWith"]);
const PRESET_CRITERIA = new Set([
  "Blanks",
  "NonBlanks",
  "Errors",
  "NonErrors",
  "Yesterday",
  "Today",
  "Tomorrow",
  "LastSevenDays",
  "LastWeek",
  "ThisWeek",
  "NextWeek",
  "LastMonth",
  "ThisMonth",
  "NextMonth",
  "AboveAverage",
  "BelowAverage",
  "EqualOrAboveAverage",
  "EqualOrBelowAverage",
  "OneStdDevAboveAverage",
  "OneStdDevBelowAverage",
  "TwoStdDevAboveAverage",
  "TwoStdDevBelowAverage",
  "ThreeStdDevAboveAverage",
  "ThreeStdDevBelowAverage",
  "UniqueValues",
  "DuplicateValues",
]);

/** A conditional format and the sheet it is on. */
export interface ConditionalFormatRef {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatModel;
}

export function findConditionalFormat(model: WorkbookModel, id: string): ConditionalFormatRef | null {
  for (const sheet of model.sheets) {
    const cf = sheet.conditionalFormats.find((c) => c.id === id);
    if (cf) return { sheet, cf };
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function recordChange(model: WorkbookModel, ref: ConditionalFormatRef, kind: string, detail: Record<string, unknown>): void {
  model.record({ kind, sheet: ref.sheet.name, address: formatLocalAddress(ref.cf.area), type: ref.cf.type, ...detail });
}

function boundResolver(context: FakeRequestContext, id: string, location: string): Resolver<ConditionalFormatRef> {
  return () => {
    const found = findConditionalFormat(context.model, id);
    if (!found) throw itemNotFound("The conditional format no longer exists.", location);
    return found;
  };
}

function overlapping(ref: RangeRef): ConditionalFormatRef[] {
  return ref.sheet.conditionalFormats.filter((cf) => intersects(cf.area, ref.area)).map((cf) => ({ sheet: ref.sheet, cf }));
}

interface CollectionSnapshot {
  count: number;
}

export class FakeConditionalFormatCollection extends FakeCollection<ConditionalFormatRef, CollectionSnapshot, FakeConditionalFormat> {
  protected readonly typeName = "ConditionalFormatCollection";
  protected readonly readers: Readers<readonly ConditionalFormatRef[], CollectionSnapshot> = { count: (list) => list.length };
  private readonly range: Resolver<RangeRef>;

  constructor(context: FakeRequestContext, range: Resolver<RangeRef>) {
    super(
      context,
      () => {
        const ref = range();
        return ref === null ? null : overlapping(ref);
      },
      { minApi: CONDITIONAL_FORMAT_API },
    );
    this.range = range;
  }

  protected itemProxy(ref: ConditionalFormatRef): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, boundResolver(this.context, ref.cf.id, "ConditionalFormat"));
  }

  private rangeRef(location: string): RangeRef {
    const ref = this.range();
    if (ref === null) throw itemNotFound("The range is a null object.", location);
    return ref;
  }

  /** Adds a rule at the top priority (0). */
  add(type: string): FakeConditionalFormat {
    const location = "ConditionalFormatCollection.add";
    let createdId: string | null = null;
    const proxy = new FakeConditionalFormat(this.context, () => {
      if (createdId === null) throw itemNotFound("The conditional format was never created.", location);
      return boundResolver(this.context, createdId, location)();
    });
    this.context.enqueue({
      location,
      mutates: true,
      minApi: CONDITIONAL_FORMAT_API,
      apply: () => {
        const ref = this.rangeRef(location);
        if (OTHER_TYPES.has(type)) throw notImplemented(`conditional formats of type ${type}.`, location);
        if (!SUPPORTED_TYPES.some((t) => t === type)) throw invalidArgument(`"${type}" is not a conditional format type.`, location);
        this.context.model.assertWritable(ref.sheet, location);
        const cf: ConditionalFormatModel = {
          id: this.context.model.newId("cf"),
          area: ref.area,
          type: type as ConditionalFormatType,
          rule: null,
          stopIfTrue: false,
          fill: null,
          fontColor: null,
          fontBold: null,
          fontItalic: null,
        };
        ref.sheet.conditionalFormats.unshift(cf);
        createdId = cf.id;
        this.context.model.record({ kind: "conditionalFormats.add", sheet: ref.sheet.name, address: formatLocalAddress(ref.area), type });
      },
    });
    return proxy;
  }

  /**
   * Removes the rules that lie inside the range. A rule that only partly overlaps would, in Excel, be cut
   * back to the cells outside the range; the fake does not model that and fails loudly instead.
   */
  clearAll(): void {
    const location = "ConditionalFormatCollection.clearAll";
    this.context.enqueue({
      location,
      mutates: true,
      minApi: CONDITIONAL_FORMAT_API,
      apply: () => {
        const ref = this.rangeRef(location);
        this.context.model.assertWritable(ref.sheet, location);
        const hit = ref.sheet.conditionalFormats.filter((cf) => intersects(cf.area, ref.area));
        const partial = hit.find((cf) => !containsRect(ref.area, cf.area));
        if (partial) {
          throw notImplemented(
            `partial clears: the ${partial.type} rule on ${formatLocalAddress(partial.area)} only partly overlaps ${formatLocalAddress(ref.area)}. Clear a range that covers the whole rule.`,
            location,
          );
        }
        ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => !hit.includes(cf));
        this.context.model.record({
          kind: "conditionalFormats.clearAll",
          sheet: ref.sheet.name,
          address: formatLocalAddress(ref.area),
          removed: hit.length,
        });
      },
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>("ConditionalFormatCollection.getCount");
    this.queueRead("ConditionalFormatCollection.getCount", (list, commits) => {
      const count = list.length;
      commits.push(() => result.settle(count));
    });
    return result;
  }

  getItemAt(index: number): FakeConditionalFormat {
    const location = "ConditionalFormatCollection.getItemAt";
    return new FakeConditionalFormat(this.context, () => {
      const found = this.model(location)[index];
      if (!found) throw itemNotFound(`There is no conditional format at index ${index}.`, location);
      return found;
    });
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, boundResolver(this.context, id, "ConditionalFormatCollection.getItem"));
  }
}

interface ConditionalFormatSnapshot {
  id: string;
  type: ConditionalFormatType;
  priority: number;
  stopIfTrue: boolean;
}

const cfReaders: Readers<ConditionalFormatRef, ConditionalFormatSnapshot> = {
  id: (r) => r.cf.id,
  type: (r) => r.cf.type,
  priority: (r) => r.sheet.conditionalFormats.indexOf(r.cf),
  stopIfTrue: (r) => r.cf.stopIfTrue,
};

export class FakeConditionalFormat extends FakeClientObject<ConditionalFormatRef, ConditionalFormatSnapshot> {
  protected readonly typeName = "ConditionalFormat";
  protected readonly readers = cfReaders;
  private readonly parts = new Map<string, Loadable>();

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API });
  }

  get id(): string {
    return this.loaded("id");
  }
  get type(): ConditionalFormatType {
    return this.loaded("type");
  }

  /** Index in the worksheet's rule order; 0 is applied first. */
  get priority(): number {
    return this.loaded("priority");
  }
  /** Moves the rule; negative counts from the back; out-of-range values clamp (as documented). */
  set priority(priority: number) {
    const location = "ConditionalFormat.priority";
    this.queueWrite(location, (ref) => {
      if (typeof priority !== "number" || !Number.isInteger(priority)) throw invalidArgument("priority must be a whole number.", location);
      this.context.model.assertWritable(ref.sheet, location);
      const rest = ref.sheet.conditionalFormats.filter((cf) => cf !== ref.cf);
      const target = priority < 0 ? Math.max(0, rest.length + 1 + priority) : Math.min(priority, rest.length);
      rest.splice(target, 0, ref.cf);
      ref.sheet.conditionalFormats = rest;
      recordChange(this.context.model, ref, "conditionalFormat.priority", { priority: target });
    });
  }

  get stopIfTrue(): boolean {
    return this.loaded("stopIfTrue");
  }
  set stopIfTrue(stop: boolean) {
    const location = "ConditionalFormat.stopIfTrue";
    this.queueWrite(location, (ref) => {
      if (typeof stop !== "boolean") throw invalidArgument("stopIfTrue must be true or false.", location);
      this.context.model.assertWritable(ref.sheet, location);
      ref.cf.stopIfTrue = stop;
      recordChange(this.context.model, ref, "conditionalFormat.stopIfTrue", { stopIfTrue: stop });
    });
  }

  private part<P extends Loadable>(key: string, create: () => P): P {
    const existing = this.parts.get(key);
    if (existing) return existing as P;
    const made = create();
    this.parts.set(key, made);
    return made;
  }

  private typed(type: ConditionalFormatType, property: string, orNull: boolean): Resolver<ConditionalFormatRef> {
    const location = `ConditionalFormat.${property}`;
    return () => {
      const ref = this.model(location);
      if (ref.cf.type === type) return ref;
      if (orNull) return null;
      throw itemNotFound(`This conditional format is ${ref.cf.type}, not ${type}.`, location);
    };
  }

  get cellValue(): FakeCellValueConditionalFormat {
    return this.part("cellValue", () => new FakeCellValueConditionalFormat(this.context, this.typed("CellValue", "cellValue", false)));
  }
  get cellValueOrNullObject(): FakeCellValueConditionalFormat {
    return this.part("cellValueOrNull", () =>
      new FakeCellValueConditionalFormat(this.context, this.typed("CellValue", "cellValueOrNullObject", true), true),
    );
  }
  get custom(): FakeCustomConditionalFormat {
    return this.part("custom", () => new FakeCustomConditionalFormat(this.context, this.typed("Custom", "custom", false)));
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this.part("customOrNull", () => new FakeCustomConditionalFormat(this.context, this.typed("Custom", "customOrNullObject", true), true));
  }
  get textComparison(): FakeTextConditionalFormat {
    return this.part("textComparison", () => new FakeTextConditionalFormat(this.context, this.typed("ContainsText", "textComparison", false)));
  }
  get textComparisonOrNullObject(): FakeTextConditionalFormat {
    return this.part("textComparisonOrNull", () =>
      new FakeTextConditionalFormat(this.context, this.typed("ContainsText", "textComparisonOrNullObject", true), true),
    );
  }
  get preset(): FakePresetCriteriaConditionalFormat {
    return this.part("preset", () => new FakePresetCriteriaConditionalFormat(this.context, this.typed("PresetCriteria", "preset", false)));
  }
  get presetOrNullObject(): FakePresetCriteriaConditionalFormat {
    return this.part("presetOrNull", () =>
      new FakePresetCriteriaConditionalFormat(this.context, this.typed("PresetCriteria", "presetOrNullObject", true), true),
    );
  }

  protected override navigation(name: string): Loadable | undefined {
    switch (name) {
      case "cellValue":
        return this.cellValue;
      case "custom":
        return this.custom;
      case "textComparison":
        return this.textComparison;
      case "preset":
        return this.preset;
      default:
        return undefined;
    }
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const ref = this.model("ConditionalFormat.getRange");
      return { sheet: ref.sheet, area: ref.cf.area };
    });
  }

  delete(): void {
    const location = "ConditionalFormat.delete";
    this.queueWrite(location, (ref) => {
      this.context.model.assertWritable(ref.sheet, location);
      ref.sheet.conditionalFormats = ref.sheet.conditionalFormats.filter((cf) => cf !== ref.cf);
      recordChange(this.context.model, ref, "conditionalFormat.delete", {});
    });
  }
}

/** Shared by the typed parts: a `rule` value and a `format`. */
abstract class FakeRulePart<R extends ConditionalRule> extends FakeClientObject<ConditionalFormatRef, { rule: R | null }> {
  protected readonly readers: Readers<ConditionalFormatRef, { rule: R | null }> = {
    rule: (ref) => (ref.cf.rule === null ? null : (structuredClone(ref.cf.rule) as R)),
  };
  private formatProxy: FakeConditionalRangeFormat | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>, orNull = false) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API, orNull });
  }

  protected abstract parseRule(input: unknown, location: string): R;

  get rule(): R | null {
    return this.loaded("rule");
  }
  set rule(rule: R | null) {
    const location = `${this.typeName}.rule`;
    this.queueWrite(location, (ref) => {
      const parsed = this.parseRule(rule, location);
      this.context.model.assertWritable(ref.sheet, location);
      ref.cf.rule = parsed;
      recordChange(this.context.model, ref, "conditionalFormat.rule", { rule: parsed });
    });
  }

  get format(): FakeConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat(this.context, () => this.model(`${this.typeName}.format`));
    return this.formatProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "format" ? this.format : undefined;
  }
}

function requireFormula(value: unknown, what: string, location: string): string {
  if (typeof value !== "string" || value === "") throw invalidArgument(`${what} must be a non-empty string.`, location);
  return value;
}

export class FakeCellValueConditionalFormat extends FakeRulePart<CellValueRule> {
  protected readonly typeName = "CellValueConditionalFormat";

  protected parseRule(input: unknown, location: string): CellValueRule {
    if (!isRecord(input)) throw invalidArgument("The rule needs { formula1, operator }.", location);
    const operator = input.operator;
    if (typeof operator !== "string" || !CELL_VALUE_OPERATORS.has(operator)) {
      throw invalidArgument(`"${String(operator)}" is not a cell-value operator.`, location);
    }
    const formula1 = requireFormula(input.formula1, "formula1", location);
    if (operator === "Between" || operator === "NotBetween") {
      return { formula1, formula2: requireFormula(input.formula2, "formula2", location), operator };
    }
    return { formula1, operator };
  }
}

export class FakeTextConditionalFormat extends FakeRulePart<{ readonly operator: string; readonly text: string }> {
  protected readonly typeName = "TextConditionalFormat";

  protected parseRule(input: unknown, location: string): { operator: string; text: string } {
    if (!isRecord(input)) throw invalidArgument("The rule needs { operator, text }.", location);
    const { operator, text } = input;
    if (typeof operator !== "string" || !TEXT_OPERATORS.has(operator)) {
      throw invalidArgument(`"${String(operator)}" is not a text operator (Contains, NotContains, BeginsWith, EndsWith).`, location);
    }
    if (typeof text !== "string") throw invalidArgument("text must be a string.", location);
    return { operator, text };
  }
}

export class FakePresetCriteriaConditionalFormat extends FakeRulePart<{ readonly criterion: string }> {
  protected readonly typeName = "PresetCriteriaConditionalFormat";

  protected parseRule(input: unknown, location: string): { criterion: string } {
    if (!isRecord(input) || typeof input.criterion !== "string" || !PRESET_CRITERIA.has(input.criterion)) {
      throw invalidArgument("The rule needs { criterion } with a preset criterion.", location);
    }
    return { criterion: input.criterion };
  }
}

/** Objects with navigation properties only. */
type EmptySnapshot = Record<string, never>;

export class FakeCustomConditionalFormat extends FakeClientObject<ConditionalFormatRef, EmptySnapshot> {
  protected readonly typeName = "CustomConditionalFormat";
  protected readonly readers: Readers<ConditionalFormatRef, EmptySnapshot> = {};
  private ruleProxy: FakeConditionalFormatRule | undefined;
  private formatProxy: FakeConditionalRangeFormat | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>, orNull = false) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API, orNull });
  }

  get rule(): FakeConditionalFormatRule {
    this.ruleProxy ??= new FakeConditionalFormatRule(this.context, () => this.model("CustomConditionalFormat.rule"));
    return this.ruleProxy;
  }

  get format(): FakeConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat(this.context, () => this.model("CustomConditionalFormat.format"));
    return this.formatProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "rule") return this.rule;
    if (name === "format") return this.format;
    return undefined;
  }
}

interface FormulaRuleSnapshot {
  formula: string | null;
  formulaLocal: string | null;
}

const customFormula = (ref: ConditionalFormatRef): string | null =>
  ref.cf.rule !== null && "formula" in ref.cf.rule ? ref.cf.rule.formula : null;

export class FakeConditionalFormatRule extends FakeClientObject<ConditionalFormatRef, FormulaRuleSnapshot> {
  protected readonly typeName = "ConditionalFormatRule";
  protected readonly readers: Readers<ConditionalFormatRef, FormulaRuleSnapshot> = {
    formula: customFormula,
    formulaLocal: customFormula,
  };

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API });
  }

  get formula(): string | null {
    return this.loaded("formula");
  }
  set formula(formula: string | null) {
    this.setFormula(formula, "formula");
  }
  get formulaLocal(): string | null {
    return this.loaded("formulaLocal");
  }
  set formulaLocal(formula: string | null) {
    this.setFormula(formula, "formulaLocal");
  }

  private setFormula(formula: unknown, property: string): void {
    const location = `ConditionalFormatRule.${property}`;
    this.queueWrite(location, (ref) => {
      const text = requireFormula(formula, property, location);
      if (!text.startsWith("=")) throw invalidArgument(`A conditional format formula must start with "=": ${text}`, location);
      this.context.model.assertWritable(ref.sheet, location);
      ref.cf.rule = { formula: text };
      recordChange(this.context.model, ref, "conditionalFormat.rule", { rule: { formula: text } });
    });
  }
}

export class FakeConditionalRangeFormat extends FakeClientObject<ConditionalFormatRef, EmptySnapshot> {
  protected readonly typeName = "ConditionalRangeFormat";
  protected readonly readers: Readers<ConditionalFormatRef, EmptySnapshot> = {};
  private fillProxy: FakeConditionalRangeFill | undefined;
  private fontProxy: FakeConditionalRangeFont | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API });
  }

  get fill(): FakeConditionalRangeFill {
    this.fillProxy ??= new FakeConditionalRangeFill(this.context, () => this.model("ConditionalRangeFormat.fill"));
    return this.fillProxy;
  }

  get font(): FakeConditionalRangeFont {
    this.fontProxy ??= new FakeConditionalRangeFont(this.context, () => this.model("ConditionalRangeFormat.font"));
    return this.fontProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
}

function setCfFormat(
  context: FakeRequestContext,
  ref: ConditionalFormatRef,
  location: string,
  change: (cf: ConditionalFormatModel) => void,
  detail: Record<string, unknown>,
): void {
  context.model.assertWritable(ref.sheet, location);
  change(ref.cf);
  recordChange(context.model, ref, "conditionalFormat.format", detail);
}

export class FakeConditionalRangeFill extends FakeClientObject<ConditionalFormatRef, { color: string | null }> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly readers: Readers<ConditionalFormatRef, { color: string | null }> = { color: (r) => r.cf.fill };

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API });
  }

  get color(): string | null {
    return this.loaded("color");
  }
  set color(colour: string | null) {
    const location = "ConditionalRangeFill.color";
    this.queueWrite(location, (ref) => {
      const value = normaliseColour(colour, location);
      setCfFormat(this.context, ref, location, (cf) => (cf.fill = value), { fill: value });
    });
  }

  clear(): void {
    const location = "ConditionalRangeFill.clear";
    this.queueWrite(location, (ref) => setCfFormat(this.context, ref, location, (cf) => (cf.fill = null), { fill: null }));
  }
}

interface CfFontSnapshot {
  color: string | null;
  bold: boolean | null;
  italic: boolean | null;
}

export class FakeConditionalRangeFont extends FakeClientObject<ConditionalFormatRef, CfFontSnapshot> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly readers: Readers<ConditionalFormatRef, CfFontSnapshot> = {
    color: (r) => r.cf.fontColor,
    bold: (r) => r.cf.fontBold,
    italic: (r) => r.cf.fontItalic,
  };

  constructor(context: FakeRequestContext, resolver: Resolver<ConditionalFormatRef>) {
    super(context, resolver, { minApi: CONDITIONAL_FORMAT_API });
  }

  get color(): string | null {
    return this.loaded("color");
  }
  set color(colour: string | null) {
    const location = "ConditionalRangeFont.color";
    this.queueWrite(location, (ref) => {
      const value = normaliseColour(colour, location);
      setCfFormat(this.context, ref, location, (cf) => (cf.fontColor = value), { fontColor: value });
    });
  }
  get bold(): boolean | null {
    return this.loaded("bold");
  }
  set bold(bold: boolean | null) {
    this.setFlag("bold", bold, (cf, v) => (cf.fontBold = v));
  }
  get italic(): boolean | null {
    return this.loaded("italic");
  }
  set italic(italic: boolean | null) {
    this.setFlag("italic", italic, (cf, v) => (cf.fontItalic = v));
  }

  clear(): void {
    const location = "ConditionalRangeFont.clear";
    this.queueWrite(location, (ref) =>
      setCfFormat(
        this.context,
        ref,
        location,
        (cf) => {
          cf.fontColor = null;
          cf.fontBold = null;
          cf.fontItalic = null;
        },
        { font: null },
      ),
    );
  }

  private setFlag(property: string, value: unknown, apply: (cf: ConditionalFormatModel, v: boolean) => void): void {
    const location = `ConditionalRangeFont.${property}`;
    this.queueWrite(location, (ref) => {
      if (typeof value !== "boolean") throw invalidArgument(`${property} must be true or false.`, location);
      setCfFormat(this.context, ref, location, (cf) => apply(cf, value), { [property]: value });
    });
  }
}
