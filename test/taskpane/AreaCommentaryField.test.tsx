import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AreaCommentaryField } from "../../src/taskpane/AreaCommentaryField";
import { readAreaCommentary, saveAreaCommentary } from "../../src/workflows/area-commentary";
import { dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/area-commentary", () => ({ readAreaCommentary: jest.fn(), saveAreaCommentary: jest.fn() }));

const read = jest.mocked(readAreaCommentary);
const save = jest.mocked(saveAreaCommentary);
const KEY = { theme: "The value of information", area: "Managing information as an asset", round: "Review 2017" };

function renderField() {
  render(
    <FluentProvider theme={webLightTheme}>
      <AreaCommentaryField host={dummyHost} {...KEY} />
    </FluentProvider>,
  );
  return userEvent.setup();
}

beforeEach(() => {
  jest.resetAllMocks();
  read.mockResolvedValue({ ok: true, text: "Where it stood.", themeText: "About the whole theme.\n\nA second paragraph." });
});

describe("an area's commentary beside its rating", () => {
  it("shows the commentary for the round, saves an edit through the workflow, and says so", async () => {
    save.mockResolvedValue({ ok: true, message: 'Saved the Review 2017 commentary on "Managing information as an asset" (2 paragraphs).', notices: [] });
    const user = renderField();
    const box = await screen.findByRole("textbox", { name: /Commentary for Review 2017/ });
    expect(box).toHaveValue("Where it stood.");
    expect(read).toHaveBeenCalledWith(dummyHost, KEY);
    const saveButton = screen.getByRole("button", { name: "Save commentary" });
    expect(saveButton).toHaveAttribute("aria-disabled", "true");
    await user.type(box, "{Enter}{Enter}And since.");
    await user.click(saveButton);
    expect(save).toHaveBeenCalledWith(dummyHost, { ...KEY, text: "Where it stood.\n\nAnd since.", shown: "Where it stood." });
    expect(await screen.findByRole("status")).toHaveTextContent("Saved the Review 2017 commentary");
    expect(screen.getByRole("button", { name: "Save commentary" })).toHaveAttribute("aria-disabled", "true");
  }, 30_000);

  it("shows the theme's own commentary folded, for context", async () => {
    renderField();
    await screen.findByRole("textbox", { name: /Commentary for Review 2017/ });
    expect(screen.getByText("The review's commentary on The value of information (Review 2017)")).toBeInTheDocument();
    expect(screen.getByText("A second paragraph.")).toBeInTheDocument();
  }, 30_000);

  it("when the workbook changed meanwhile: says nothing was written, keeps the draft, and shows what the workbook holds now", async () => {
    save.mockResolvedValue({ ok: false, problems: ["The commentary changed in the workbook since it was shown. Nothing was written; read it again, then make your change."] });
    const user = renderField();
    const box = await screen.findByRole("textbox", { name: /Commentary for Review 2017/ });
    read.mockResolvedValue({ ok: true, text: "A colleague's words.", themeText: "" });
    await user.clear(box);
    await user.type(box, "My draft.");
    await user.click(screen.getByRole("button", { name: "Save commentary" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Nothing was written");
    expect(await screen.findByText("A colleague's words.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /Commentary for Review 2017/ })).toHaveValue("My draft.");
  }, 30_000);

  it("says when the commentary cannot be read, and reads again on request", async () => {
    read.mockResolvedValueOnce({ ok: false, problems: ["No Ratings table found."] });
    const user = renderField();
    expect(await screen.findByRole("alert")).toHaveTextContent("No Ratings table found.");
    await user.click(screen.getByRole("button", { name: "Read again" }));
    expect(await screen.findByRole("textbox", { name: /Commentary for Review 2017/ })).toHaveValue("Where it stood.");
  }, 30_000);
});
