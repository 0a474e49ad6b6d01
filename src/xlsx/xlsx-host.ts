import type { Workbook } from "exceljs";
import type { Plan, PlanOutcome } from "../core/plan";
import type { ReadRequest, WorkbookHost } from "../core/workbook-host";
import type { WorkbookSnapshot } from "../core/workbook-snapshot";
import { applyXlsxPlan, XLSX_CAPABILITIES } from "./apply-xlsx-plan";
import type { StoredName } from "./xlsx-package";
import { readXlsxSnapshot } from "./read-xlsx";

/**
 * An .xlsx workbook in memory (exceljs), behind the same interface as Excel: the command line and
 * the browser preview read and change it exactly as the task pane changes a workbook in Excel.
 * open/new/save live in xlsx-file.ts.
 */
export class XlsxWorkbookHost implements WorkbookHost {
  readonly capabilities = XLSX_CAPABILITIES;
  private readonly names = new Map<string, StoredName>();
  /** The last cell or range the caller asked to go to; a file has no selection to show. */
  selection: { readonly sheet: string; readonly address: string } | null = null;

  constructor(
    readonly workbook: Workbook,
    names: readonly StoredName[],
    /** Kinds of content in the file that saving through exceljs would lose ("charts"); empty when none. */
    readonly wouldLose: readonly string[],
  ) {
    for (const name of names) this.names.set(name.localSheetId === null ? name.name.toLowerCase() : `${name.localSheetId}!${name.name.toLowerCase()}`, name);
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return readXlsxSnapshot(this.workbook, this.definedNames(), request);
  }

  async apply(plan: Plan): Promise<PlanOutcome> {
    return applyXlsxPlan({ workbook: this.workbook, names: this.names }, plan);
  }

  async select(sheet: string, address: string): Promise<void> {
    this.selection = { sheet, address };
  }

  async watch(): Promise<null> {
    return null;
  }

  /** Every defined name, workbook-scoped and sheet-scoped, as saved. */
  definedNames(): StoredName[] {
    return [...this.names.values()];
  }
}
