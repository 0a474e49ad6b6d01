/**
 * Errors shaped like office-js's `OfficeExtension.Error` (runtime name "RichApi.Error"), so host code that
 * branches on `error.code` or reads `error.debugInfo.errorLocation` behaves as it would against Excel.
 */

/** The error codes the fake raises: Excel's (`Excel.ErrorCodes`) and the client-side ones. */
export const FakeErrorCodes = {
  accessDenied: "AccessDenied",
  apiNotFound: "ApiNotFound",
  formulaLengthExceedsLimit: "FormulaLengthExceedsLimit",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidOperation: "InvalidOperation",
  invalidReference: "InvalidReference",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  notImplemented: "NotImplemented",
  rangeExceedsLimit: "RangeExceedsLimit",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  unsupportedOperation: "UnsupportedOperation",
  // Client-side codes (OfficeExtension.ErrorCodes).
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidObjectPath: "InvalidObjectPath",
  invalidRequestContext: "InvalidRequestContext",
  runMustReturnPromise: "RunMustReturnPromise",
} as const;

export type FakeErrorCode = (typeof FakeErrorCodes)[keyof typeof FakeErrorCodes];

export interface FakeDebugInfo {
  readonly code: string;
  readonly message: string;
  readonly errorLocation: string;
}

/** What `sync()` rejects with, and what reading an unloaded property throws. */
export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation: string) {
    super(message);
    Object.setPrototypeOf(this, FakeOfficeError.prototype);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  override toString(): string {
    return `${this.code}: ${this.message}`;
  }
}

export function isFakeOfficeError(error: unknown): error is FakeOfficeError {
  return error instanceof FakeOfficeError;
}

/** Shorthands; each returns the error so call sites read `throw invalidArgument(...)`. */
export const invalidArgument = (message: string, location: string): FakeOfficeError =>
  new FakeOfficeError(FakeErrorCodes.invalidArgument, message, location);

export const itemNotFound = (message: string, location: string): FakeOfficeError =>
  new FakeOfficeError(FakeErrorCodes.itemNotFound, message, location);

export const itemAlreadyExists = (message: string, location: string): FakeOfficeError =>
  new FakeOfficeError(
    FakeErrorCodes.itemAlreadyExists,
    `A resource with the same name or identifier already exists. ${message}`,
    location,
  );

export const notImplemented = (message: string, location: string): FakeOfficeError =>
  new FakeOfficeError(FakeErrorCodes.notImplemented, `Not modelled by the office-js fake: ${message}`, location);

export const invalidOperation = (message: string, location: string): FakeOfficeError =>
  new FakeOfficeError(FakeErrorCodes.invalidOperation, message, location);
