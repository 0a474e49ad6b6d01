import { cellAddress, parseBlock } from "./a1";
import type { ActionsTarget } from "./actions-target";
import type { Plan } from "./plan";

export const STATUS_SLICER_NAME = "ActionsStatusSlicer";

export type SlicerDecision = { readonly kind: "plan"; readonly plan: Plan } | { readonly kind: "refused"; readonly problems: readonly string[] };

/** A Status slicer with its top-left corner one empty column to the right of the Actions table. */
export function planStatusSlicer(target: ActionsTarget): SlicerDecision {
  const block = parseBlock(target.snapshot.address);
  if (target.statusColumn === null || !block) {
    return { kind: "refused", problems: [`The ${target.table} table has no Status column for a slicer.`] };
  }
  return {
    kind: "plan",
    plan: {
      title: "Adding the status slicer",
      steps: [
        {
          kind: "addSlicer",
          sheet: target.sheet,
          table: target.table,
          column: target.statusColumn,
          name: STATUS_SLICER_NAME,
          caption: "Status",
          anchor: cellAddress(block.top, block.left + block.columns + 1),
        },
      ],
    },
  };
}
