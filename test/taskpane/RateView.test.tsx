import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { readWorkbook } from "../../src/core/read-workbook";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { EMPTY_WORKBOOK } from "../../src/core/workbook-snapshot";
import { App } from "../../src/taskpane/App";
import { addRound } from "../../src/workflows/add-round";
import { rateArea } from "../../src/workflows/rate-area";
import { readRatings, type RatingsRead } from "../../src/workflows/read-ratings";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { deferred, dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/read-ratings", () => ({ readRatings: jest.fn() }));
jest.mock("../../src/workflows/rate-area", () => ({ rateArea: jest.fn() }));
jest.mock("../../src/workflows/add-round", () => ({ addRound: jest.fn() }));
jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));

const read = jest.mocked(readRatings);
const rate = jest.mocked(rateArea);
const add = jest.mocked(addRound);

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

  it("puts the controls in reading order: round, refresh, each area by theme, then the new round", async () => {
    await openRateTab();
    await screen.findByRole("combobox", { name: "Knowing what we hold" });
    const panel = screen.getByRole("tabpanel", { name: "Rate" });
    // Tab itself is tabster's in Fluent (it needs a real layout); the order is the DOM order of what can take focus.
    const focusable = [...panel.querySelectorAll<HTMLElement>("button, select, input, textarea, [tabindex]")].filter(
      (element) =>
        !element.hasAttribute("data-tabster-dummy") &&
        element.tabIndex >= 0 &&
        !element.hasAttribute("disabled") &&
        window.getComputedStyle(element).display !== "none",
    );
    expect(focusable).toEqual([
      screen.getByRole("combobox", { name: "Round" }),
      screen.getByRole("button", { name: "Refresh" }),
      screen.getByRole("combobox", { name: "Knowing what we hold" }),
      screen.getByRole("combobox", { name: "Sharing it well" }),
      screen.getByRole("combobox", { name: "Keeping the right things" }),
      screen.getByRole("textbox", { name: "New round" }),
      screen.getByRole("button", { name: "Add round" }),
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
