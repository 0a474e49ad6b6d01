import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { BLANK_FRAMEWORK, IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { IMA_2015_SCALE, RAG_3_SCALE } from "../../src/core/scale-presets";
import { App } from "../../src/taskpane/App";
import { repairFormatting } from "../../src/workflows/repair-formatting";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import type { WorkflowResult } from "../../src/workflows/workflow-result";
import { deferred, dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));
jest.mock("../../src/workflows/set-up-workbook", () => ({ setUpWorkbook: jest.fn() }));
jest.mock("../../src/workflows/repair-formatting", () => ({ repairFormatting: jest.fn() }));

const inspect = jest.mocked(inspectWorkbook);
const setUp = jest.mocked(setUpWorkbook);
const repair = jest.mocked(repairFormatting);

const CREATED: WorkflowResult = { ok: true, message: "Created the Ratings, Actions and Lists sheets: 10 areas and 2 rounds.", notices: [] };

function renderPane() {
  render(<App host={dummyHost} dark={false} />);
  return userEvent.setup();
}

async function findCreateButton() {
  return screen.findByRole("button", { name: "Create rating workbook" });
}

beforeEach(() => {
  jest.resetAllMocks();
});

describe("Set up view on an empty workbook", () => {
  beforeEach(() => {
    inspect.mockResolvedValue({ kind: "empty" });
  });

  it("says it is checking the workbook until the check answers", async () => {
    const check = deferred<{ kind: "empty" }>();
    inspect.mockReturnValue(check.promise);
    renderPane();
    // The Set up view's code loads on first use, so the progress shows once it has arrived.
    expect(await screen.findByRole("progressbar", { name: "Checking the workbook…" }, { timeout: 10_000 })).toBeInTheDocument();
    check.resolve({ kind: "empty" });
    expect(await findCreateButton()).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(inspect).toHaveBeenCalledWith(dummyHost);
  });

  it("shows the defaults: IMA 2015-2018 framework and scale, rounds IMA 2015 and Review 2017", async () => {
    renderPane();
    await findCreateButton();
    expect(screen.getByRole("heading", { level: 2, name: "Set up the workbook" })).toBeInTheDocument();
    expect(screen.getByRole("radio", { name: IMA_2015_FRAMEWORK.name })).toBeChecked();
    expect(screen.getByRole("combobox", { name: "Rating scale" })).toHaveDisplayValue(IMA_2015_SCALE.name);
    expect(screen.getByText(/Levels, lowest first: Development area, Progressing to satisfactory, Satisfactory/)).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Round 1/ })).toHaveValue("IMA 2015");
    expect(screen.getByRole("textbox", { name: /^Round 2/ })).toHaveValue("Review 2017");
    expect(screen.queryByRole("textbox", { name: /Themes and areas/ })).not.toBeInTheDocument();
  });

  it("creates the workbook with the defaults and says so", async () => {
    setUp.mockResolvedValue(CREATED);
    const user = renderPane();
    await user.click(await findCreateButton());
    expect(setUp).toHaveBeenCalledTimes(1);
    expect(setUp).toHaveBeenCalledWith(dummyHost, {
      framework: IMA_2015_FRAMEWORK,
      scale: IMA_2015_SCALE,
      rounds: ["IMA 2015", "Review 2017"],
      about: { organisation: null, framework: IMA_2015_FRAMEWORK.name },
    });
    const success = await screen.findByRole("status", { name: "Rating workbook created" });
    expect(success).toHaveTextContent(CREATED.ok ? CREATED.message : "");
  });

  it("sends the scale, rounds and typed themes the user chose", async () => {
    setUp.mockResolvedValue(CREATED);
    const user = renderPane();
    await findCreateButton();

    await user.click(screen.getByRole("radio", { name: BLANK_FRAMEWORK.name }));
    const themes = screen.getByRole("textbox", { name: /Themes and areas/ });
    await user.type(themes, "Risk: Establishing control{Enter}Risk: Measuring impact{Enter}Value: Communicating value");

    await user.selectOptions(screen.getByRole("combobox", { name: "Rating scale" }), RAG_3_SCALE.name);
    expect(screen.getByRole("combobox", { name: "Rating scale" })).toHaveDisplayValue(RAG_3_SCALE.name);

    await user.click(screen.getByRole("button", { name: "Remove round 1 (IMA 2015)" }));
    await user.click(screen.getByRole("button", { name: "Add a round" }));
    const newRound = screen.getByRole("textbox", { name: /^Round 2/ });
    expect(newRound).toHaveFocus();
    await user.type(newRound, "  Review 2019 ");

    await user.type(screen.getByRole("textbox", { name: /^Organisation/ }), "  Home Office ");
    await user.click(screen.getByRole("button", { name: "Create rating workbook" }));
    expect(setUp).toHaveBeenCalledWith(dummyHost, {
      about: { organisation: "Home Office", framework: null },
      framework: {
        ...BLANK_FRAMEWORK,
        themes: [
          { name: "Risk", areas: ["Establishing control", "Measuring impact"] },
          { name: "Value", areas: ["Communicating value"] },
        ],
      },
      scale: RAG_3_SCALE,
      rounds: ["Review 2017", "Review 2019"],
    });
  }, 30_000); // types ~80 characters: slower than 5 s on a loaded machine (fails on main too)

  it("disables the button and says what is happening while the workbook is created", async () => {
    const work = deferred<WorkflowResult>();
    setUp.mockReturnValue(work.promise);
    const user = renderPane();
    await user.click(await findCreateButton());
    expect(screen.getByRole("progressbar", { name: "Creating the rating workbook…" })).toBeInTheDocument();
    const button = screen.getByRole("button", { name: "Create rating workbook" });
    expect(button).toHaveAttribute("aria-disabled", "true");
    await user.click(button);
    expect(setUp).toHaveBeenCalledTimes(1);
    work.resolve(CREATED);
    expect(await screen.findByRole("status", { name: "Rating workbook created" })).toBeInTheDocument();
  });

  it("looks at the workbook again after creating it, and then offers a repair, not a second set-up", async () => {
    inspect.mockResolvedValueOnce({ kind: "empty" }).mockResolvedValueOnce({ kind: "set-up", rounds: ["IMA 2015", "Review 2017"], areaCount: 10 });
    setUp.mockResolvedValue(CREATED);
    const user = renderPane();
    await user.click(await findCreateButton());
    expect(await screen.findByRole("button", { name: "Repair formatting" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create rating workbook" })).not.toBeInTheDocument();
    expect(screen.getByRole("status", { name: "Rating workbook created" })).toBeInTheDocument();
    expect(inspect).toHaveBeenCalledTimes(2);
  });

  it("shows notices as a warning beside the success", async () => {
    const notice = "Dropdowns were not added: this version of Excel does not support data validation (ExcelApi 1.8).";
    setUp.mockResolvedValue({ ok: true, message: "Created.", notices: [notice] });
    const user = renderPane();
    await user.click(await findCreateButton());
    const warning = await screen.findByRole("status", { name: "Please note" });
    expect(within(warning).getByRole("listitem")).toHaveTextContent(notice);
  });

  it("lists each problem that stopped the set-up, and keeps the form", async () => {
    inspect.mockResolvedValue({ kind: "empty" });
    setUp.mockResolvedValue({ ok: false, problems: ['Round 1 ("Baseline") needs a year in it.', "The sheet Lists is protected."] });
    const user = renderPane();
    await user.click(await findCreateButton());
    const alert = await screen.findByRole("alert", { name: "The rating workbook was not created" });
    expect(within(alert).getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      'Round 1 ("Baseline") needs a year in it.',
      "The sheet Lists is protected.",
    ]);
    expect(screen.getByRole("textbox", { name: /^Round 1/ })).toHaveValue("IMA 2015");
    expect(inspect).toHaveBeenCalledTimes(1);
  });

  it("shows an unexpected error in an error message, not only in the console", async () => {
    setUp.mockRejectedValue(new Error("Excel closed the connection."));
    const user = renderPane();
    await user.click(await findCreateButton());
    const alert = await screen.findByRole("alert", { name: "The rating workbook was not created" });
    expect(alert).toHaveTextContent("Something unexpected went wrong: Excel closed the connection.");
    expect(screen.getByRole("button", { name: "Create rating workbook" })).not.toHaveAttribute("aria-disabled", "true");
  });

  it("refuses a blank or repeated round label before calling Excel, and takes focus there", async () => {
    const user = renderPane();
    await findCreateButton();
    const second = screen.getByRole("textbox", { name: /^Round 2/ });
    await user.clear(second);
    expect(screen.getByText('Type a label for this round, such as "Review 2019".')).toBeInTheDocument();
    await user.type(second, "ima 2015");
    expect(screen.getByText("Round 1 already has this label.")).toBeInTheDocument();
    expect(second).toHaveAttribute("aria-invalid", "true");

    await user.click(screen.getByRole("button", { name: "Create rating workbook" }));
    expect(setUp).not.toHaveBeenCalled();
    expect(second).toHaveFocus();
  });

  it("shows line-by-line errors in typed themes before calling Excel", async () => {
    const user = renderPane();
    await findCreateButton();
    await user.click(screen.getByRole("radio", { name: BLANK_FRAMEWORK.name }));
    const themes = screen.getByRole("textbox", { name: /Themes and areas/ });

    await user.click(screen.getByRole("button", { name: "Create rating workbook" }));
    expect(setUp).not.toHaveBeenCalled();
    expect(screen.getByText("Type at least one area, as Theme: Area.")).toBeInTheDocument();
    expect(themes).toHaveFocus();

    await user.type(themes, "Risk: Control{Enter}Measuring impact");
    expect(screen.getByText('Line 2 ("Measuring impact") has no colon: write it as Theme: Area.')).toBeInTheDocument();
    expect(themes).toHaveAttribute("aria-invalid", "true");
  });

  it("lists many bad lines under a count, showing the first eight", async () => {
    const user = renderPane();
    await findCreateButton();
    await user.click(screen.getByRole("radio", { name: BLANK_FRAMEWORK.name }));
    const themes = screen.getByRole("textbox", { name: /Themes and areas/ });
    await user.click(themes);
    await user.paste(Array.from({ length: 10 }, (_, i) => `Area ${i + 1}`).join("\n"));
    await user.tab();
    expect(screen.getByText(/10 lines need fixing:/)).toBeInTheDocument();
    expect(screen.getByText('Line 8 ("Area 8") has no colon: write it as Theme: Area.')).toBeInTheDocument();
    expect(screen.queryByText(/Line 9/)).not.toBeInTheDocument();
    expect(screen.getByText("…and 2 more problems.")).toBeInTheDocument();
  });

  it("counts the typed themes and areas in the hint once they read correctly", async () => {
    const user = renderPane();
    await findCreateButton();
    await user.click(screen.getByRole("radio", { name: BLANK_FRAMEWORK.name }));
    await user.type(screen.getByRole("textbox", { name: /Themes and areas/ }), "Risk: A{Enter}Risk: B");
    expect(screen.getByText(/You have typed 1 theme, 2 areas\./)).toBeInTheDocument();
  });
});

