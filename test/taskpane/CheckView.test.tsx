import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { App } from "../../src/taskpane/App";
import { CheckView } from "../../src/taskpane/CheckView";
import type { WorkbookHost } from "../../src/core/workbook-host";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type FakeExcel } from "../office-fake";
import { seedWorkbook, type WorkbookData } from "../support/rating-workbook-data";

// Each step reads the fake workbook; on a loaded machine that can take seconds. These are waits,
// not timed assertions: nothing here measures speed.
configure({ asyncUtilTimeout: 15_000 });
jest.setTimeout(30_000);

const OPTIONS = { recheckDelayMs: 0, today: () => "2026-12-01" };

const MESSY: WorkbookData = {
  ratings: [
    ["Theme", "Area", "IMA 2015", "Review 2017"],
    ["Value", "Communicating", "satisfactory", "Satisfactory"],
    ["", "Asset", "Development Area", "Satisfactroy"],
    ["Records", "Disposal", "Good practice", "Good practice"],
  ],
};

const CLEAN: WorkbookData = {
  ratings: [
    ["Theme", "Area", "IMA 2015", "Review 2017"],
    ["Value", "Communicating", "Satisfactory", "Satisfactory"],
  ],
};

function connect(data: WorkbookData | null, excelApi?: string): { fake: FakeExcel; host: ExcelWorkbookHost } {
  const fake = createFakeExcel(excelApi ? { excelApi } : {});
  if (data) seedWorkbook(fake, data);
  installFakeOffice(fake);
  fake.resetCounters();
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

function renderView(host: WorkbookHost) {
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <CheckView host={host} options={OPTIONS} />
    </FluentProvider>,
  );
  return { user, view };
}

afterEach(() => uninstallFakeOffice());

