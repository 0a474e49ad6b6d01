import type { Plan, PlanOutcome } from "../core/plan";
import type { HostCapabilities, ReadRequest, WorkbookHost } from "../core/workbook-host";
import type { WorkbookSnapshot } from "../core/workbook-snapshot";
import { describeExcelError } from "./error-messages";
import { readSnapshot } from "./read-snapshot";
import { watchWorkbookChanges } from "./watch-changes";

/** The workbook open in Excel, through office-js. */
export class ExcelWorkbookHost implements WorkbookHost {
  constructor(readonly capabilities: HostCapabilities) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    try {
      return await Excel.run((context) => readSnapshot(context, request));
    } catch (error) {
      throw describeExcelError(error, "Reading the workbook");
    }
  }

  async apply(plan: Plan): Promise<PlanOutcome> {
    try {
      const { queuePlan, placeSlicers } = await import(/* webpackChunkName: "excel-writer" */ "./excel-writer");
      return await Excel.run({ delayForCellEdit: true }, async (context) => {
        const placements = await placeSlicers(context, plan, this.capabilities);
        const outcome = queuePlan(context, plan, this.capabilities, placements);
        await context.sync();
        return outcome;
      });
    } catch (error) {
      throw describeExcelError(error, plan.title);
    }
  }

  async select(sheet: string, address: string): Promise<void> {
    try {
      await Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(address).select();
        await context.sync();
      });
    } catch (error) {
      throw describeExcelError(error, `Going to ${sheet}!${address}`);
    }
  }

  async watch(listener: () => void): Promise<(() => Promise<void>) | null> {
    try {
      return await watchWorkbookChanges(listener);
    } catch (error) {
      throw describeExcelError(error, "Watching the workbook for changes");
    }
  }
}