describe("Set up view on a workbook that is set up already", () => {
  beforeEach(() => {
    inspect.mockResolvedValue({ kind: "set-up", rounds: ["IMA 2015", "Review 2017"], areaCount: 10 });
  });

  it("describes the Ratings table and offers no second set-up", async () => {
    renderPane();
    expect(await screen.findByText("This workbook already has a Ratings table, with 10 areas and 2 rounds: IMA 2015, Review 2017.")).toBeInTheDocument();
    expect(screen.getByText(/it changes no values/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Create rating workbook" })).not.toBeInTheDocument();
  });

  it("repairs the formatting and says so", async () => {
    const work = deferred<WorkflowResult>();
    repair.mockReturnValue(work.promise);
    const user = renderPane();
    await user.click(await screen.findByRole("button", { name: "Repair formatting" }));
    expect(repair).toHaveBeenCalledWith(dummyHost);
    expect(screen.getByRole("progressbar", { name: "Repairing the formatting…" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Repair formatting" })).toHaveAttribute("aria-disabled", "true");
    work.resolve({ ok: true, message: "Dropdowns and colours re-applied. No values were changed.", notices: [] });
    const success = await screen.findByRole("status", { name: "Formatting repaired" });
    expect(success).toHaveTextContent("Dropdowns and colours re-applied. No values were changed.");
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("lists the problems when the repair is refused", async () => {
    repair.mockResolvedValue({ ok: false, problems: ["The Ratings table has no Area column."] });
    const user = renderPane();
    await user.click(await screen.findByRole("button", { name: "Repair formatting" }));
    expect(await screen.findByRole("alert", { name: "The formatting was not repaired" })).toHaveTextContent(
      "The Ratings table has no Area column.",
    );
  });

  it("shows an unexpected error from the repair", async () => {
    repair.mockRejectedValue("Request timed out");
    const user = renderPane();
    await user.click(await screen.findByRole("button", { name: "Repair formatting" }));
    expect(await screen.findByRole("alert", { name: "The formatting was not repaired" })).toHaveTextContent(
      "Something unexpected went wrong: Request timed out",
    );
  });

  it("speaks of one area and one round in the singular, and of no rounds", async () => {
    inspect.mockResolvedValueOnce({ kind: "set-up", rounds: ["IMA 2015"], areaCount: 1 });
    const { unmount } = render(<App host={dummyHost} dark={false} />);
    expect(await screen.findByText("This workbook already has a Ratings table, with 1 area and 1 round: IMA 2015.")).toBeInTheDocument();
    unmount();
    inspect.mockResolvedValueOnce({ kind: "set-up", rounds: [], areaCount: 0 });
    render(<App host={dummyHost} dark={false} />);
    expect(await screen.findByText("This workbook already has a Ratings table, with 0 areas and no rounds yet.")).toBeInTheDocument();
  });
});

describe("Set up view on a workbook in the way", () => {
  it("shows the problems and checks again on request", async () => {
    const problem = 'The sheet "Ratings" already has content but no Ratings table.';
    inspect.mockResolvedValueOnce({ kind: "blocked", problems: [problem] }).mockResolvedValueOnce({ kind: "empty" });
    const user = renderPane();
    const alert = await screen.findByRole("alert", { name: "This workbook cannot be set up as it is" });
    expect(within(alert).getByRole("listitem")).toHaveTextContent(problem);
    expect(screen.queryByRole("button", { name: "Create rating workbook" })).not.toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await findCreateButton()).toBeInTheDocument();
    expect(inspect).toHaveBeenCalledTimes(2);
  });

  it("shows an error thrown while checking, with a way to check again", async () => {
    inspect.mockRejectedValueOnce(new Error("The workbook is busy.")).mockResolvedValueOnce({ kind: "empty" });
    const user = renderPane();
    const alert = await screen.findByRole("alert", { name: "The workbook could not be checked" });
    expect(alert).toHaveTextContent("Something unexpected went wrong: The workbook is busy.");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await waitFor(() => expect(screen.queryByRole("alert")).not.toBeInTheDocument());
    expect(await findCreateButton()).toBeInTheDocument();
  });
});
