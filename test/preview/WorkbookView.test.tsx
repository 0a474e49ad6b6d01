/** The preview's workbook view draws a filtered table as Excel does: the rows the filter hides are not shown. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookView } from "../../src/preview/WorkbookView";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
import { readActionsOverview } from "../../src/workflows/action-counts";
import { filterActions } from "../../src/workflows/filter-actions";

describe("WorkbookView", () => {
  it("hides the rows a table filter hides, keeping the row numbers of those shown", async () => {
    const host = await buildSampleWorkbook();
    const read = await readActionsOverview(host, "2018-04-15");
    if (!read.ok) throw new Error(read.problems.join(" "));
    expect((await filterActions(host, read.overview, { kind: "statuses", labels: ["Blocked"], blanks: false })).ok).toBe(true);
    render(
      <FluentProvider theme={webLightTheme}>
        <WorkbookView workbook={host.workbook} fileName="sample.xlsx" version={1} />
      </FluentProvider>,
    );
    await userEvent.setup().click(screen.getByRole("tab", { name: "Actions" }));
    const grid = screen.getByRole("table", { name: "Cells of the sheet Actions" });
    const rowNumbers = within(grid)
      .getAllByRole("rowheader")
      .map((th) => th.textContent);
    expect(rowNumbers).toEqual(["1", "6"]);
    expect(within(grid).getByText("Blocked")).toBeInTheDocument();
    expect(within(grid).queryByText("In progress")).toBeNull();
    expect(screen.getByText(/10 rows are hidden by a filter/)).toBeInTheDocument();
  });
});
