import { isOpenAction } from "../action-progress";
import { cellAddress } from "../a1";
import type { RatingWorkbook } from "../rating-workbook";
import { actionName } from "./action-name";
import type { Finding } from "./finding";

/** Open actions nobody owns. Skipped when the Actions table has no owner column at all. */
export function actionsWithoutOwner(model: RatingWorkbook): Finding[] {
  const { actions } = model;
  if (actions === null || actions.columns.owner < 0) return [];
  const { sheet } = actions.source;
  return actions.items
    .filter((item) => item.owner === "" && isOpenAction(item))
    .map((item) => ({
      kind: "action-owner-missing" as const,
      severity: "warning" as const,
      sheet,
      address: cellAddress(item.row, actions.columns.owner),
      found: "a blank cell",
      expected: "the person or team who owns the action",
      message: `${actionName(item)} is open but has no owner.`,
    }));
}
