/**
 * `Excel.DataValidation` (ExcelApi 1.8). Setting anything on a range whose cells carry different
 * validation (or validation on some cells only) fails with InvalidArgument, as office-js#2594 reports;
 * `clear()` first.
 */
import { cellCount, formatLocalAddress, qualifiedAbsoluteAddress } from "./addresses";
import { invalidArgument } from "./errors";
import { FakeClientObject, type Readers, type Resolver } from "./proxy-loading";
import type { RangeRef } from "./range";
import type { FakeRequestContext } from "./request-context";
import {
  cloneValidationEntry,
  newValidationEntry,
  type BasicValidationRule,
  type ValidationEntry,
  type ValidationErrorAlert,
  type ValidationPrompt,
  type ValidationRule,
} from "./validation-store";

export const DATA_VALIDATION_API = "1.8";

/** Excel caps an inline (comma-separated) list at 255 characters. */
export const MAX_INLINE_LIST = 255;

const OPERATORS = new Set([
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
]);

const RULE_TYPES: Readonly<Record<string, string>> = {
  list: "List",
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  custom: "Custom",
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function ruleType(rule: ValidationRule | null): string {
  if (rule === null) return "None";
  const [key] = Object.keys(rule);
  return (key !== undefined ? RULE_TYPES[key] : undefined) ?? "None";
}

/** A Range given as a list source, without importing the Range class (which imports this file). */
interface RangeLike {
  readonly context: unknown;
  refFor(location: string): RangeRef;
}

function isRangeLike(value: unknown): value is RangeLike {
  return isRecord(value) && typeof value.refFor === "function" && "context" in value;
}

function parseBasic(input: unknown, location: string): BasicValidationRule {
  if (!isRecord(input)) throw invalidArgument("The rule needs { formula1, operator }.", location);
  const { formula1, formula2, operator } = input;
  if (typeof operator !== "string" || !OPERATORS.has(operator)) {
    throw invalidArgument(`"${String(operator)}" is not a data validation operator.`, location);
  }
  const isFormula = (v: unknown): v is string | number => (typeof v === "string" && v !== "") || typeof v === "number";
  if (!isFormula(formula1)) throw invalidArgument("formula1 is required.", location);
  if (operator === "Between" || operator === "NotBetween") {
    if (!isFormula(formula2)) throw invalidArgument(`${operator} needs formula2.`, location);
    return { formula1, formula2, operator };
  }
  return { formula1, operator };
}

function parseRule(input: unknown, context: FakeRequestContext, location: string): ValidationRule {
  if (!isRecord(input)) throw invalidArgument("A data validation rule must be an object.", location);
  const keys = Object.keys(input).filter((k) => input[k] !== undefined && input[k] !== null);
  const [key] = keys;
  if (keys.length !== 1 || key === undefined) {
    throw invalidArgument(`A data validation rule needs exactly one of ${Object.keys(RULE_TYPES).join(", ")}.`, location);
  }
  const body = input[key];
  switch (key) {
    case "list": {
      if (!isRecord(body)) throw invalidArgument("The list rule needs { inCellDropDown, source }.", location);
      if (typeof body.inCellDropDown !== "boolean") throw invalidArgument("list.inCellDropDown must be true or false.", location);
      return { list: { inCellDropDown: body.inCellDropDown, source: parseListSource(body.source, context, location) } };
    }
    case "wholeNumber":
      return { wholeNumber: parseBasic(body, location) };
    case "decimal":
      return { decimal: parseBasic(body, location) };
    case "textLength":
      return { textLength: parseBasic(body, location) };
    case "date":
      return { date: parseBasic(body, location) };
    case "time":
      return { time: parseBasic(body, location) };
    case "custom": {
      if (!isRecord(body) || typeof body.formula !== "string" || body.formula === "") {
        throw invalidArgument("The custom rule needs { formula }.", location);
      }
      return { custom: { formula: body.formula } };
    }
    default:
      throw invalidArgument(`"${key}" is not a data validation rule type.`, location);
  }
}

function parseListSource(source: unknown, context: FakeRequestContext, location: string): string {
  if (typeof source === "string") {
    if (source.startsWith("=")) {
      if (source.length === 1) throw invalidArgument("The list source formula is empty.", location);
      return source;
    }
    if (source.trim() === "") throw invalidArgument("The list source is empty.", location);
    if (source.length > MAX_INLINE_LIST) {
      throw invalidArgument(
        `An inline list source is limited to ${MAX_INLINE_LIST} characters; this one has ${source.length}. Point the list at a range instead.`,
        location,
      );
    }
    return source;
  }
  if (isRangeLike(source)) {
    context.assertSameContext(source, location);
    const ref = source.refFor(location);
    return `=${qualifiedAbsoluteAddress(ref.sheet.name, ref.area)}`;
  }
  throw invalidArgument("The list source must be a string or a Range.", location);
}

function parseErrorAlert(input: unknown, current: ValidationErrorAlert, location: string): ValidationErrorAlert {
  if (!isRecord(input)) throw invalidArgument("errorAlert must be an object.", location);
  const next = { ...current };
  if (input.showAlert !== undefined) {
    if (typeof input.showAlert !== "boolean") throw invalidArgument("errorAlert.showAlert must be true or false.", location);
    next.showAlert = input.showAlert;
  }
  if (input.style !== undefined) {
    if (input.style !== "Stop" && input.style !== "Warning" && input.style !== "Information") {
      throw invalidArgument(`"${String(input.style)}" is not an alert style (Stop, Warning, Information).`, location);
    }
    next.style = input.style;
  }
  next.title = limitedText(input.title, current.title, 32, "errorAlert.title", location);
  next.message = limitedText(input.message, current.message, 225, "errorAlert.message", location);
  return next;
}

function parsePrompt(input: unknown, current: ValidationPrompt, location: string): ValidationPrompt {
  if (!isRecord(input)) throw invalidArgument("prompt must be an object.", location);
  const next = { ...current };
  if (input.showPrompt !== undefined) {
    if (typeof input.showPrompt !== "boolean") throw invalidArgument("prompt.showPrompt must be true or false.", location);
    next.showPrompt = input.showPrompt;
  }
  next.title = limitedText(input.title, current.title, 32, "prompt.title", location);
  next.message = limitedText(input.message, current.message, 255, "prompt.message", location);
  return next;
}

/** Title and message limits come from the file format ([MS-XLSB] DValStrings). */
function limitedText(value: unknown, current: string, max: number, what: string, location: string): string {
  if (value === undefined) return current;
  if (typeof value !== "string") throw invalidArgument(`${what} must be a string.`, location);
  if (value.length > max) throw invalidArgument(`${what} is limited to ${max} characters; got ${value.length}.`, location);
  return value;
}

/** Changes the validation of every cell in the range, refusing ranges with mixed validation. */
function updateValidation(
  context: FakeRequestContext,
  ref: RangeRef,
  kind: string,
  location: string,
  change: (entry: ValidationEntry) => void,
  detail: Record<string, unknown>,
): void {
  const model = context.model;
  model.assertWritable(ref.sheet, location);
  const coverage = ref.sheet.validation.coverage(ref.area);
  if (coverage.kind === "mixed") {
    throw invalidArgument(
      `${formatLocalAddress(ref.area)} partly overlaps existing data validation (${coverage.coveredCells} of ${cellCount(ref.area)} cells, ${coverage.entries.length} rule(s)); call dataValidation.clear() first (office-js#2594).`,
      location,
    );
  }
  if (coverage.kind === "none") {
    const entry = newValidationEntry();
    change(entry);
    ref.sheet.validation.set(ref.area, entry);
  } else if (coverage.coversWholeEntry) {
    change(coverage.entry);
  } else {
    const entry = cloneValidationEntry(coverage.entry);
    change(entry);
    ref.sheet.validation.set(ref.area, entry);
  }
  model.record({ kind, sheet: ref.sheet.name, address: formatLocalAddress(ref.area), ...detail });
}

type ValidationRuleSnapshot = ValidationRule | Record<string, never>;

interface DataValidationSnapshot {
  type: string;
  rule: ValidationRuleSnapshot | null;
  errorAlert: ValidationErrorAlert | null;
  prompt: ValidationPrompt | null;
  ignoreBlanks: boolean | null;
}

function consistentEntry(ref: RangeRef): ValidationEntry | "none" | "mixed" {
  const coverage = ref.sheet.validation.coverage(ref.area);
  if (coverage.kind === "none") return "none";
  if (coverage.kind === "uniform") return coverage.entry;
  return "mixed";
}

const copy = <T>(value: T): T => structuredClone(value);

const validationReaders: Readers<RangeRef, DataValidationSnapshot> = {
  type: (ref) => {
    const coverage = ref.sheet.validation.coverage(ref.area);
    if (coverage.kind === "none") return "None";
    if (coverage.kind === "uniform") return ruleType(coverage.entry.rule);
    if (coverage.coveredCells < cellCount(ref.area)) return "Inconsistent";
    const rules = new Set(coverage.entries.map((e) => JSON.stringify(e.rule)));
    const [first] = coverage.entries;
    return rules.size === 1 && first ? ruleType(first.rule) : "MixedCriteria";
  },
  rule: (ref) => {
    const entry = consistentEntry(ref);
    if (entry === "mixed") return null;
    return entry === "none" || entry.rule === null ? {} : copy(entry.rule);
  },
  errorAlert: (ref) => {
    const entry = consistentEntry(ref);
    if (entry === "mixed") return null;
    return copy(entry === "none" ? newValidationEntry().errorAlert : entry.errorAlert);
  },
  prompt: (ref) => {
    const entry = consistentEntry(ref);
    if (entry === "mixed") return null;
    return copy(entry === "none" ? newValidationEntry().prompt : entry.prompt);
  },
  ignoreBlanks: (ref) => {
    const entry = consistentEntry(ref);
    if (entry === "mixed") return null;
    return entry === "none" ? true : entry.ignoreBlanks;
  },
};

export class FakeDataValidation extends FakeClientObject<RangeRef, DataValidationSnapshot> {
  protected readonly typeName = "DataValidation";
  protected readonly readers = validationReaders;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, { minApi: DATA_VALIDATION_API });
  }

  /** "None" | "List" | ... | "Inconsistent" | "MixedCriteria". */
  get type(): string {
    return this.loaded("type");
  }

  get rule(): ValidationRuleSnapshot | null {
    return this.loaded("rule");
  }
  set rule(rule: unknown) {
    const location = "DataValidation.rule";
    this.queueWrite(location, (ref) => {
      const parsed = parseRule(rule, this.context, location);
      updateValidation(this.context, ref, "dataValidation.rule", location, (e) => (e.rule = parsed), { rule: parsed });
    });
  }

  get errorAlert(): ValidationErrorAlert | null {
    return this.loaded("errorAlert");
  }
  set errorAlert(alert: unknown) {
    const location = "DataValidation.errorAlert";
    this.queueWrite(location, (ref) => {
      updateValidation(this.context, ref, "dataValidation.errorAlert", location, (e) => (e.errorAlert = parseErrorAlert(alert, e.errorAlert, location)), {});
    });
  }

  get prompt(): ValidationPrompt | null {
    return this.loaded("prompt");
  }
  set prompt(prompt: unknown) {
    const location = "DataValidation.prompt";
    this.queueWrite(location, (ref) => {
      updateValidation(this.context, ref, "dataValidation.prompt", location, (e) => (e.prompt = parsePrompt(prompt, e.prompt, location)), {});
    });
  }

  get ignoreBlanks(): boolean | null {
    return this.loaded("ignoreBlanks");
  }
  set ignoreBlanks(ignore: unknown) {
    const location = "DataValidation.ignoreBlanks";
    this.queueWrite(location, (ref) => {
      if (typeof ignore !== "boolean") throw invalidArgument("ignoreBlanks must be true or false.", location);
      updateValidation(this.context, ref, "dataValidation.ignoreBlanks", location, (e) => (e.ignoreBlanks = ignore), { ignoreBlanks: ignore });
    });
  }

  /** Removes every validation from the range's cells (user-made ones too). */
  clear(): void {
    const location = "DataValidation.clear";
    this.queueWrite(location, (ref) => {
      this.context.model.assertWritable(ref.sheet, location);
      ref.sheet.validation.clear(ref.area);
      this.context.model.record({ kind: "dataValidation.clear", sheet: ref.sheet.name, address: formatLocalAddress(ref.area) });
    });
  }
}
