import { isOverdue } from "../action-progress";
import { cellAddress } from "../a1";
import type { RatingWorkbook } from "../rating-workbook";
import { cellText } from "../ratings-columns";
import { actionName } from "./action-name";
import type { CheckOptions } from "./check-options";
import type { Finding } from "./finding";
import { shownName, shownValue } from "./shown-value";

/** Due cells that are not dates, and open actions past their due date. */
export function actionDueDateProblems(model: RatingWorkbook, options: CheckOptions): Finding[] {
  const { actions } = model;
  if (actions === null || actions.columns.due < 0) return [];
  const { sheet } = actions.source;
  const findings: Finding[] = [];
  for (const item of actions.items) {
    const address = cellAddress(item.row, actions.columns.due);
    if (item.due === null) {
      if (cellText(item.dueRaw) === "") continue;
      findings.push({
        kind: "action-due-not-date",
        severity: "error",
        sheet,
        address,
        found: shownValue(item.dueRaw),
        expected: "a date, such as 2027-03-31 or 31/03/2027",
        message: `${actionName(item)} has the due date ${shownValue(item.dueRaw)}, which is not a date.`,
      });
    } else if (isOverdue(item, options.todayIso)) {
      findings.push({
        kind: "action-overdue",
        severity: "warning",
        sheet,
        address,
        found: item.due,
        expected: `a due date from ${options.todayIso} on, or a closed status`,
        message: `${actionName(item)} was due on ${item.due} and is still ${item.statusText === "" ? "open" : shownName(item.statusText)}.`,
      });
    }
  }
  return findings;
}
