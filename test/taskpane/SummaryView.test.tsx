import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookError } from "../../src/core/workbook-error";
import type { WorkbookHost } from "../../src/core/workbook-host";
import { App } from "../../src/taskpane/App";
import { SummaryView } from "../../src/taskpane/SummaryView";
import { generateSummary, type GenerateSummaryResult } from "../../src/workflows/generate-summary";
import { summaryChoices } from "../../src/workflows/summary-choices";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { deferred, dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/summary-choices", () => ({ summaryChoices: jest.fn() }));
jest.mock("../../src/workflows/generate-summary", () => ({ generateSummary: jest.fn() }));
jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));

const choices = jest.mocked(summaryChoices);
const generate = jest.mocked(generateSummary);
const LEVELS = ["Development area", "Progressing to satisfactory", "Satisfactory", "Progressing to good practice", "Good practice"];
const SHEET = "Next steps 2026-11-22";
const DONE: GenerateSummaryResult = {
  ok: true,
  message: `Created the sheet "${SHEET}". 5 areas improved, none declined and 5 are unchanged since IMA 2015.`,
  notices: [],
  sheet: SHEET,
  replaced: null,
  writeRequests: 1,
};

function renderView(host: WorkbookHost = dummyHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <SummaryView host={host} today={() => "2026-11-22"} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });

beforeEach(() => {
  jest.resetAllMocks();
  jest.mocked(inspectWorkbook).mockReturnValue(new Promise(() => {}));
  choices.mockResolvedValue({ kind: "ready", rounds: ["IMA 2015", "Review 2017", "Review 2019"], levels: LEVELS, target: "Satisfactory" });
});

