import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { WorkbookError } from "../../src/core/workbook-error";
import type { WorkbookHost } from "../../src/core/workbook-host";
import { App } from "../../src/taskpane/App";
import { ReportDownloadContext, type DownloadReport } from "../../src/taskpane/report-download";
import { SummaryView } from "../../src/taskpane/SummaryView";
import { generateSummary, type GenerateSummaryResult } from "../../src/workflows/generate-summary";
import { summaryChoices } from "../../src/workflows/summary-choices";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { readWorkbook } from "../../src/core/read-workbook";
import type { RatingWorkbook } from "../../src/core/rating-workbook";
import { ACTION_HEADER, HOME_OFFICE_2017, actionRows, seedSnapshot } from "../fixtures/review-seeds";
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

function renderView(host: WorkbookHost = dummyHost, download: DownloadReport | null = null) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportDownloadContext.Provider value={download}>
        <SummaryView host={host} today={() => "2026-11-22"} />
      </ReportDownloadContext.Provider>
    </FluentProvider>,
  );
  return userEvent.setup();
}

const button = (name: string | RegExp) => screen.getByRole("button", { name });

/** The Home Office seed with a third round, as the workflow reads it. */
function threeRounds(): RatingWorkbook {
  const rows = HOME_OFFICE_2017.ratings.map(([theme, area, a, b]) => [theme, area, a, b, b]);
  const snapshot = seedSnapshot(HOME_OFFICE_2017, {
    tables: [
      { name: "Ratings", sheet: "Ratings", address: `Ratings!A1:E${rows.length + 1}`, values: [["Theme", "Area", "IMA 2015", "Review 2017", "Review 2019"], ...rows] },
      { name: "Actions", sheet: "Actions", address: `Actions!A1:I${HOME_OFFICE_2017.nextSteps.length + 1}`, values: [[...ACTION_HEADER], ...actionRows(HOME_OFFICE_2017)] },
    ],
  });
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error("the fixture should read");
  return read.workbook;
}

beforeEach(() => {
  jest.resetAllMocks();
  jest.mocked(inspectWorkbook).mockReturnValue(new Promise(() => {}));
  choices.mockResolvedValue({ kind: "ready", rounds: ["IMA 2015", "Review 2017", "Review 2019"], levels: LEVELS, target: "Satisfactory", workbook: threeRounds() });
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

  it("says what the sheet will contain, section by section with its rows, and follows the choices", async () => {
    const user = renderView();
    const contents = await screen.findByRole("region", { name: "What the sheet will contain" });
    const items = () => within(contents).getAllByRole("listitem").map((li) => li.textContent);
    // Review 2017 to Review 2019: the ratings did not move; the 2 areas below Satisfactory still need attention.
    expect(items()).toEqual([
      "How the ratings moved: 10 rows (10 areas: 10 unchanged)",
      "Areas needing attention (below Satisfactory, declined or not rated): 2 rows (2 areas)",
      "Open actions by theme and area: 11 rows (11 open actions, none overdue)",
      "Actions by status: 4 rows (11 actions)",
      "Areas at each level: 6 rows (Review 2017 and Review 2019, with a chart in Excel)",
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Earlier round" }), "IMA 2015");
    expect(items()[0]).toBe("How the ratings moved: 10 rows (10 areas: 5 improved, 5 unchanged)");
    await user.selectOptions(screen.getByRole("combobox", { name: /Target level/ }), "Good practice");
    expect(items()[1]).toBe("Areas needing attention (below Good practice, declined or not rated): 8 rows (8 areas)");
  }, 30_000);

  it("inside Excel says plainly that the report cannot be saved from there, and offers no button", async () => {
    renderView();
    const panel = await screen.findByRole("region", { name: "Progress-review report" });
    expect(panel).toHaveTextContent("an add-in cannot save a file from inside Excel");
    expect(within(panel).queryByRole("button")).toBeNull();
  }, 30_000);

  it("where the host can save files, downloads the report of the chosen rounds and says its name", async () => {
    const download = jest.fn<ReturnType<DownloadReport>, Parameters<DownloadReport>>(() => Promise.resolve("Home Office progress review 2026-11-22.docx"));
    const user = renderView(dummyHost, download);
    await user.click(await screen.findByRole("button", { name: "Download report" }));
    expect(download).toHaveBeenCalledWith({ rounds: ["Review 2017", "Review 2019"], target: "Satisfactory", todayIso: "2026-11-22" });
    expect(await screen.findByText("Downloaded Home Office progress review 2026-11-22.docx.")).toBeInTheDocument();
    download.mockRejectedValueOnce(new WorkbookError("The Ratings table has no round \"Review 2019\"."));
    await user.click(screen.getByRole("button", { name: "Download report" }));
    expect(await screen.findByRole("alert")).toHaveTextContent('The report was not made: The Ratings table has no round "Review 2019".');
  }, 30_000);
});
