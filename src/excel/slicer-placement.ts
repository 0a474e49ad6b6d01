import type { AddSlicerStep, Plan } from "../core/plan";
import type { HostCapabilities } from "../core/workbook-host";

/** Where a slicer goes in points, and whether the workbook already has one of that name. */
export interface SlicerPlacement {
  readonly left: number;
  readonly top: number;
  readonly exists: boolean;
}

/**
 * Slicers are positioned in points, not cells, so placing one beside a table needs the anchor
 * cell's position first: one extra round trip, only for plans that add a slicer.
 */
export async function placeSlicers(
  context: Excel.RequestContext,
  plan: Plan,
  capabilities: HostCapabilities,
): Promise<ReadonlyMap<AddSlicerStep, SlicerPlacement>> {
  const steps = plan.steps.filter((step): step is AddSlicerStep => step.kind === "addSlicer");
  if (steps.length === 0 || capabilities.slicers !== true) return new Map();
  const reads = steps.map((step) => ({
    step,
    anchor: context.workbook.worksheets.getItem(step.sheet).getRange(step.anchor).load("left,top"),
    existing: context.workbook.slicers.getItemOrNullObject(step.name),
  }));
  await context.sync();
  return new Map(reads.map(({ step, anchor, existing }) => [step, { left: anchor.left, top: anchor.top, exists: !existing.isNullObject }]));
}
