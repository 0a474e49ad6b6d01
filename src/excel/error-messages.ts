import { WorkbookError } from "../core/workbook-error";

/**
 * Plain sentences for every OfficeExtension.Error code the Excel APIs document. Codes are compared as
 * strings: `Excel.ErrorCodes` does not list them all, and messages are localised so never matched.
 */
const SENTENCES: Readonly<Record<string, string>> = {
  AccessDenied: "Excel would not allow the change. A sheet may be protected, or the workbook is read-only.",
  ActivityLimitReached: "Excel is busy with too many requests. Wait a moment, then try again.",
  ApiNotFound: "This version of Excel does not have a feature the add-in needs. Update Excel, or use Excel on the web.",
  Conflict: "Someone else changed the workbook at the same time. Try again.",
  FilteredRangeConflict: "A filter is in the way. Clear the filters on the table, then try again.",
  FormulaLengthExceedsLimit: "A formula would be longer than Excel allows.",
  GeneralException: "Excel reported an internal error. Try again; if it keeps happening, save and reopen the workbook.",
  InactiveWorkbook: "The workbook is not active. Click into the workbook, then try again.",
  InsertDeleteConflict: "Rows or columns could not be inserted or deleted here, probably because of a filter or another table.",
  InvalidArgument: "Excel refused a value the add-in sent. The workbook may have changed since it was read; try again.",
  InvalidOperation: "Excel could not do that just now. If you are editing a cell, press Enter or Esc, then try again.",
  InvalidOperationInCellEditMode: "You are editing a cell. Press Enter or Esc to finish, then try again.",
  InvalidReference: "A reference to a cell, sheet or table is no longer valid. The workbook may have changed; try again.",
  InvalidRequest: "Excel could not process the request.",
  InvalidSelection: "The current selection is not valid for that.",
  ItemAlreadyExists: "Something with that name already exists in the workbook: a sheet, table or defined name.",
  ItemNotFound: "A sheet, table or name the add-in expected is not there any more. The workbook may have changed; try again.",
  MemoryLimitReached: "Excel ran out of memory for this change. Close other workbooks, then try again.",
  MergedRangeConflict: "Merged cells are in the way. Unmerge the cells where the add-in writes, then try again.",
  NonBlankCellOffSheet: "Excel cannot insert cells here because data would be pushed off the sheet.",
  NotImplemented: "This version of Excel does not support that feature.",
  OperationCellsExceedLimit: "The change touches more cells than Excel allows at once.",
  PivotTableRangeConflict: "A PivotTable is in the way of the cells the add-in writes to.",
  RangeExceedsLimit: "The range is larger than Excel can handle at once.",
  RequestAborted: "The request was cancelled before it finished. Try again.",
  RequestPayloadSizeLimitExceeded: "The change is larger than Excel on the web accepts in one go.",
  ResponsePayloadSizeLimitExceeded: "The workbook is larger than Excel on the web can send to the add-in in one go.",
  UndoNotSupported: "Excel cannot group this change for undo.",
  UnsupportedOperation: "Excel does not support that operation here.",
  UnsupportedSheet: "This kind of sheet (a chart or macro sheet) cannot be used.",
  PropertyNotLoaded: "The add-in read something before Excel had sent it. This is a bug in the add-in.",
  ValueNotLoaded: "The add-in read something before Excel had sent it. This is a bug in the add-in.",
  InvalidObjectPath: "The add-in referred to something that no longer exists in the workbook. Try again.",
  InvalidRequestContext: "The add-in lost its connection to the workbook. Close and reopen the task pane.",
  RunMustReturnPromise: "The add-in made an internal error talking to Excel. This is a bug in the add-in.",
  CannotRegisterEvent: "Excel could not watch the workbook for changes.",
  ConnectionFailure: "The add-in lost its connection to Excel. Close and reopen the task pane.",
};

export const KNOWN_ERROR_CODES: readonly string[] = Object.keys(SENTENCES);

function codeOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string") return code;
  }
  return "";
}

/** Where in the batch Excel failed, e.g. "Range.values", when it says. */
function locationOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "debugInfo" in error) {
    const info = (error as { debugInfo: unknown }).debugInfo;
    if (typeof info === "object" && info !== null && "errorLocation" in info) {
      const location = (info as { errorLocation: unknown }).errorLocation;
      if (typeof location === "string") return location;
    }
  }
  return "";
}

/** A sentence for the user about an error from office-js, with the code kept for the record. */
/** True when Excel refused a sync because its answer would pass Excel on the web's 5 MB limit. */
export function isResponseTooLarge(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

export function describeExcelError(error: unknown, during: string): WorkbookError {
  const code = codeOf(error);
  const sentence = SENTENCES[code];
  const where = locationOf(error);
  const detail = sentence ?? `Excel reported "${code || (error instanceof Error ? error.message : String(error))}".`;
  return new WorkbookError(`${during} did not finish. ${detail}${where ? ` (at ${where})` : ""}`, code);
}
