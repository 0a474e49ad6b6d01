import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { HostCapabilities } from "../../src/core/workbook-host";
import { ActionFilterBar } from "../../src/taskpane/ActionFilterBar";
import { XLSX_CANNOT, XLSX_CAPABILITIES } from "../../src/xlsx/apply-xlsx-plan";

const CANNOT_FILTER = "Filtering needs Excel here: this host cannot filter tables.";
const NO_FILTERS: HostCapabilities = { ...XLSX_CAPABILITIES, filters: false, filtersNote: CANNOT_FILTER };
import { overviewOf } from "./actions-overview-fixture";

const EXCEL: HostCapabilities = { dataValidation: true, dataValidationNote: "", filters: true, filtersNote: "", slicers: true, slicersNote: "" };
const FILTER_BUTTONS = [/^Blocked/, /^All open$/, /^Overdue$/, /^Clear filters$/];

function renderBar(capabilities: HostCapabilities) {
  const onFilter = jest.fn();
  const onAddSlicer = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ActionFilterBar counts={overviewOf().counts} active={null} busy={false} onFilter={onFilter} capabilities={capabilities} onAddSlicer={onAddSlicer} owners={{ names: ["Records manager"], someUnowned: true }} owner={null} />
    </FluentProvider>,
  );
  return { onFilter, onAddSlicer, user: userEvent.setup() };
}

describe("the Actions filter buttons and the host's capabilities", () => {
  it("offers every filter on the .xlsx host too (the preview and the command line write the table's filter)", () => {
    renderBar(XLSX_CAPABILITIES);
    for (const name of FILTER_BUTTONS) expect(screen.getByRole("button", { name })).not.toHaveAttribute("aria-disabled", "true");
    expect(screen.getByRole("combobox", { name: "Owner" })).toBeEnabled();
  });

  it("offers every filter where the host can filter", async () => {
    const { onFilter, user } = renderBar(EXCEL);
    for (const name of FILTER_BUTTONS) expect(screen.getByRole("button", { name })).not.toHaveAttribute("aria-disabled", "true");
    await user.click(screen.getByRole("button", { name: /^All open$/ }));
    expect(onFilter).toHaveBeenCalledWith({ kind: "allOpen" });
  });

  it("disables the filter buttons with the reason beside them, before any click, on a host that cannot filter", async () => {
    const { onFilter, onAddSlicer, user } = renderBar(NO_FILTERS);
    expect(screen.getByText(CANNOT_FILTER)).toBeVisible();
    for (const name of FILTER_BUTTONS) {
      const button = screen.getByRole("button", { name });
      expect(button).toHaveAttribute("aria-disabled", "true");
      expect(button).toHaveAccessibleDescription(CANNOT_FILTER);
      await user.click(button);
    }
    expect(screen.getByRole("combobox", { name: "Owner" })).toBeDisabled();
    expect(onFilter).not.toHaveBeenCalled();
    const slicer = screen.getByRole("button", { name: "Add status slicer" });
    expect(slicer).toHaveAccessibleDescription(XLSX_CANNOT.slicers);
    await user.click(slicer);
    expect(onAddSlicer).not.toHaveBeenCalled();
  });
});