describe("Summary view", () => {
  it("is a tab of the task pane", async () => {
    const user = userEvent.setup();
    render(<App host={dummyHost} dark={false} />);
    await user.click(screen.getByRole("tab", { name: "Summary" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Next steps summary" })).toBeInTheDocument();
  });

  it("offers the latest two rounds and the scale's target by default, and generates with them", async () => {
    generate.mockResolvedValue(DONE);
    const user = renderView();
    expect(await screen.findByRole("combobox", { name: "Earlier round" })).toHaveDisplayValue("Review 2017");
    expect(screen.getByRole("combobox", { name: "Later round" })).toHaveDisplayValue("Review 2019");
    expect(screen.getByRole("combobox", { name: /Target level/ })).toHaveDisplayValue("Satisfactory");
    expect(screen.getByText(`The summary goes on a new sheet named “${SHEET}”. No other sheet is changed.`)).toBeInTheDocument();
    await user.click(button("Generate summary"));
    expect(generate).toHaveBeenCalledWith(dummyHost, { rounds: ["Review 2017", "Review 2019"], target: "Satisfactory", todayIso: "2026-11-22" });
    expect(await screen.findByRole("status", { name: "Summary written" })).toHaveTextContent(DONE.ok ? DONE.message : "");
  });

  it("works from the keyboard: choose other rounds and target, generate, go to the sheet", async () => {
    generate.mockResolvedValue(DONE);
    const select = jest.fn(() => Promise.resolve());
    const user = renderView({ ...dummyHost, select });
    const earlier = await screen.findByRole("combobox", { name: "Earlier round" });
    await user.selectOptions(earlier, "IMA 2015");
    await user.selectOptions(screen.getByRole("combobox", { name: /Target level/ }), "Good practice");
    await user.tab();
    expect(button("Generate summary")).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(generate).toHaveBeenCalledWith(expect.anything(), {
      rounds: ["IMA 2015", "Review 2019"],
      target: "Good practice",
      todayIso: "2026-11-22",
    });
    const go = await screen.findByRole("button", { name: `Go to “${SHEET}”` });
    go.focus();
    await user.keyboard("{Enter}");
    expect(select).toHaveBeenCalledWith(SHEET, "A1");
  });

  it("says why going to the sheet failed, in Excel's words for the user", async () => {
    generate.mockResolvedValue(DONE);
    const select = jest.fn(() => Promise.reject(new WorkbookError(`Going to ${SHEET}!A1 did not finish. A sheet the add-in expected is not there any more.`, "ItemNotFound")));
    const user = renderView({ ...dummyHost, select });
    await user.click(await screen.findByRole("button", { name: "Generate summary" }));
    await user.click(await screen.findByRole("button", { name: `Go to “${SHEET}”` }));
    expect(await screen.findByRole("alert")).toHaveTextContent(`Going to ${SHEET}!A1 did not finish. A sheet the add-in expected is not there any more.`);
  });

  it("refuses the same round twice before calling Excel", async () => {
    const user = renderView();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Earlier round" }), "Review 2019");
    expect(screen.getByText("Choose two different rounds.")).toBeInTheDocument();
    expect(button("Generate summary")).toHaveAttribute("aria-disabled", "true");
    await user.click(button("Generate summary"));
    expect(generate).not.toHaveBeenCalled();
  });

  it("refuses the rounds the wrong way round at the field, before calling Excel", async () => {
    const user = renderView();
    await user.selectOptions(await screen.findByRole("combobox", { name: "Earlier round" }), "Review 2019");
    await user.selectOptions(screen.getByRole("combobox", { name: "Later round" }), "IMA 2015");
    const earlier = screen.getByRole("combobox", { name: "Earlier round" });
    expect(earlier).toHaveAccessibleDescription('"Review 2019" comes after "IMA 2015" in the Ratings table: choose the older round as the earlier one.');
    expect(button("Generate summary")).toHaveAttribute("aria-disabled", "true");
    await user.click(button("Generate summary"));
    expect(generate).not.toHaveBeenCalled();
  });

  it("asks before replacing today's generated sheet; Replace and Make a second sheet pass the answer on", async () => {
    generate
      .mockResolvedValueOnce({ ok: false, confirmReplace: SHEET, problems: ["exists"] })
      .mockResolvedValueOnce({ ...DONE, replaced: SHEET } as GenerateSummaryResult)
      .mockResolvedValueOnce({ ok: false, confirmReplace: SHEET, problems: ["exists"] })
      .mockResolvedValueOnce({ ...DONE, sheet: `${SHEET} (2)` } as GenerateSummaryResult);
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Generate summary" }));
    const prompt = await screen.findByRole("alertdialog", { name: `Replace “${SHEET}”?` });
    expect(prompt).toHaveAccessibleDescription(/deletes the sheet and anything typed on it/);
    expect(within(prompt).getByRole("button", { name: "Replace the sheet" })).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(generate).toHaveBeenLastCalledWith(dummyHost, expect.objectContaining({ replace: true }));
    expect(await screen.findByRole("status", { name: "Summary written" })).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();

    await user.click(button("Generate summary"));
    await user.click(await screen.findByRole("button", { name: "Make a second sheet" }));
    expect(generate).toHaveBeenLastCalledWith(dummyHost, expect.objectContaining({ replace: false }));
    expect(await screen.findByRole("button", { name: `Go to “${SHEET} (2)”` })).toBeInTheDocument();
  });

  it("cancels the question with Escape, writing nothing", async () => {
    generate.mockResolvedValue({ ok: false, confirmReplace: SHEET, problems: ["exists"] });
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Generate summary" }));
    await screen.findByRole("alertdialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(generate).toHaveBeenCalledTimes(1);
  });

  it("shows the problems when the summary is refused, and says what it is doing meanwhile", async () => {
    const work = deferred<GenerateSummaryResult>();
    generate.mockReturnValue(work.promise);
    const user = renderView();
    await user.click(await screen.findByRole("button", { name: "Generate summary" }));
    expect(screen.getByRole("progressbar", { name: "Writing the summary sheet…" })).toBeInTheDocument();
    work.resolve({ ok: false, problems: ['"Excellent" is not a level of the rating scale.'] });
    expect(await screen.findByRole("alert", { name: "The summary was not written" })).toHaveTextContent("Excellent");
    expect(screen.queryByRole("button", { name: /Go to/ })).not.toBeInTheDocument();
  });

  it("explains why no summary can be made when the workbook has fewer than two rounds", async () => {
    choices.mockResolvedValue({ kind: "blocked", problems: ["The Ratings table has only one round; a summary compares two rounds. Add a round first."] });
    renderView();
    expect(await screen.findByRole("alert", { name: "A summary cannot be made yet" })).toHaveTextContent("only one round");
    expect(screen.queryByRole("button", { name: "Generate summary" })).not.toBeInTheDocument();
  });
});
