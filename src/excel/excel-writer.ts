/**
 * What the Excel host needs only to change the workbook: the plan's office-js calls and the slicers'
 * placement. Loaded on the first write, not with the pane's first paint (reading needs none of it).
 */
export { queuePlan } from "./apply-plan";
export { placeSlicers } from "./slicer-placement";
