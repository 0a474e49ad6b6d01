import type { PlanStep } from "../../src/core/plan";
import { featureUnavailable, skipReason, stepFeature } from "../../src/core/skip-policy";
import type { HostCapabilities } from "../../src/core/workbook-host";
import { XLSX_CANNOT, XLSX_CAPABILITIES } from "../../src/xlsx/apply-xlsx-plan";

const NOTHING: HostCapabilities = { dataValidation: false, dataValidationNote: "" };
const EVERYTHING: HostCapabilities = {
  dataValidation: true,
  dataValidationNote: "",
  filters: true,
  slicers: true,
  pageLayout: true,
  charts: true,
};

const STEPS: readonly [PlanStep, ReturnType<typeof stepFeature>][] = [
  [{ kind: "listValidation", sheet: "Ratings", address: "C2:C5", source: "=RatingLevels" } as PlanStep, "dataValidation"],
  [{ kind: "filterColumn", sheet: "Actions", table: "Actions", column: "Status", filter: { kind: "values", values: ["Blocked"], blanks: false } }, "filters"],
  [{ kind: "clearColumnFilter", sheet: "Actions", table: "Actions", column: "Status" }, "filters"],
  [{ kind: "addSlicer", sheet: "Actions", table: "Actions", column: "Status", name: "StatusSlicer" } as PlanStep, "slicers"],
  [{ kind: "pageSetup", sheet: "Ratings" } as PlanStep, "pageLayout"],
  [{ kind: "addChart", sheet: "S", chartType: "ColumnClustered", source: "A1:B3", title: "T", topLeft: "D2", bottomRight: "J20" }, "charts"],
  [{ kind: "addSheet", sheet: "Lists" }, null],
  [{ kind: "setValues", sheet: "Lists", address: "A1", values: [["x"]] }, null],
];

describe("the skip policy", () => {
  it.each(STEPS)("names the feature a step needs: %o", (step, feature) => {
    expect(stepFeature(step)).toBe(feature);
  });

  it("skips nothing on a host with every feature", () => {
    expect(STEPS.map(([step]) => skipReason(step, EVERYTHING))).toEqual(STEPS.map(() => null));
  });

  it("gives the host's own reason for a missing feature", () => {
    const step = STEPS[1]?.[0] as PlanStep;
    expect(skipReason(step, { ...NOTHING, filtersNote: "Filters need Excel." })).toBe("Filters need Excel.");
  });

  it("skips a step whose feature is missing even when the host gave no reason, with a reason of its own", () => {
    for (const [step, feature] of STEPS) {
      const reason = skipReason(step, NOTHING);
      if (feature === null) expect(reason).toBeNull();
      else expect(reason).toMatch(/^(Dropdowns were not added|The filter was not applied|No slicer was added|The print settings were not set|The chart was not added): /);
    }
  });

  it("treats an absent feature as missing: a host must say it can filter", () => {
    expect(featureUnavailable(NOTHING, "filters")).not.toBeNull();
    expect(featureUnavailable({ ...NOTHING, filters: true }, "filters")).toBeNull();
  });

  it("lets an .xlsx file filter (it writes the table's autoFilter and hides rows) and says why it cannot add slicers", () => {
    expect(featureUnavailable(XLSX_CAPABILITIES, "filters")).toBeNull();
    expect(featureUnavailable(XLSX_CAPABILITIES, "slicers")).toBe(XLSX_CANNOT.slicers);
    expect(featureUnavailable(XLSX_CAPABILITIES, "dataValidation")).toBeNull();
  });
});
