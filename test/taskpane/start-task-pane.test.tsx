import { act, screen } from "@testing-library/react";
import type { Root } from "react-dom/client";
import { startTaskPane, type ExcelConnection } from "../../src/taskpane/start-task-pane";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { deferred, dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));
jest.mock("../../src/workflows/set-up-workbook", () => ({ setUpWorkbook: jest.fn() }));
jest.mock("../../src/workflows/repair-formatting", () => ({ repairFormatting: jest.fn() }));

let container: HTMLElement;
let root: Root | undefined;

beforeEach(() => {
  jest.mocked(inspectWorkbook).mockResolvedValue({ kind: "empty" });
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

describe("startTaskPane", () => {
  it("shows a loading state until Excel answers, then the app in Office's theme", async () => {
    const connection = deferred<ExcelConnection>();
    let started: Promise<Root> | undefined;
    await act(async () => {
      started = startTaskPane(container, () => connection.promise);
    });
    expect(screen.getByRole("progressbar", { name: "Connecting to Excel…" })).toBeInTheDocument();

    await act(async () => {
      connection.resolve({ host: dummyHost, dark: true });
      root = await started;
    });
    expect(screen.queryByRole("progressbar", { name: "Connecting to Excel…" })).not.toBeInTheDocument();
    expect(screen.getByRole("switch", { name: "Dark theme" })).toBeChecked();
    expect(await screen.findByRole("button", { name: "Create rating workbook" })).toBeInTheDocument();
  });

  it("outside Excel, shows the reason and no set-up", async () => {
    await act(async () => {
      root = await startTaskPane(container, async () => ({ host: null, dark: false, reason: "Rating Matrix runs inside Excel." }));
    });
    expect(screen.getByRole("status", { name: "Rating Matrix is not connected to Excel" })).toHaveTextContent(
      "Rating Matrix runs inside Excel.",
    );
    expect(screen.queryByRole("button", { name: "Create rating workbook" })).not.toBeInTheDocument();
  });

  it("if connecting throws, still shows the app without a workbook and says why", async () => {
    await act(async () => {
      root = await startTaskPane(container, () => Promise.reject(new Error("office.js failed to load.")));
    });
    expect(screen.getByRole("status", { name: "Rating Matrix is not connected to Excel" })).toHaveTextContent(
      "Something unexpected went wrong: office.js failed to load.",
    );
  });
});
