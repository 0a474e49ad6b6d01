/**
 * The globals the host code uses: `Excel` (run + enums), `Office` (onReady, requirement sets) and
 * `OfficeExtension` (Error, ErrorCodes). Installed on globalThis for a test, removed after it.
 */
import { FakeErrorCodes, FakeOfficeError } from "./errors";
import { FakeClientObject, FakeClientResult } from "./proxy-loading";
import { FakeRequestContext } from "./request-context";
import { versionAtLeast, type WorkbookModel } from "./workbook-model";

export type FakeBatch<T> = (context: FakeRequestContext) => Promise<T>;

function isBatch(value: unknown): value is (context: FakeRequestContext) => unknown {
  return typeof value === "function";
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    "then" in value &&
    typeof value.then === "function"
  );
}

/** The context to reuse when `run` is given a context or API object(s) instead of options. */
function contextOf(first: unknown): FakeRequestContext | null {
  if (first instanceof FakeRequestContext) return first;
  if (first instanceof FakeClientObject) return first.context;
  if (Array.isArray(first) && first[0] instanceof FakeClientObject) return first[0].context;
  return null;
}

/**
 * `Excel.run(batch)` / `Excel.run(options, batch)` / `Excel.run(object, batch)`.
 *
 * Real Excel syncs whatever is still queued when the batch's promise resolves. The fake instead fails:
 * a write that only lands thanks to that implicit sync is usually a forgotten `await context.sync()`
 * (and any read after it would have failed), so tests should see it.
 */
export function createRun(model: WorkbookModel): (...args: unknown[]) => Promise<unknown> {
  return async (...args: unknown[]): Promise<unknown> => {
    const batch = args[args.length - 1];
    if (!isBatch(batch)) throw new FakeOfficeError(FakeErrorCodes.invalidArgument, "Excel.run needs a batch function.", "Excel.run");
    const reused = args.length > 1 ? contextOf(args[0]) : null;
    const reopened = reused !== null && reused.isClosed;
    if (reopened) reused.reopen();
    const context = reused ?? new FakeRequestContext(model);
    try {
      const result = batch(context);
      if (!isThenable(result)) {
        throw new FakeOfficeError(
          FakeErrorCodes.runMustReturnPromise,
          'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
          "Excel.run",
        );
      }
      const value = await result;
      const pending = context.pendingMutations();
      if (pending > 0) {
        throw new Error(
          `Excel.run finished with ${pending} queued operations that were never synced (real Excel would sync them implicitly; the fake treats a missing "await context.sync()" as a bug).`,
        );
      }
      return value;
    } finally {
      if (!reused || reopened) context.close();
    }
  };
}

const excelErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  conflict: "Conflict",
  filteredRangeConflict: "FilteredRangeConflict",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  inactiveWorkbook: "InactiveWorkbook",
  insertDeleteConflict: "InsertDeleteConflict",
  invalidArgument: "InvalidArgument",
  invalidBinding: "InvalidBinding",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  invalidSelection: "InvalidSelection",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  mergedRangeConflict: "MergedRangeConflict",
  nonBlankCellOffSheet: "NonBlankCellOffSheet",
  notImplemented: "NotImplemented",
  operationCellsExceedLimit: "OperationCellsExceedLimit",
  pivotTableRangeConflict: "PivotTableRangeConflict",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestAborted: "RequestAborted",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedFeature: "UnsupportedFeature",
  unsupportedOperation: "UnsupportedOperation",
  unsupportedSheet: "UnsupportedSheet",
  invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
} as const;

const officeExtensionErrorCodes = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
} as const;

/** The string enums host code may use at runtime (`Excel.ConditionalFormatType.cellValue`...). */
const excelEnums = {
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ConditionalCellValueOperator: {
    invalid: "Invalid",
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  ConditionalTextOperator: {
    invalid: "Invalid",
    contains: "Contains",
    notContains: "NotContains",
    beginsWith: "BeginsWith",
    endsWith: "EndsWith",
  },
  ConditionalFormatPresetCriterion: {
    invalid: "Invalid",
    blanks: "Blanks",
    nonBlanks: "NonBlanks",
    errors: "Errors",
    nonErrors: "NonErrors",
    duplicateValues: "DuplicateValues",
    uniqueValues: "UniqueValues",
  },
  DataValidationType: {
    none: "None",
    wholeNumber: "WholeNumber",
    decimal: "Decimal",
    list: "List",
    date: "Date",
    time: "Time",
    textLength: "TextLength",
    custom: "Custom",
    inconsistent: "Inconsistent",
    mixedCriteria: "MixedCriteria",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { information: "Information", stop: "Stop", warning: "Warning" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents", hyperlinks: "Hyperlinks", removeHyperlinks: "RemoveHyperlinks" },
  RangeValueType: {
    unknown: "Unknown",
    empty: "Empty",
    string: "String",
    integer: "Integer",
    double: "Double",
    boolean: "Boolean",
    error: "Error",
    richValue: "RichValue",
  },
} as const;

export interface FakeOfficeGlobals {
  readonly Excel: Readonly<Record<string, unknown>>;
  readonly Office: Readonly<Record<string, unknown>>;
  readonly OfficeExtension: Readonly<Record<string, unknown>>;
}

export function createGlobals(model: WorkbookModel): FakeOfficeGlobals {
  const info = { host: "Excel", platform: model.platform };
  const Excel = {
    run: createRun(model),
    ErrorCodes: excelErrorCodes,
    ...excelEnums,
    /** `new Excel.RequestContext()` works on this fake's workbook (the host should prefer Excel.run). */
    RequestContext: class extends FakeRequestContext {
      constructor() {
        super(model);
      }
    },
  };
  const Office = {
    onReady: (callback?: (i: typeof info) => void): Promise<typeof info> => {
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    context: {
      host: "Excel",
      platform: model.platform,
      officeTheme: model.darkTheme
        ? { isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#333333", controlForegroundColor: "#FFFFFF", themeId: "Black" }
        : { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000", themeId: "White" },
      requirements: {
        /** Answers from the fake's configured ExcelApi level; other sets are unsupported. */
        isSetSupported: (name: string, minVersion?: string | number): boolean => {
          if (typeof name !== "string" || name.toLowerCase() !== "excelapi") return false;
          if (minVersion === undefined) return true;
          return versionAtLeast(model.excelApi, String(minVersion));
        },
      },
    },
  };
  const OfficeExtension = {
    Error: FakeOfficeError,
    ErrorCodes: officeExtensionErrorCodes,
    ClientResult: FakeClientResult,
    ClientObject: FakeClientObject,
    config: { extendedErrorLogging: false },
  };
  return { Excel, Office, OfficeExtension };
}

const GLOBAL_NAMES = ["Excel", "Office", "OfficeExtension"] as const;
let saved: Map<string, { had: boolean; value: unknown }> | null = null;

export function installGlobals(globals: FakeOfficeGlobals): void {
  if (saved === null) {
    saved = new Map(GLOBAL_NAMES.map((name) => [name, { had: Reflect.has(globalThis, name), value: Reflect.get(globalThis, name) }]));
  }
  Reflect.set(globalThis, "Excel", globals.Excel);
  Reflect.set(globalThis, "Office", globals.Office);
  Reflect.set(globalThis, "OfficeExtension", globals.OfficeExtension);
}

export function uninstallGlobals(): void {
  for (const name of GLOBAL_NAMES) {
    const before = saved?.get(name);
    if (before?.had) Reflect.set(globalThis, name, before.value);
    else Reflect.deleteProperty(globalThis, name);
  }
  saved = null;
}
