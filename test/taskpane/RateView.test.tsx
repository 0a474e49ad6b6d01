import { act, cleanup, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { readWorkbook } from "../../src/core/read-workbook";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { EMPTY_WORKBOOK } from "../../src/core/workbook-snapshot";
import { App } from "../../src/taskpane/App";
import { addRound } from "../../src/workflows/add-round";
import { readAreaCommentary } from "../../src/workflows/area-commentary";
import { saveAreaNotes } from "../../src/workflows/area-notes";
import { rateArea } from "../../src/workflows/rate-area";
import { readRatings, type RatingsRead } from "../../src/workflows/read-ratings";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { deferred, dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/read-ratings", () => ({ readRatings: jest.fn() }));
jest.mock("../../src/workflows/rate-area", () => ({ rateArea: jest.fn() }));
jest.mock("../../src/workflows/add-round", () => ({ addRound: jest.fn() }));
jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));
jest.mock("../../src/workflows/area-notes", () => ({ saveAreaNotes: jest.fn() }));
jest.mock("../../src/workflows/area-commentary", () => ({ readAreaCommentary: jest.fn(), saveAreaCommentary: jest.fn() }));

const read = jest.mocked(readRatings);
const rate = jest.mocked(rateArea);
const add = jest.mocked(addRound);
const saveNotes = jest.mocked(saveAreaNotes);
const readCommentary = jest.mocked(readAreaCommentary);

