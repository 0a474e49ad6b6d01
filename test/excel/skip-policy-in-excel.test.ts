import type { Plan } from "../../src/core/plan";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { filterActions } from "../../src/workflows/filter-actions";
import { columnFilters, createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";
import { connectWithOverview } from "./actions-fixture";

afterEach(() => uninstallFakeOffice());

describe("the core's skip policy in the Excel host", () => {
  it("says Excel filters tables: the detected capabilities include filters", () => {
    installFakeOffice(createFakeExcel());
    expect(detectCapabilities()).toMatchObject({ filters: true, filtersNote: "" });
  });

  it("skips dropdowns with a reason when data validation is missing, even if the host gave no words for it", async () => {
    const fake = createFakeExcel();
    installFakeOffice(fake);
    fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", "IMA 2015"], [["Value", "Communicating value", ""]]);
    const host = new ExcelWorkbookHost({ ...detectCapabilities(), dataValidation: false, dataValidationNote: "" });
    const plan: Plan = {
      title: "Dropdowns",
      steps: [{ kind: "listValidation", sheet: "Ratings", address: "C2", source: "=RatingLevels", alertTitle: "Rating", alertMessage: "Pick a level." }],
    };
    const outcome = await host.apply(plan);
    expect(outcome.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^Dropdowns were not added/)]);
    expect(fake.validationAt("Ratings", "C2")).toBeFalsy();
  });

  it("refuses a filter, changing nothing, on a host whose capabilities lack filters", async () => {
    const { fake, overview } = await connectWithOverview();
    const host = new ExcelWorkbookHost({ ...detectCapabilities(), filters: false, filtersNote: "This host cannot filter tables." });
    const result = await filterActions(host, overview, { kind: "allOpen" });
    expect(result).toEqual({ ok: false, problems: ["This host cannot filter tables."] });
    expect(columnFilters(fake.model, "Actions")).toEqual({});
    expect(fake.syncCount).toBe(0);
  });
});
