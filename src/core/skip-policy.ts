import { assertNever } from "./assert-never";
import type { PlanStep } from "./plan";
import type { HostCapabilities } from "./workbook-host";

/** Features a host may lack; each step that needs one is skipped with the host's reason. */
export type HostFeature = "dataValidation" | "filters" | "slicers" | "pageLayout" | "charts";

/** What each feature's absence means, for a host that gave no reason of its own. */
const MISSING: Record<HostFeature, string> = {
  dataValidation: "Dropdowns were not added: this workbook's host cannot add data validation.",
  filters: "The filter was not applied: this workbook's host cannot filter tables.",
  slicers: "No slicer was added: this workbook's host cannot add slicers.",
  pageLayout: "The print settings were not set: this workbook's host cannot change them.",
  charts: "The chart was not added: this workbook's host cannot make charts.",
};

/** Whether the host has the feature (absent means no) and, if not, its reason in words for the user. */
function feature(capabilities: HostCapabilities, name: HostFeature): { readonly has: boolean; readonly note: string | undefined } {
  switch (name) {
    case "dataValidation":
      return { has: capabilities.dataValidation, note: capabilities.dataValidationNote };
    case "filters":
      return { has: capabilities.filters === true, note: capabilities.filtersNote };
    case "slicers":
      return { has: capabilities.slicers === true, note: capabilities.slicersNote };
    case "pageLayout":
      return { has: capabilities.pageLayout === true, note: capabilities.pageLayoutNote };
    case "charts":
      return { has: capabilities.charts === true, note: capabilities.chartsNote };
    default:
      return assertNever(name, "the skip policy's features");
  }
}

/**
 * Why the host cannot do what needs `name`, in words for the user, or null when it can. The pane
 * asks this before offering a button (disabled, with this reason beside it), the hosts before a step.
 */
export function featureUnavailable(capabilities: HostCapabilities, name: HostFeature): string | null {
  const { has, note } = feature(capabilities, name);
  return has ? null : note || MISSING[name];
}

/** The feature beyond the manifest's minimum that a step needs, or null when every host can do it. */
export function stepFeature(step: PlanStep): HostFeature | null {
  switch (step.kind) {
    case "listValidation":
      return "dataValidation";
    case "filterColumn":
    case "clearColumnFilter":
      return "filters";
    case "addSlicer":
      return "slicers";
    case "pageSetup":
      return "pageLayout";
    case "addChart":
      return "charts";
    case "addSheet":
    case "addTable":
    case "addTableColumn":
    case "setValues":
    case "defineName":
    case "colourRules":
    case "columnLayout":
    case "freezeRows":
    case "activateSheet":
    case "appendTableRows":
    case "deleteSheet":
    case "fitRows":
    case "rowHeight":
    case "mergeCells":
    case "cellStyle":
      return null;
    default:
      return assertNever(step, "the skip policy");
  }
}

/**
 * The one skip policy, used by every host: why a step is skipped on a host with these capabilities,
 * or null when the host carries it out. A host may skip for reasons of its own data as well (the
 * Excel host skips a slicer the workbook already has), never for a missing feature.
 */
export function skipReason(step: PlanStep, capabilities: HostCapabilities): string | null {
  const needs = stepFeature(step);
  return needs === null ? null : featureUnavailable(capabilities, needs);
}
