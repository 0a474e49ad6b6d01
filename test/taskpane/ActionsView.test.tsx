import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookHost } from "../../src/core/workbook-host";
import { ActionsView } from "../../src/taskpane/ActionsView";
import { App } from "../../src/taskpane/App";
import { readActionsOverview } from "../../src/workflows/action-counts";
import { addAction } from "../../src/workflows/add-action";
import { addStatusSlicer } from "../../src/workflows/add-status-slicer";
import { filterActions } from "../../src/workflows/filter-actions";
import { updateActionStatus } from "../../src/workflows/update-action-status";
import type { WorkflowResult } from "../../src/workflows/workflow-result";
import { ROWS, TODAY, overviewOf } from "./actions-overview-fixture";
import { dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/action-counts", () => ({ readActionsOverview: jest.fn() }));
jest.mock("../../src/workflows/filter-actions", () => ({ filterActions: jest.fn() }));
jest.mock("../../src/workflows/add-action", () => ({ addAction: jest.fn() }));
jest.mock("../../src/workflows/update-action-status", () => ({ updateActionStatus: jest.fn() }));
jest.mock("../../src/workflows/add-status-slicer", () => ({ addStatusSlicer: jest.fn() }));

const read = jest.mocked(readActionsOverview);
const filter = jest.mocked(filterActions);
const add = jest.mocked(addAction);
const update = jest.mocked(updateActionStatus);
const slicer = jest.mocked(addStatusSlicer);

const DONE: WorkflowResult = { ok: true, message: "Done.", notices: [] };
const overview = overviewOf();

function hostWith(capabilities: Partial<WorkbookHost["capabilities"]>, watch: WorkbookHost["watch"] = () => Promise.resolve(null)): WorkbookHost {
  return { ...dummyHost, capabilities: { ...dummyHost.capabilities, ...capabilities }, watch };
}

function renderView(host: WorkbookHost = hostWith({ slicers: true, slicersNote: "" })) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ActionsView host={host} today={() => TODAY} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  jest.resetAllMocks();
  read.mockResolvedValue({ ok: true, overview, notes: [] });
  filter.mockResolvedValue(DONE);
  add.mockResolvedValue(DONE);
  update.mockResolvedValue(DONE);
  slicer.mockResolvedValue(DONE);
});

