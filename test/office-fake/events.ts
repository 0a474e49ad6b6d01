/**
 * `onChanged` events (worksheet: ExcelApi 1.7; worksheets collection: 1.9). Registration and removal are
 * queued and take effect at sync, as in office-js. Cell-content changes (the add-in's own writes, and
 * edits simulated by the test) are delivered asynchronously after the sync that made them, with
 * `triggerSource` only when ExcelApi 1.14 is available and `details` only for single-cell changes.
 */
import { cellCount, formatLocalAddress, type Rect } from "./addresses";
import { itemNotFound } from "./errors";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import type { CellScalar } from "./values-parsing";
import type { SheetModel, WorkbookModel } from "./workbook-model";

/** Who changed the cells, as `triggerSource` reports it. */
export type ChangeOrigin = "ThisLocalAddin" | "Unknown";

/** A change to cell contents, waiting to be delivered to handlers. */
export interface CellEdit {
  readonly sheetId: string;
  readonly area: Rect;
  readonly origin: ChangeOrigin;
  readonly before: CellScalar | null;
  readonly after: CellScalar | null;
}

export type ChangeHandler = (args: WorksheetChangedArgs) => unknown;

export interface RegisteredHandler {
  readonly id: string;
  /** null: every sheet (worksheets.onChanged); otherwise one sheet's id. */
  readonly sheetId: string | null;
  readonly handler: ChangeHandler;
}

function valueType(value: CellScalar | null): string {
  if (value === null || value === "") return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return "String";
}

export interface WorksheetChangedArgs {
  readonly type: "WorksheetChanged";
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly address: string;
  readonly worksheetId: string;
  readonly triggerSource?: ChangeOrigin;
  readonly details?: {
    readonly valueBefore: CellScalar | null;
    readonly valueAfter: CellScalar | null;
    readonly valueTypeBefore: string;
    readonly valueTypeAfter: string;
  };
  getRange(ctx: FakeRequestContext): FakeRange;
  getRangeOrNullObject(ctx: FakeRequestContext): FakeRange;
}

function argsFor(model: WorkbookModel, sheet: SheetModel, edit: CellEdit): WorksheetChangedArgs {
  const sheetId = sheet.id;
  const rangeFor = (ctx: FakeRequestContext, orNull: boolean): FakeRange =>
    new FakeRange(
      ctx,
      () => {
        const found = ctx.model.sheetById(sheetId);
        if (found) return { sheet: found, area: edit.area };
        if (orNull) return null;
        throw itemNotFound("The changed worksheet no longer exists.", "WorksheetChangedEventArgs.getRange");
      },
      orNull ? { orNull: true } : {},
    );
  return {
    type: "WorksheetChanged",
    changeType: "RangeEdited",
    source: "Local",
    address: formatLocalAddress(edit.area),
    worksheetId: sheetId,
    ...(model.supports("1.14") ? { triggerSource: edit.origin } : {}),
    ...(model.supports("1.9") && cellCount(edit.area) === 1
      ? {
          details: {
            valueBefore: edit.before,
            valueAfter: edit.after,
            valueTypeBefore: valueType(edit.before),
            valueTypeAfter: valueType(edit.after),
          },
        }
      : {}),
    getRange: (ctx) => rangeFor(ctx, false),
    getRangeOrNullObject: (ctx) => rangeFor(ctx, true),
  };
}

/**
 * Delivers the pending edits to the handlers registered now. Returns when every handler has settled;
 * a handler that throws or rejects is recorded in `model.eventHandlerErrors`, as Excel only logs it.
 */
export async function deliverEdits(model: WorkbookModel): Promise<void> {
  const edits = model.pendingEdits.splice(0);
  const calls: Promise<unknown>[] = [];
  for (const edit of edits) {
    const sheet = model.sheetById(edit.sheetId);
    if (!sheet) continue;
    for (const registered of [...model.changeHandlers]) {
      if (registered.sheetId !== null && registered.sheetId !== edit.sheetId) continue;
      const args = argsFor(model, sheet, edit);
      calls.push(
        Promise.resolve()
          .then(() => registered.handler(args))
          .catch((error: unknown) => {
            model.eventHandlerErrors.push(error);
          }),
      );
    }
  }
  await Promise.all(calls);
}

/** office-js's EventHandlerResult: `remove()` is queued on the context the handler was added with. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly id: string,
  ) {}

  remove(): void {
    this.context.enqueue({
      location: "EventHandlerResult.remove",
      mutates: true,
      minApi: null,
      apply: () => {
        const handlers = this.context.model.changeHandlers;
        const index = handlers.findIndex((h) => h.id === this.id);
        if (index >= 0) handlers.splice(index, 1);
      },
    });
  }
}

/** `worksheet.onChanged` / `worksheets.onChanged`. */
export class FakeChangeEvent {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly scope: () => string | null,
    private readonly minApi: string,
    private readonly location: string,
  ) {}

  add(handler: ChangeHandler): FakeEventHandlerResult {
    const id = this.context.model.newId("handler");
    this.context.enqueue({
      location: `${this.location}.add`,
      mutates: true,
      minApi: this.minApi,
      apply: () => {
        this.context.model.changeHandlers.push({ id, sheetId: this.scope(), handler });
      },
    });
    return new FakeEventHandlerResult(this.context, id);
  }
}