describe("Check view", () => {
  it("lists the findings grouped by kind with counts, and writes nothing", async () => {
    const { fake, host } = connect(MESSY);
    renderView(host);
    const variants = await screen.findByRole("region", { name: "Rating spelt differently from the scale (2)" });
    expect(within(variants).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("region", { name: "Rating not on the scale (1)" })).toHaveTextContent('Did you mean "Satisfactory"?');
    expect(screen.getByRole("status")).toHaveTextContent("3 findings");
    expect(screen.getByRole("status")).toHaveTextContent("1 error and 2 warnings; 2 can be fixed automatically.");
    expect(fake.operations.filter((op) => op.kind !== "select")).toEqual([]);
  });

  it("selects the cell of a finding in Excel", async () => {
    const { fake, host } = connect(MESSY);
    const { user } = renderView(host);
    await user.click(await screen.findByRole("button", { name: "Go to Ratings!D3" }));
    await waitFor(() => expect(fake.selection).toEqual({ sheet: "Ratings", address: "D3" }));
  });

  it("fixes one finding, and that finding goes away", async () => {
    const { fake, host } = connect(MESSY);
    const { user } = renderView(host);
    await user.click(await screen.findByRole("button", { name: "Fix Ratings!C2" }));
    expect(await screen.findByText("Fixed 1 cell. No other cell was changed.")).toBeInTheDocument();
    expect(fake.cell("Ratings", "C2").value).toBe("Satisfactory");
    expect(fake.cell("Ratings", "C3").value).toBe("Development Area");
    await waitFor(() => expect(screen.queryByRole("button", { name: "Fix Ratings!C2" })).not.toBeInTheDocument());
  });

  it("Fix all, by keyboard, writes every fix in one batch and leaves the near miss to the user", async () => {
    const { fake, host } = connect(MESSY);
    const { user } = renderView(host);
    const fixAll = await screen.findByRole("button", { name: "Fix all (2)" });
    fixAll.focus();
    fake.resetCounters();
    await user.keyboard("{Enter}");
    expect(await screen.findByText("Fixed 2 cells. No other cell was changed.")).toBeInTheDocument();
    expect(fake.operations.filter((op) => op.kind === "setValues").map((op) => op.address)).toEqual(["C2", "C3"]);
    expect(fake.cell("Ratings", "D3").value).toBe("Satisfactroy");
    await user.click(await screen.findByRole("button", { name: 'Use "Satisfactory" in Ratings!D3' }));
    await waitFor(() => expect(fake.cell("Ratings", "D3").value).toBe("Satisfactory"));
    expect(await screen.findByText("No problems found")).toBeInTheDocument();
  });

  it("says what the workbook assesses, from its About table, and nothing when it has none", async () => {
    const { fake, host } = connect(CLEAN);
    fake.seedTable("Lists", "About", "N1", ["Detail", "Value"], [["Organisation", "Home Office"], ["Framework", "IMA 2015-2018"]]);
    renderView(host);
    expect(await screen.findByText("Assessing Home Office, on the framework IMA 2015-2018.")).toBeInTheDocument();
    uninstallFakeOffice();
    const plain = connect(CLEAN);
    const second = render(
      <FluentProvider theme={webLightTheme}>
        <CheckView host={plain.host} options={OPTIONS} />
      </FluentProvider>,
    );
    expect(await within(second.container).findByText("No problems found")).toBeInTheDocument();
    expect(within(second.container).queryByText(/^Assessing/)).toBeNull();
  });

  it("checks again by itself when the user edits the workbook", async () => {
    const { fake, host } = connect(CLEAN);
    renderView(host);
    expect(await screen.findByText("No problems found")).toBeInTheDocument();
    expect(screen.getByText("The findings are updated by themselves when the workbook changes.")).toBeInTheDocument();
    await fake.simulateUserEdit("Ratings", "D2", [["Excelent"]]);
    expect(await screen.findByRole("region", { name: "Rating not on the scale (1)" })).toBeInTheDocument();
  });

  it("checks once for a burst of edits", async () => {
    const { fake, host } = connect(CLEAN);
    const read = jest.spyOn(host, "read");
    renderView(host);
    expect(await screen.findByText("No problems found")).toBeInTheDocument();
    const before = read.mock.calls.length;
    await Promise.all([
      fake.simulateUserEdit("Ratings", "C2", [["Good practice"]]),
      fake.simulateUserEdit("Ratings", "D2", [["Good practice"]]),
      fake.simulateUserEdit("Ratings", "B2", [["Communicating and realising value"]]),
    ]);
    await waitFor(() => expect(read.mock.calls.length).toBe(before + 1));
    expect(await screen.findByText("Checked 1 area and 0 actions.")).toBeInTheDocument();
  });

  it("offers Check again when Excel cannot report edits (before ExcelApi 1.9)", async () => {
    const { fake, host } = connect(CLEAN, "1.8");
    const { user } = renderView(host);
    expect(await screen.findByText("No problems found")).toBeInTheDocument();
    expect(screen.getByText("After editing the workbook, choose Check again to update the findings.")).toBeInTheDocument();
    await fake.simulateUserEdit("Ratings", "C2", [["Nope"]]);
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("region", { name: "Rating not on the scale (1)" })).toBeInTheDocument();
  });

  it("says precisely why a workbook cannot be checked", async () => {
    const { fake, host } = connect(null);
    fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Round 2015"], [["The value of information", "Satisfactory"]]);
    renderView(host);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The workbook could not be checked");
    expect(alert).toHaveTextContent('The Ratings table has no "Area" column.');
  });

  it("offers to set up or import, not a fix in Excel, when the workbook has no Ratings table yet", async () => {
    const { host } = connect(null);
    renderView(host);
    expect(await screen.findByText("This workbook has no Ratings table yet")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(screen.queryByText(/Fix this in Excel/)).not.toBeInTheDocument();
  });

  it("shows the reader's notes", async () => {
    const { fake, host } = connect(null);
    fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", "IMA 2010"], [["T", "A", "Acceptable"]]);
    renderView(host);
    expect(await screen.findByText(/There is no RatingScale table, so the "IMA reports 2008-2012" scale was assumed/)).toBeInTheDocument();
  });

  it("has no accessibility violations axe can find in jsdom", async () => {
    const { host } = connect(MESSY);
    const { view } = renderView(host);
    await screen.findByRole("button", { name: "Fix all (2)" });
    const results = await axe.run(view.container, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("is a tab of the task pane, loaded when chosen", async () => {
    const { host } = connect(CLEAN);
    const user = userEvent.setup();
    render(<App host={host} dark={false} />);
    await user.click(screen.getByRole("tab", { name: "Check" }));
    const panel = await screen.findByRole("tabpanel", { name: "Check" });
    expect(await within(panel).findByRole("heading", { name: "Check the workbook" })).toBeInTheDocument();
    expect(await within(panel).findByText("No problems found")).toBeInTheDocument();
  });
});
