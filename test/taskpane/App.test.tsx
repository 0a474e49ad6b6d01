import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import type { TaskPaneView } from "../../src/taskpane/task-pane-views";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));
jest.mock("../../src/workflows/set-up-workbook", () => ({ setUpWorkbook: jest.fn() }));
jest.mock("../../src/workflows/repair-formatting", () => ({ repairFormatting: jest.fn() }));

const inspect = jest.mocked(inspectWorkbook);

/** The page background FluentProvider set for its theme, read from the CSS rule it wrote. */
function background(container: HTMLElement): string | undefined {
  const provider = container.querySelector(".fui-FluentProvider");
  const themeClass = [...(provider?.classList ?? [])].find((name) => /^fui-FluentProvider.+/.test(name));
  const style = themeClass === undefined ? null : document.getElementById(themeClass);
  const sheet = style instanceof HTMLStyleElement ? style.sheet : null;
  const rule = sheet?.cssRules[0]?.cssText ?? "";
  return /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1];
}

beforeEach(() => {
  jest.resetAllMocks();
  inspect.mockResolvedValue({ kind: "empty" });
});

describe("App", () => {
  it("outside Excel, says to open the add-in from Excel's Home tab and offers no workbook buttons", () => {
    render(<App host={null} dark={false} />);
    const message = screen.getByRole("status", { name: "Rating Matrix is not connected to Excel" });
    expect(message).toHaveTextContent("Open a workbook in Excel, then choose Rating Matrix on the Home tab.");
    expect(screen.queryByRole("button", { name: "Create rating workbook" })).not.toBeInTheDocument();
    expect(screen.queryByRole("tab")).not.toBeInTheDocument();
    expect(inspect).not.toHaveBeenCalled();
  });

  it("outside Excel, shows the reason it was given instead", () => {
    render(<App host={null} dark={false} unavailableReason="Excel did not answer in time. Close and reopen the task pane." />);
    expect(screen.getByRole("status", { name: "Rating Matrix is not connected to Excel" })).toHaveTextContent(
      "Excel did not answer in time. Close and reopen the task pane.",
    );
  });

  it("has a main heading and a Set up tab, selected, whose panel holds the Set up view", async () => {
    render(<App host={dummyHost} dark={false} />);
    expect(screen.getByRole("heading", { level: 1, name: "Rating Matrix" })).toBeInTheDocument();
    const tab = screen.getByRole("tab", { name: "Set up" });
    expect(tab).toHaveAttribute("aria-selected", "true");
    const panel = screen.getByRole("tabpanel", { name: "Set up" });
    expect(panel).toHaveAttribute("id", tab.getAttribute("aria-controls"));
    expect(await screen.findByRole("button", { name: "Create rating workbook" })).toBeInTheDocument();
  });

  it("adds a view as one more entry, reachable by keyboard", async () => {
    const views: TaskPaneView[] = [
      { id: "first", label: "First", render: () => <p>First view</p> },
      { id: "second", label: "Second", render: (host) => <p>Second view, {host === dummyHost ? "same host" : "other host"}</p> },
    ];
    const user = userEvent.setup();
    render(<App host={dummyHost} dark={false} views={views} />);
    expect(screen.getByText("First view")).toBeInTheDocument();
    await user.tab();
    expect(screen.getByRole("switch", { name: "Dark theme" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "First" })).not.toHaveAttribute("tabindex", "-1");
    // Arrow keys between tabs are Fluent's (tabster needs a real layout); Enter on a focused tab is ours to wire.
    const second = screen.getByRole("tab", { name: "Second" });
    act(() => second.focus());
    await user.keyboard("{Enter}");
    expect(screen.getByRole("tab", { name: "Second" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel", { name: "Second" })).toHaveTextContent("Second view, same host");
    expect(screen.queryByText("First view")).not.toBeInTheDocument();
  });

  it("starts in the theme Office reported and switches by hand", async () => {
    const user = userEvent.setup();
    const { container } = render(<App host={null} dark={true} />);
    const toggle = screen.getByRole("switch", { name: "Dark theme" });
    expect(toggle).toBeChecked();
    // The dark theme's tokens load on demand (a separate chunk), so the first paint may be light for a moment.
    await waitFor(() => expect(background(container)).toBe(webDarkTheme.colorNeutralBackground1), { timeout: 10000 });

    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    expect(background(container)).toBe(webLightTheme.colorNeutralBackground1);

    await user.keyboard(" ");
    expect(toggle).toBeChecked();
    expect(background(container)).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
