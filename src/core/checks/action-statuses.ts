import { cellAddress } from "../a1";
import { labelKey } from "../label-key";
import type { RatingWorkbook } from "../rating-workbook";
import { actionName } from "./action-name";
import type { Finding } from "./finding";
import { nearMissFinder } from "./near-miss";
import { shownValue } from "./shown-value";

/** Statuses not in the ActionStatuses list (error), and listed ones written another way (fixable). */
export function actionStatusProblems(model: RatingWorkbook): Finding[] {
  const { actions, statuses } = model;
  if (actions === null || actions.columns.status < 0) return [];
  const nearest = nearMissFinder(statuses.map((status) => ({ key: labelKey(status.label), label: status.label })));
  const listed = statuses.map((status) => `"${status.label}"`).join(", ");
  const { sheet } = actions.source;
  const findings: Finding[] = [];
  for (const item of actions.items) {
    if (item.statusText === "") continue;
    const address = cellAddress(item.row, actions.columns.status);
    if (item.status === undefined) {
      const suggestion = nearest(item.statusText);
      findings.push({
        kind: "action-status-unknown",
        severity: "error",
        sheet,
        address,
        found: shownValue(item.statusText),
        expected: `one of ${listed}`,
        message: `${actionName(item)} has the status ${shownValue(item.statusText)}, which is not in the list of statuses.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
        ...(suggestion ? { suggestion } : {}),
      });
    } else if (item.statusText !== item.status.label) {
      findings.push({
        kind: "action-status-variant",
        severity: "warning",
        sheet,
        address,
        found: shownValue(item.statusText),
        expected: `"${item.status.label}"`,
        message: `${actionName(item)} has the status written ${shownValue(item.statusText)}; the list spells it "${item.status.label}".`,
        fix: { value: item.status.label },
      });
    }
  }
  return findings;
}
