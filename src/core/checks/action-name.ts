import type { ActionItem } from "../rating-workbook";
import { shownName } from "./shown-value";

/** How a finding names an action: its Ref, else its next step, else its row. */
export function actionName(item: ActionItem): string {
  if (item.ref !== "") return `Action ${shownName(item.ref)}`;
  if (item.nextStep !== "") return `The action ${shownName(item.nextStep)}`;
  return `The action on row ${item.row + 1}`;
}
