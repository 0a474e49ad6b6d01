/** `context.workbook` and `Excel.Application`. */
import { rect } from "./addresses";
import { itemNotFound } from "./errors";
import { FakeNamedItemCollection } from "./names";
import { FakeClientObject, type Loadable, type Readers } from "./proxy-loading";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import { FakeSettingCollection } from "./settings";
import { FakeSlicerCollection } from "./slicers";
import { FakeTableCollection } from "./tables";
import type { WorkbookModel } from "./workbook-model";
import { FakeWorksheetCollection, resolveSheetAddress } from "./worksheet";

interface WorkbookSnapshot {
  name: string;
}

export class FakeWorkbook extends FakeClientObject<WorkbookModel, WorkbookSnapshot> {
  protected readonly typeName = "Workbook";
  protected readonly readers: Readers<WorkbookModel, WorkbookSnapshot> = { name: () => "Book1.xlsx" };
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  private settingsProxy: FakeSettingCollection | undefined;
  private slicersProxy: FakeSlicerCollection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
    this.application = new FakeApplication(context);
  }

  get name(): string {
    return this.loaded("name");
  }

  get settings(): FakeSettingCollection {
    this.settingsProxy ??= new FakeSettingCollection(this.context);
    return this.settingsProxy;
  }

  get slicers(): FakeSlicerCollection {
    this.slicersProxy ??= new FakeSlicerCollection(this.context, null);
    return this.slicersProxy;
  }

  protected override navigation(name: string): Loadable | undefined {
    switch (name) {
      case "worksheets":
        return this.worksheets;
      case "tables":
        return this.tables;
      case "names":
        return this.names;
      case "settings":
        return this.settings;
      default:
        return undefined;
    }
  }

  /** The last range selected through the API, else A1 of the active sheet. */
  getSelectedRange(): FakeRange {
    const location = "Workbook.getSelectedRange";
    return new FakeRange(this.context, () => {
      const model = this.context.model;
      const sheet = model.activeSheet();
      if (!sheet) throw itemNotFound("The workbook has no sheets.", location);
      const selection = model.selection;
      if (selection && model.sheetByName(selection.sheet) === sheet) {
        return { sheet, area: resolveSheetAddress(model, sheet, selection.address, location) };
      }
      return { sheet, area: rect(0, 0, 1, 1) };
    });
  }
}

interface ApplicationSnapshot {
  calculationMode: string;
}

export class FakeApplication extends FakeClientObject<WorkbookModel, ApplicationSnapshot> {
  protected readonly typeName = "Application";
  protected readonly readers: Readers<WorkbookModel, ApplicationSnapshot> = { calculationMode: () => "Automatic" };

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
  }

  get calculationMode(): string {
    return this.loaded("calculationMode");
  }

  /** Accepted and ignored (the fake never calculates); needs ExcelApi 1.6. */
  suspendApiCalculationUntilNextSync(): void {
    this.queueRead("Application.suspendApiCalculationUntilNextSync", () => undefined, "1.6");
  }

  /** Accepted and ignored; needs ExcelApi 1.9. */
  suspendScreenUpdatingUntilNextSync(): void {
    this.queueRead("Application.suspendScreenUpdatingUntilNextSync", () => undefined, "1.9");
  }
}
