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

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  /** office-js's tracked-object bookkeeping; meaningless for the fake, kept so host calls do not break. */
  readonly trackedObjects = {
    add: (): void => undefined,
    remove: (): void => undefined,
  };
  private queue: QueuedOperation[] = [];
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
    this.queue = [];
    const commits: Array<() => void> = [];
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