describe("Actions view", () => {
  it("is a tab of the task pane, loaded when first opened", async () => {
    render(<App host={hostWith({ slicers: true, slicersNote: "" })} dark={false} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "Actions" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Actions" })).toBeInTheDocument();
    expect(await screen.findByText("6 actions")).toBeInTheDocument();
  });

  it("shows the counts per status, blanks, unknown statuses, open, overdue and per owner and theme", async () => {
    renderView();
    const list = await screen.findByRole("list", { name: "Actions by status" });
    const lines = within(list).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines).toEqual(["Not started1", "In progress1", "Blocked1", "Complete (closed)1", "No status1", "Deferred (not in the list)1"]);
    expect(screen.getByText("6 actions")).toBeInTheDocument();
    expect(screen.getByText("5 open")).toBeInTheDocument();
    expect(screen.getByText(/^3 overdue/)).toHaveTextContent("3 overdue · due before 1 December 2026");
    expect(screen.getByText(/"Deferred": 1 action \(H6\)/)).toBeInTheDocument();
    const owners = screen.getByRole("table", { name: "Open actions per owner" });
    expect(within(owners).getAllByRole("row").map((r) => r.textContent)).toEqual(["OwnerOpen", "Jo Park2", "Sam Lee1", "No owner2"]);
    expect(screen.getByRole("table", { name: "Open actions per theme" })).toHaveTextContent("Risk2");
    expect(read).toHaveBeenCalledWith(expect.anything(), TODAY);
  });

  it("filters to the statuses chosen on the chips, one click at a time", async () => {
    const user = renderView();
    const chips = await screen.findByRole("group", { name: "Show actions with status" });
    await user.click(within(chips).getByRole("button", { name: "Blocked" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "statuses", labels: ["Blocked"], blanks: false });
    await waitFor(() => expect(within(chips).getByRole("button", { name: "Blocked" })).toHaveAttribute("aria-pressed", "true"));
    await user.click(within(chips).getByRole("button", { name: "No status" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "statuses", labels: ["Blocked"], blanks: true });
    await waitFor(() => expect(within(chips).getByRole("button", { name: "No status" })).toHaveAttribute("aria-pressed", "true"));
    await user.click(within(chips).getByRole("button", { name: "Blocked" }));
    await user.click(within(chips).getByRole("button", { name: "No status" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "clear" });
  });

  it("offers All open, Overdue (today's date) and Clear, and reports the result", async () => {
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "All open" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "allOpen" });
    expect(await screen.findByRole("status", { name: "Filter applied" })).toHaveTextContent("Done.");
    await user.click(screen.getByRole("button", { name: "Overdue" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "overdue", today: TODAY });
    await waitFor(() => expect(screen.getByRole("button", { name: "Overdue" })).toHaveAttribute("aria-pressed", "true"));
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "clear" });
    expect(await screen.findByRole("status", { name: "Filters cleared" })).toBeInTheDocument();
  });

  it("works from the keyboard: Space on a focused chip filters", async () => {
    const user = renderView();
    const chip = await screen.findByRole("button", { name: "Not started" });
    chip.focus();
    await user.keyboard(" ");
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "statuses", labels: ["Not started"], blanks: false });
  });

  it("shows why a filter failed, and leaves the chip unpressed", async () => {
    filter.mockResolvedValue({ ok: false, problems: ["A filter is in the way."] });
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Blocked" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("A filter is in the way.");
    expect(screen.getByRole("button", { name: "Blocked" })).toHaveAttribute("aria-pressed", "false");
  });

  it("disables Add status slicer with a visible explanation where Excel lacks slicers", async () => {
    const note = "This version of Excel cannot add slicers from add-ins (it needs ExcelApi 1.10).";
    const user = renderView(hostWith({ slicers: false, slicersNote: note }));
    const button = await screen.findByRole("button", { name: "Add status slicer" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    expect(button).toHaveAccessibleDescription(note);
    expect(screen.getByText(note)).toBeVisible();
    await user.click(button);
    expect(slicer).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "All open" }));
    expect(filter).toHaveBeenCalled();
  });

  it("adds the slicer where Excel can, and says so when the call fails", async () => {
    slicer.mockResolvedValue({ ok: false, problems: ["Excel reported an internal error.", "The filter buttons in this pane still work without a slicer."] });
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Add status slicer" }));
    expect(slicer).toHaveBeenCalledWith(expect.anything(), overview);
    expect(await screen.findByRole("alert")).toHaveTextContent("still work without a slicer");
  });

  it("adds an action from the form, with theme and area picked from the Ratings table, then re-reads", async () => {
    const user = renderView();
    await user.type(await screen.findByRole("textbox", { name: /Next step/ }), "=Set up a review group");
    await user.selectOptions(screen.getByRole("combobox", { name: "Theme" }), "Value");
    const area = screen.getByRole("combobox", { name: "Area" });
    expect(within(area).getAllByRole("option").map((o) => o.textContent)).toEqual(["(none)", "Communicating value", "Managing assets"]);
    await user.selectOptions(area, "Managing assets");
    await user.type(screen.getByRole("textbox", { name: "Owner" }), "Kim Cho");
    await user.type(screen.getByLabelText("Due date"), "2027-03-31");
    await user.selectOptions(screen.getByRole("combobox", { name: "Priority" }), "High");
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "In progress");
    await user.click(screen.getByRole("button", { name: "Add action" }));
    expect(add).toHaveBeenCalledWith(expect.anything(), {
      nextStep: "=Set up a review group",
      theme: "Value",
      area: "Managing assets",
      owner: "Kim Cho",
      due: "2027-03-31",
      priority: "High",
      status: "In progress",
    });
    expect(await screen.findByRole("status", { name: "Action added" })).toBeInTheDocument();
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    expect(screen.getByRole("textbox", { name: /Next step/ })).toHaveValue("");
  });

  it("asks for the next step before adding, and moves the keyboard there", async () => {
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Add action" }));
    expect(add).not.toHaveBeenCalled();
    expect(screen.getByText("Write the next step.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Next step/ })).toHaveFocus();
  });

  it("changes an action's status from the pane", async () => {
    const user = renderView();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Action" }), "3");
    await user.selectOptions(screen.getByRole("combobox", { name: "New status" }), "Complete");
    await user.click(screen.getByRole("button", { name: "Change status" }));
    expect(update).toHaveBeenCalledWith(expect.anything(), { row: 3, ref: "A3", nextStep: "Agree retention periods" }, { status: "Complete" });
    expect(await screen.findByRole("status", { name: "Status changed" })).toBeInTheDocument();
  });

  it("starts Change status from the chosen action's own status, update and due date", async () => {
    const user = renderView();
    // The first action is "Not started"; a careless click must not reset a later one to that.
    await user.selectOptions(await screen.findByRole("combobox", { name: "Action" }), "3");
    expect(screen.getByRole("combobox", { name: "New status" })).toHaveValue("Blocked");
    expect(screen.getByLabelText("New due date")).toHaveValue("2026-11-30");
    await user.selectOptions(screen.getByRole("combobox", { name: "Action" }), "2");
    expect(screen.getByRole("combobox", { name: "New status" })).toHaveValue("In progress");
    // Unchanged, it sends the status only, and no update or due date to rewrite.
    await user.click(screen.getByRole("button", { name: "Change status" }));
    expect(update).toHaveBeenLastCalledWith(expect.anything(), { row: 2, ref: "A2", nextStep: "List the systems that hold key records" }, { status: "In progress" });
  });

  it("asks for a status when the action's own is not in the list, rather than picking one", async () => {
    const user = renderView();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Action" }), "5");
    expect(screen.getByRole("combobox", { name: "New status" })).toHaveValue("");
    expect(screen.getByText('Now "Deferred", not in the status list.')).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Change status" }));
    expect(update).not.toHaveBeenCalled();
    expect(screen.getByText("Choose the status to set.")).toBeInTheDocument();
  });

  it("sets the update and due date with the status, and shows the result right after the form, scrolled into view", async () => {
    const scrolled: Element[] = [];
    const spy = jest.spyOn(Element.prototype, "scrollIntoView").mockImplementation(function (this: Element) {
      scrolled.push(this);
    });
    const user = renderView();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Action" }), "3");
    await user.type(screen.getByRole("textbox", { name: "Update" }), "Legal advice asked for");
    await user.clear(screen.getByLabelText("New due date"));
    await user.type(screen.getByLabelText("New due date"), "2027-01-31");
    await user.selectOptions(screen.getByRole("combobox", { name: "New status" }), "In progress");
    await user.click(screen.getByRole("button", { name: "Change status" }));
    expect(update).toHaveBeenCalledWith(expect.anything(), { row: 3, ref: "A3", nextStep: "Agree retention periods" }, { status: "In progress", update: "Legal advice asked for", due: "2027-01-31" });
    const message = await screen.findByRole("status", { name: "Status changed" });
    // Next to the form: after its button, before the next section.
    const button = screen.getByRole("button", { name: "Change status" });
    const nextHeading = screen.getByRole("heading", { name: "Add an action" });
    expect(button.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(message.compareDocumentPosition(nextHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(scrolled.some((el) => el.contains(message))).toBe(true);
    spy.mockRestore();
  });

  it("lists the actions with owner, due date and status, following the status and owner filters", async () => {
    const user = renderView();
    const list = await screen.findByRole("list", { name: "Actions shown" });
    const lines = () => within(screen.getByRole("list", { name: "Actions shown" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(lines()).toHaveLength(6);
    expect(within(list).getAllByRole("listitem")[0]).toHaveTextContent("A1: Name a senior owner for the strategyJo ParkDue 1 October 2026 (overdue)Not started");
    await user.click(within(screen.getByRole("group", { name: "Show actions with status" })).getByRole("button", { name: "Blocked" }));
    await waitFor(() => expect(lines()).toEqual(["A3: Agree retention periodsJo ParkDue 30 November 2026 (overdue)Blocked"]));
    expect(screen.getByText("1 of 6 actions (filtered by status Blocked). Pick one to change its status.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    await waitFor(() => expect(lines()).toHaveLength(6));
    const owner = screen.getByRole("combobox", { name: "Owner" });
    expect(within(owner).getAllByRole("option").map((o) => o.textContent)).toEqual(["Every owner", "Jo Park", "Sam Lee", "No owner"]);
    await user.selectOptions(owner, "Sam Lee");
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "owner", owner: "Sam Lee" });
    await waitFor(() => expect(lines().map((l) => l?.slice(0, 2))).toEqual(["A2", "A4"]));
    await user.selectOptions(owner, "");
    expect(filter).toHaveBeenLastCalledWith(expect.anything(), overview, { kind: "owner", owner: "" });
    await waitFor(() => expect(lines().map((l) => l?.slice(0, 2))).toEqual(["A5", "A6"]));
    expect(screen.getByText("2 of 6 actions (filtered by no owner). Pick one to change its status.")).toBeInTheDocument();
  });

  it("picks an action from the list for Change status", async () => {
    const user = renderView();
    const list = await screen.findByRole("list", { name: "Actions shown" });
    await user.click(within(list).getByRole("button", { name: /^A4: Publish the policy/ }));
    expect(within(list).getByRole("button", { name: /^A4: Publish the policy/ })).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByRole("combobox", { name: "Action" })).toHaveValue("4");
    expect(screen.getByRole("combobox", { name: "New status" })).toHaveValue("Complete");
  });

  it("refreshes the counts when the table changes in Excel", async () => {
    let changed: () => void = () => {};
    const host = hostWith({}, (listener) => {
      changed = listener;
      return Promise.resolve(async () => {});
    });
    renderView(host);
    expect(await screen.findByText("6 actions")).toBeInTheDocument();
    read.mockResolvedValue({ ok: true, overview: overviewOf([...ROWS, ["A7", "Another step", "", "", "", "", "", "Blocked", ""]]), notes: [] });
    changed();
    expect(await screen.findByText("7 actions")).toBeInTheDocument();
    expect(screen.queryByText(/do not update by themselves/)).not.toBeInTheDocument();
  });

  it("offers Refresh and says counts will not update by themselves where the host cannot watch", async () => {
    const user = renderView();
    expect(await screen.findByText(/do not update by themselves/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Refresh counts" }));
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it("says why when the actions cannot be read", async () => {
    read.mockResolvedValue({ ok: false, problems: ["There is no Actions table. Set up the workbook first (Set up tab)."] });
    renderView();
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no Actions table");
  });
});
