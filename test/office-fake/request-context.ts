/**
 * The batch: proxies queue operations on the context; `sync()` applies them in order against the model.
 * Excel is not transactional: when an operation fails, the ones before it stay applied, the rest of the
 * batch is dropped, and `sync()` rejects with the failing operation's error.
 */
import { FakeErrorCodes, FakeOfficeError } from "./errors";
import { deliverEdits } from "./events";
import type { WorkbookModel } from "./workbook-model";
import { FakeWorkbook, type FakeApplication } from "./workbook";

export interface QueuedOperation {
  /** Where an error is reported, e.g. "WorksheetCollection.add". */
  readonly location: string;
  /** Whether the operation changes the workbook (loads do not). */
  readonly mutates: boolean;
  /** The ExcelApi requirement set the operation needs. */
  readonly minApi: string | null;
  /** Applies the operation; loads push the snapshot they took onto `commits`, run only if the whole sync succeeds. */
  readonly apply: (commits: Array<() => void>) => void;
}

let syncSerial = 0;

/** UTF-8 length without Buffer or TextEncoder, which the jsdom test environment lacks. */
function utf8Length(text: string): number {
  if (/^[\x00-\x7f]*$/.test(text)) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Excel on the web's limit on one request (resource-limits doc: 5 MB). */
export const WEB_REQUEST_LIMIT = 5 * 1024 * 1024;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** office-js's tracked-object bookkeeping; meaningless for the fake, kept so host calls do not break. */
  readonly trackedObjects = {
    add: (): void => undefined,
    remove: (): void => undefined,
  };
  private queue: QueuedOperation[] = [];
  /** Estimated bytes of the values and formulas queued since the last sync (see notePayload). */
  private payloadBytes = 0;
  /** Estimated bytes of the grids loaded by the sync being applied (see noteResponse). */
  private responseBytes = 0;
  private closed = false;
  private applyingSync = 0;

  constructor(readonly model: WorkbookModel) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  /** Id of the sync being applied (0 outside a sync), so proxies resolve once per request as Excel does. */
  get currentSync(): number {
    return this.applyingSync;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  enqueue(operation: QueuedOperation): void {
    this.assertOpen(operation.location);
    this.queue.push(operation);
  }

  /**
   * Counts what a written grid adds to the request: its JSON length. Excel on the web refuses a request
   * over 5 MB; the fake does the same on platform "OfficeOnline", counting only written grids (so a
   * request the fake accepts may still be a little larger in Excel).
   */
  notePayload(grid: unknown): void {
    try {
      this.payloadBytes += utf8Length(JSON.stringify(grid) ?? "");
    } catch {
      // Not JSON: the write itself fails at sync with a clearer error.
    }
  }

  /**
   * Counts a loaded grid (values, formulas, text...) towards the response. Excel on the web refuses
   * to send more than 5 MB back from one request; the fake does the same on platform "OfficeOnline",
   * counting loaded grids only. That the writes of such a batch stay applied is a guess.
   */
  noteResponse(value: unknown): void {
    if (!Array.isArray(value)) return;
    try {
      this.responseBytes += utf8Length(JSON.stringify(value) ?? "");
    } catch {
      // Not JSON: nothing a response could carry.
    }
  }

  /** Mutations queued since the last sync. */
  pendingMutations(): number {
    return this.queue.filter((op) => op.mutates).length;
  }

  sync(): Promise<void>;
  sync<T>(passThroughValue: T): Promise<T>;
  sync<T>(passThroughValue?: T): Promise<T | undefined> {
    try {
      this.assertOpen("RequestContext.sync");
    } catch (error) {
      return Promise.reject(error);
    }
    this.model.syncCount += 1;
    const batch = this.queue;
    const bytes = this.payloadBytes;
    this.queue = [];
    this.payloadBytes = 0;
    this.model.requestBytes.push(bytes);
    if (this.model.platform === "OfficeOnline" && bytes > WEB_REQUEST_LIMIT) {
      return Promise.reject(
        new FakeOfficeError(
          FakeErrorCodes.requestPayloadSizeLimitExceeded,
          `The request payload size has exceeded the limit (about ${bytes} bytes of values in one request; Excel on the web accepts 5 MB).`,
          "RequestContext.sync",
        ),
      );
    }
    const commits: Array<() => void> = [];
    this.responseBytes = 0;
    syncSerial += 1;
    this.applyingSync = syncSerial;
    try {
      for (const operation of batch) {
        if (operation.minApi !== null) this.model.requireApi(operation.minApi, operation.location);
        operation.apply(commits);
      }
    } catch (error) {
      return Promise.reject(error);
    } finally {
      this.applyingSync = 0;
      // Changes that were applied raise onChanged events after the sync, even if a later operation failed.
      if (this.model.pendingEdits.length > 0) queueMicrotask(() => void deliverEdits(this.model));
    }
    if (this.model.platform === "OfficeOnline" && this.responseBytes > WEB_REQUEST_LIMIT) {
      return Promise.reject(
        new FakeOfficeError(
          FakeErrorCodes.responsePayloadSizeLimitExceeded,
          `The response payload size has exceeded the limit (about ${this.responseBytes} bytes of loaded values; Excel on the web sends 5 MB).`,
          "RequestContext.sync",
        ),
      );
    }
    for (const commit of commits) commit();
    return Promise.resolve(passThroughValue);
  }

  /** Objects from another `Excel.run` cannot be passed in (office-js checks this on the client). */
  assertSameContext(other: { readonly context: unknown }, location: string): void {
    if (other.context !== this) {
      throw new FakeOfficeError(
        FakeErrorCodes.invalidRequestContext,
        "Cannot use the object across different request contexts.",
        location,
      );
    }
  }

  close(): void {
    this.closed = true;
    this.queue = [];
  }

  /** `Excel.run(context, batch)` on a finished context (e.g. to remove an event handler) reopens it. */
  reopen(): void {
    this.closed = false;
  }

  private assertOpen(location: string): void {
    if (this.closed) {
      throw new FakeOfficeError(
        FakeErrorCodes.invalidRequestContext,
        "This request context's Excel.run has finished; its objects can no longer be used.",
        location,
      );
    }
  }
}