/** The Ratings table as the core reads it, from a grid written here (not from the seeds). */
function ratingsRead(header: string[], rows: string[][]): RatingsRead {
  const scaleValues = [
    ["Level", "Rank", "Fill", "Font", "Aliases"],
    ...DEFAULT_SCALE.levels.map((l, i) => [l.label, i + 1, l.fill, l.font, l.aliases.join("; ")]),
  ];
  const result = readWorkbook({
    ...EMPTY_WORKBOOK,
    sheetNames: ["Ratings", "Lists"],
    tables: [
      { name: "Ratings", sheet: "Ratings", address: `Ratings!A1:E${rows.length + 1}`, values: [header, ...rows] },
      { name: "RatingScale", sheet: "Lists", address: `Lists!A1:E${scaleValues.length}`, values: scaleValues },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return { ok: true, ratings: result.workbook.ratings, scale: result.workbook.scale };
}

const HEADER = ["Theme", "Area", "IMA 2015", "Review 2017", "Notes"];
const GRID = ratingsRead(HEADER, [
  ["Value of information", "Knowing what we hold", "Development area", "", ""],
  ["", "Sharing it well", "Satisfactory", "Progressing to good practice", ""],
  ["Records", "Keeping the right things", "", "Good practice", ""],
]);
const THIS_YEAR = new Date().getFullYear();

async function openRateTab() {
  render(<App host={dummyHost} dark={false} />);
  const user = userEvent.setup();
  // Arrow keys between tabs are Fluent's (tabster needs a real layout): focus the tab, then press Enter.
  act(() => screen.getByRole("tab", { name: "Rate" }).focus());
  await user.keyboard("{Enter}");
  await screen.findByRole("heading", { level: 2, name: "Rate areas" });
  return user;
}

beforeEach(() => {
  jest.resetAllMocks();
  window.localStorage.clear();
  jest.mocked(inspectWorkbook).mockResolvedValue({ kind: "empty" });
  read.mockResolvedValue(GRID);
});

describe("Rate view", () => {
  it("lists the latest round's areas by theme, each with the previous round's rating", async () => {
    await openRateTab();
    expect(await screen.findByRole("combobox", { name: "Round" })).toHaveDisplayValue("Review 2017");
    const value = screen.getByRole("region", { name: "Value of information" });
    expect(within(value).getAllByRole("combobox")).toHaveLength(2);
    const knowing = within(value).getByRole("combobox", { name: "Knowing what we hold" });
    expect(knowing).toHaveAccessibleDescription("IMA 2015: Development area");
    expect(knowing).toHaveTextContent("Not rated");
    const sharing = within(value).getByRole("combobox", { name: "Sharing it well" });
    expect(sharing).toHaveTextContent("Progressing to good practice");
    expect(sharing).toHaveAccessibleDescription("IMA 2015: Satisfactory");
    expect(screen.getByRole("region", { name: "Records" })).toContainElement(screen.getByRole("combobox", { name: "Keeping the right things" }));
    expect(read).toHaveBeenCalledWith(dummyHost);
  });

  it("writes a rating chosen with the keyboard alone, and shows it", async () => {
    rate.mockResolvedValue({ ok: true, message: '"Knowing what we hold" is rated Satisfactory for Review 2017 (Ratings!D2).', notices: [] });
    const user = await openRateTab();
    const knowing = await screen.findByRole("combobox", { name: "Knowing what we hold" });
    act(() => knowing.focus());
    await user.keyboard("{ArrowDown}");
    const listbox = screen.getByRole("listbox");
    expect(within(listbox).getAllByRole("option").map((o) => o.textContent)).toEqual(["Not rated", ...DEFAULT_SCALE.levels.map((l) => l.label)]);
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}{Enter}");
    expect(rate).toHaveBeenCalledTimes(1);
    expect(rate).toHaveBeenCalledWith(dummyHost, {
      round: "Review 2017",
      theme: "Value of information",
      area: "Knowing what we hold",
      level: "Satisfactory",
      expected: "",
    });
    expect(await screen.findByRole("status", { name: "Rating written" })).toHaveTextContent("(Ratings!D2)");
    expect(knowing).toHaveTextContent("Satisfactory");
    expect(knowing).toHaveFocus();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it("puts the controls in reading order: round, refresh, progress, layout, each area by theme with its notes, then the new round", async () => {
    await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    const panel = screen.getByRole("tabpanel", { name: "Rate" });
    // Tab itself is tabster's in Fluent (it needs a real layout): the order is the DOM order of what can take focus.
    const focusable = () =>
      [...panel.querySelectorAll<HTMLElement>("button, select, input, textarea, [tabindex]")].filter(
        (element) =>
          !element.hasAttribute("data-tabster-dummy") &&
          element.tabIndex >= 0 &&
          !element.hasAttribute("disabled") &&
          window.getComputedStyle(element).display !== "none",
      );
    const start = [
      screen.getByRole("combobox", { name: "Round" }),
      screen.getByRole("button", { name: "Refresh" }),
      screen.getByRole("button", { name: "Next unrated" }),
      screen.getByRole("switch", { name: "Compact grid of rounds" }),
    ];
    const end = [screen.getByRole("textbox", { name: "New round" }), screen.getByRole("button", { name: "Add round" })];
    expect(focusable()).toEqual([
      ...start,
      screen.getByRole("button", { name: "Commentary on the theme Value of information" }),
      screen.getByRole("button", { name: "Notes and commentary on Knowing what we hold" }),
      screen.getByRole("combobox", { name: "Knowing what we hold" }),
      screen.getByRole("button", { name: "Notes and commentary on Sharing it well" }),
      screen.getByRole("combobox", { name: "Sharing it well" }),
      screen.getByRole("button", { name: "Commentary on the theme Records" }),
      screen.getByRole("button", { name: "Notes and commentary on Keeping the right things" }),
      screen.getByRole("combobox", { name: "Keeping the right things" }),
      ...end,
    ]);
    act(() => screen.getByRole("switch", { name: "Compact grid of rounds" }).click());
    expect(focusable()).toEqual([
      ...start,
      screen.getByRole("button", { name: "Commentary on the theme Value of information" }),
      screen.getByRole("combobox", { name: "Knowing what we hold" }),
      screen.getByRole("textbox", { name: "Notes on Knowing what we hold" }),
      screen.getByRole("button", { name: "Save notes on Knowing what we hold" }),
      screen.getByRole("button", { name: "Commentary on Knowing what we hold" }),
      screen.getByRole("combobox", { name: "Sharing it well" }),
      screen.getByRole("textbox", { name: "Notes on Sharing it well" }),
      screen.getByRole("button", { name: "Save notes on Sharing it well" }),
      screen.getByRole("button", { name: "Commentary on Sharing it well" }),
      screen.getByRole("button", { name: "Commentary on the theme Records" }),
      screen.getByRole("combobox", { name: "Keeping the right things" }),
      screen.getByRole("textbox", { name: "Notes on Keeping the right things" }),
      screen.getByRole("button", { name: "Save notes on Keeping the right things" }),
      screen.getByRole("button", { name: "Commentary on Keeping the right things" }),
      ...end,
    ]);
  });

  it("shows each level's colours beside its name in the list", async () => {
    const user = await openRateTab();
    await user.click(await screen.findByRole("combobox", { name: "Sharing it well" }));
    for (const level of DEFAULT_SCALE.levels) {
      const option = screen.getByRole("option", { name: level.label });
      const swatch = option.querySelector('span[aria-hidden="true"][style]');
      expect(swatch).toHaveStyle({ backgroundColor: level.fill });
    }
    expect(screen.getByRole("option", { name: "Progressing to good practice" })).toHaveAttribute("aria-selected", "true");
  });

  it("clears a rating with Not rated, and writes nothing when the same level is chosen again", async () => {
    rate.mockResolvedValue({ ok: true, message: "cleared", notices: [] });
    const user = await openRateTab();
    const sharing = await screen.findByRole("combobox", { name: "Sharing it well" });
    act(() => sharing.focus());
    await user.keyboard("{Enter}{Home}{Enter}");
    expect(rate).toHaveBeenLastCalledWith(dummyHost, expect.objectContaining({ area: "Sharing it well", level: null, expected: "Progressing to good practice" }));
    await waitFor(() => expect(sharing).toHaveTextContent("Not rated"));
    expect(sharing).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(screen.getByRole("option", { name: "Not rated" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{Home}{Enter}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(rate).toHaveBeenCalledTimes(1);
  });

  it("shows an earlier round chosen from the Round list; the first round has no previous rating", async () => {
    const user = await openRateTab();
    const round = await screen.findByRole("combobox", { name: "Round" });
    await user.selectOptions(round, "IMA 2015");
    const keeping = screen.getByRole("combobox", { name: "Keeping the right things" });
    expect(keeping).toHaveTextContent("Not rated");
    expect(keeping).not.toHaveAccessibleDescription();
    expect(screen.getByRole("combobox", { name: "Knowing what we hold" })).toHaveTextContent("Development area");
  });

  it("reads the workbook again after a refusal and says why", async () => {
    rate.mockResolvedValue({ ok: false, problems: ["Ratings!D2 changed since the list was shown."] });
    const user = await openRateTab();
    const knowing = await screen.findByRole("combobox", { name: "Knowing what we hold" });
    act(() => knowing.focus());
    await user.keyboard("{Enter}{End}{Enter}");
    const alert = await screen.findByRole("alert", { name: "The rating was not written" });
    expect(alert).toHaveTextContent("Ratings!D2 changed since the list was shown.");
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it("suggests the next round's label, adds the round typed with the keyboard, then shows it", async () => {
    add.mockResolvedValue({ ok: true, message: 'Added the round "Review 2031".', notices: [] });
    const after = ratingsRead([...HEADER.slice(0, 4), "Review 2031", "Notes"], [["Value of information", "Knowing what we hold", "", "", "", ""]]);
    read.mockResolvedValueOnce(GRID).mockResolvedValueOnce(after);
    const user = await openRateTab();
    const label = await screen.findByRole("textbox", { name: "New round" });
    expect(label).toHaveValue(`Review ${THIS_YEAR}`);
    act(() => label.focus());
    await user.keyboard("{Control>}a{/Control}Review 2031{Enter}");
    expect(add).toHaveBeenCalledWith(dummyHost, "Review 2031");
    expect(await screen.findByRole("status", { name: "Round added" })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Round" })).toHaveDisplayValue("Review 2031"));
    expect(screen.getByRole("combobox", { name: "Knowing what we hold" })).toHaveAccessibleDescription("Review 2017: not rated");
    expect(label).toHaveValue("Review 2032");
    expect(label).toHaveFocus();
  });

  it("refuses a blank round label before calling Excel, and keeps focus there", async () => {
    const user = await openRateTab();
    const label = await screen.findByRole("textbox", { name: "New round" });
    await user.clear(label);
    await user.click(screen.getByRole("button", { name: "Add round" }));
    expect(add).not.toHaveBeenCalled();
    expect(screen.getByText(`Type a label for the new round, such as "Review ${THIS_YEAR}".`)).toBeInTheDocument();
    expect(label).toHaveFocus();
  });

  it("shows the problems when the ratings cannot be read, and reads again on request", async () => {
    read.mockResolvedValueOnce({ ok: false, problems: ["No Ratings table found."] }).mockResolvedValueOnce(GRID);
    const user = await openRateTab();
    expect(await screen.findByRole("alert", { name: "The ratings could not be read" })).toHaveTextContent("No Ratings table found.");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    expect(await screen.findByRole("combobox", { name: "Knowing what we hold" })).toBeInTheDocument();
  });

  it("warns about a cell whose text is not on the scale, and offers the levels to replace it", async () => {
    read.mockResolvedValue(ratingsRead(HEADER, [["Records", "Keeping the right things", "Satisfactory", "Satisfactroy", ""]]));
    await openRateTab();
    const keeping = await screen.findByRole("combobox", { name: "Keeping the right things" });
    expect(keeping).toHaveTextContent("Satisfactroy");
    expect(keeping).toHaveAccessibleDescription(expect.stringContaining('The cell holds "Satisfactroy", which is not on the scale.'));
    expect(keeping).toHaveAccessibleDescription(expect.stringContaining("IMA 2015: Satisfactory"));
  });

  it("says it is reading until the ratings arrive", async () => {
    const pending = deferred<RatingsRead>();
    read.mockReturnValue(pending.promise);
    await openRateTab();
    expect(screen.getByRole("progressbar", { name: "Reading the ratings…" })).toBeInTheDocument();
    pending.resolve(GRID);
    expect(await screen.findByRole("combobox", { name: "Round" })).toBeInTheDocument();
  });

  it("has no accessibility violations axe can find", async () => {
    await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    const results = await axe.run(document.body, { rules: { "color-contrast": { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});

describe("Rate view for assessors: progress, the grid of rounds, notes and commentary", () => {
  it("says how many areas of the round are rated, and Next unrated moves focus to each unrated area in turn", async () => {
    const grid = ratingsRead(HEADER, [
      ["Value of information", "Knowing what we hold", "", ""],
      ["", "Sharing it well", "", "Satisfactory"],
      ["Records", "Keeping the right things", "", "satisfactroy"],
    ].map((row) => [...row, ""]));
    read.mockResolvedValue(grid);
    rate.mockResolvedValue({ ok: true, message: "written", notices: [] });
    const user = await openRateTab();
    expect(await screen.findByText("1 of 3 rated in Review 2017")).toBeInTheDocument();
    const next = screen.getByRole("button", { name: "Next unrated" });
    const scrolled = jest.spyOn(Element.prototype, "scrollIntoView");
    await user.click(next);
    const knowing = screen.getByRole("combobox", { name: "Knowing what we hold" });
    expect(knowing).toHaveFocus();
    expect(scrolled.mock.contexts.at(-1)).toBe(knowing);
    await user.click(next);
    // A cell whose text is not on the scale still needs a level.
    expect(screen.getByRole("combobox", { name: "Keeping the right things" })).toHaveFocus();
    await user.click(next);
    expect(knowing).toHaveFocus();
    await user.keyboard("{Enter}{End}{Enter}");
    expect(await screen.findByText("2 of 3 rated in Review 2017")).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Round" }), "IMA 2015");
    expect(screen.getByText("0 of 3 rated in IMA 2015")).toBeInTheDocument();
    // In another round Next unrated starts again from the first area.
    await user.click(next);
    expect(screen.getByRole("combobox", { name: "Knowing what we hold" })).toHaveFocus();
    scrolled.mockRestore();
  });

  it("says when every area is rated, and Next unrated is then unavailable", async () => {
    read.mockResolvedValue(ratingsRead(HEADER, [["Value of information", "Knowing what we hold", "", "Satisfactory", ""]]));
    await openRateTab();
    expect(await screen.findByText("All 1 rated in Review 2017")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Next unrated" })).toHaveAttribute("aria-disabled", "true");
  });

  it("shows a theme as a grid of rounds by default, only the chosen round editable, and remembers the list of fields when chosen", async () => {
    const user = await openRateTab();
    const value = await screen.findByRole("region", { name: "Value of information" });
    const table = within(value).getByRole("table", { name: /Value of information: ratings by round; Review 2017 can be changed/ });
    expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["IMA 2015", "Review 2017"]);
    // The older round is shown, not edited: one dropdown per area, in the chosen round's column.
    expect(within(table).getAllByRole("combobox")).toHaveLength(2);
    expect(within(table).getByRole("cell", { name: "Development area" })).toBeInTheDocument();
    expect(within(table).getByRole("combobox", { name: "Sharing it well" })).toHaveAccessibleDescription("IMA 2015: Satisfactory");

    await user.selectOptions(screen.getByRole("combobox", { name: "Round" }), "IMA 2015");
    expect(within(value).getByRole("combobox", { name: "Knowing what we hold" })).toHaveTextContent("Development area");
    expect(within(value).getByRole("cell", { name: "Progressing to good practice" })).toBeInTheDocument();

    await user.click(screen.getByRole("switch", { name: "Compact grid of rounds" }));
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
    expect(window.localStorage.getItem("rating-matrix.rate-layout")).toBe("fields");
    cleanup();
    await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    expect(screen.getByRole("switch", { name: "Compact grid of rounds" })).not.toBeChecked();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("writes an area's notes beside its rating through the workflow, and says so next to them", async () => {
    saveNotes.mockResolvedValue({ ok: true, message: 'Saved the notes of "Sharing it well" (Ratings!E3).', notices: [] });
    const user = await openRateTab();
    await user.click(await screen.findByRole("button", { name: "Notes and commentary on Sharing it well" }));
    expect(screen.getByRole("button", { name: "Notes and commentary on Sharing it well" })).toHaveAttribute("aria-expanded", "true");
    const notes = screen.getByRole("textbox", { name: "Notes on Sharing it well" });
    expect(notes).toHaveValue("");
    await user.type(notes, "=Ask for the plan");
    await user.click(screen.getByRole("button", { name: "Save notes on Sharing it well" }));
    expect(saveNotes).toHaveBeenCalledWith(dummyHost, { theme: "Value of information", area: "Sharing it well", text: "=Ask for the plan", expected: "" });
    expect(await screen.findByRole("status")).toHaveTextContent('Saved the notes of "Sharing it well" (Ratings!E3).');
    expect(screen.getByRole("button", { name: /Notes and commentary on Sharing it well/ })).toHaveTextContent("(written)");
    expect(screen.getByRole("button", { name: "Save notes on Sharing it well" })).toHaveAttribute("aria-disabled", "true");
  });

  it("keeps the typed notes and shows why at the box when the cell changed meanwhile", async () => {
    saveNotes.mockResolvedValue({ ok: false, problems: ["Ratings!E2 changed since the pane showed it."] });
    await openRateTab();
    const user = userEvent.setup();
    act(() => screen.getByRole("switch", { name: "Compact grid of rounds" }).click());
    const notes = await screen.findByRole("textbox", { name: "Notes on Knowing what we hold" });
    await user.type(notes, "mine");
    await user.click(screen.getByRole("button", { name: "Save notes on Knowing what we hold" }));
    await waitFor(() => expect(notes).toHaveAccessibleDescription("Ratings!E2 changed since the pane showed it."));
    expect(notes).toHaveValue("mine");
    await waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });

  it("offers each area's and each theme's commentary for the round, read only when opened", async () => {
    readCommentary.mockResolvedValue({ ok: true, text: "Where it stood.", themeText: "" });
    const user = await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    expect(readCommentary).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Notes and commentary on Knowing what we hold" }));
    expect(await screen.findByRole("textbox", { name: /Commentary for Review 2017/ })).toHaveValue("Where it stood.");
    expect(readCommentary).toHaveBeenCalledWith(dummyHost, { theme: "Value of information", area: "Knowing what we hold", round: "Review 2017" });
    await user.click(screen.getByRole("button", { name: "Commentary on the theme Records" }));
    await waitFor(() => expect(readCommentary).toHaveBeenCalledWith(dummyHost, { theme: "Records", area: "", round: "Review 2017" }));
  });

  it("opens at the top of the list: nothing is scrolled into sight before there is something to show", async () => {
    const scrolled = jest.spyOn(Element.prototype, "scrollIntoView");
    await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    await screen.findByText("2 of 3 rated in Review 2017");
    expect(scrolled).not.toHaveBeenCalled();
    scrolled.mockRestore();
  });

  it("shows why a round label was refused at its field, tied to it for screen readers, and scrolled into sight", async () => {
    add.mockResolvedValue({ ok: false, problems: ['The Ratings table already has a column called "Review 2017". Choose another label for the new round.'] });
    const user = await openRateTab();
    const label = await screen.findByRole("textbox", { name: "New round" });
    await user.clear(label);
    await user.type(label, "Review 2017");
    const scrolled = jest.spyOn(Element.prototype, "scrollIntoView");
    await user.click(screen.getByRole("button", { name: "Add round" }));
    await waitFor(() => expect(label).toHaveAccessibleDescription(expect.stringContaining('already has a column called "Review 2017"')));
    expect(label).toHaveAttribute("aria-invalid", "true");
    expect(scrolled.mock.contexts).toContain(label.closest("form"));
    scrolled.mockRestore();
  });
});
