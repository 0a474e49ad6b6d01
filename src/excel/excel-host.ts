import type { Plan, PlanOutcome } from "../core/plan";
import type { HostCapabilities, ReadRequest, WorkbookHost } from "../core/workbook-host";
import type { WorkbookSnapshot } from "../core/workbook-snapshot";
import { queuePlan } from "./apply-plan";
import { describeExcelError } from "./error-messages";
import { readSnapshot } from "./read-snapshot";

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
      return await Excel.run({ delayForCellEdit: true }, async (context) => {
        const outcome = queuePlan(context, plan, this.capabilities);
        await context.sync();
        return outcome;
      });
    } catch (error) {
      throw describeExcelError(error, plan.title);
    }
  }
}
