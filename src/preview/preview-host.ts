import type { Plan, PlanOutcome } from "../core/plan";
import type { ReadRequest, WorkbookHost } from "../core/workbook-host";
import type { WorkbookSnapshot } from "../core/workbook-snapshot";
import type { XlsxWorkbookHost } from "../xlsx/xlsx-host";

/**
 * The task pane's host in the browser preview: an .xlsx workbook in memory, which tells the
 * workbook view to redraw after each change the pane makes. The view is read-only, so there are no
 * user edits to watch.
 */
export class PreviewWorkbookHost implements WorkbookHost {
  constructor(
    readonly file: XlsxWorkbookHost,
    private readonly changed: () => void,
  ) {}

  get capabilities() {
    return this.file.capabilities;
  }

  read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return this.file.read(request);
  }

  async apply(plan: Plan): Promise<PlanOutcome> {
    try {
      return await this.file.apply(plan);
    } finally {
      this.changed();
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.file.select(sheet, address);
    this.changed();
  }

  async watch(): Promise<null> {
    return null;
  }
}
