import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "../../src/taskpane/App";
import { readReportFile } from "../../src/taskpane/read-report-file";
import { importReview } from "../../src/workflows/import-review";
import { inspectWorkbook } from "../../src/workflows/workbook-status";
import { dummyHost } from "./dummy-host";

jest.mock("../../src/workflows/workbook-status", () => ({ inspectWorkbook: jest.fn() }));
jest.mock("../../src/workflows/import-review", () => ({ importReview: jest.fn() }));
jest.mock("../../src/taskpane/read-report-file", () => ({ readReportFile: jest.fn() }));

// Rendering a 20-cell grid of selects and querying it by role is slow on a loaded machine.
jest.setTimeout(30_000);

const write = jest.mocked(importReview);
const readFile = jest.mocked(readReportFile);
const REPORT = readFileSync(join(__dirname, "..", "fixtures", "reports", "northshire-2019-progress-review.txt"), "utf8");

async function openImport() {
  const user = userEvent.setup();
  render(<App host={dummyHost} dark={false} />);
  await user.click(await screen.findByRole("tab", { name: "Import" }));
  await screen.findByRole("heading", { level: 2, name: "Import a published review" });
  return user;
}

async function pasteReport(user: ReturnType<typeof userEvent.setup>, text = REPORT) {
  const box = screen.getByRole("textbox", { name: /paste the report's text/ });
  // Typing 4 KB key by key is slow in jsdom; paste it as a user would.
  await user.click(box);
  await user.paste(text);
  await user.click(screen.getByRole("button", { name: "Read the pasted text" }));
}

beforeEach(() => {
  jest.resetAllMocks();
  jest.mocked(inspectWorkbook).mockResolvedValue({ kind: "empty" });
});

describe("Import view", () => {
  it("shows what was found as a grid, marks the doubtful cells, and writes the user's corrections", async () => {
    write.mockResolvedValue({ kind: "done", result: { ok: true, message: "Wrote 20 ratings.", notices: [] } });
    const user = await openImport();
    await pasteReport(user);
    const grid = await screen.findByRole("group", { name: "Ratings found in the report" });
    expect(screen.getByText(/Organisation: Northshire Water Authority/)).toBeInTheDocument();
    expect(within(within(grid).getByRole("group", { name: "Digital continuity and IT change" })).getByLabelText("Review 2019")).toBeInTheDocument();
    expect(within(grid).getByRole("combobox", { name: "Communicating and realising value, IMA 2016" })).toHaveDisplayValue("Development area");
    const doubtful = within(grid).getAllByRole("combobox", { name: /\(check\)$/ });
    expect(doubtful.map((c) => c.getAttribute("aria-label"))).toEqual([
      "Supporting information through technology, Review 2019 (check)",
      "Digital continuity and IT change, Review 2019 (check)",
      "Oversight of records and selection, IMA 2016 (check)",
    ]);
    expect(screen.getByText(/3 ratings are marked "Check"/)).toBeInTheDocument();
    // Where to look is said in the report's own words, not as a line number of text nobody sees.
    expect(screen.queryByText(/line \d+/)).not.toBeInTheDocument();
    const reason = within(grid).getByRole("combobox", { name: "Oversight of records and selection, IMA 2016 (check)" }).getAttribute("aria-describedby") ?? "";
    expect(document.getElementById(reason.split(" ")[0] ?? "")?.textContent).toMatch(/^Check: the report reads “.+” here\.$|^Check: no rating was found here in the report\.$/);
    expect(screen.getAllByRole("listitem")).toHaveLength(5);

    await user.selectOptions(within(grid).getByRole("combobox", { name: "Oversight of records and selection, IMA 2016 (check)" }), "Satisfactory");
    expect(within(grid).getByRole("combobox", { name: "Oversight of records and selection, IMA 2016" })).toHaveDisplayValue("Satisfactory");
    await user.click(screen.getByRole("button", { name: "Write into this workbook" }));
    expect(await screen.findByText("Review imported")).toBeInTheDocument();
    const sent = write.mock.calls[0]?.[1];
    expect(sent?.ratings.find((r) => r.area === "Oversight of records and selection" && r.round === "IMA 2016")?.rating).toBe("Satisfactory");
    expect(sent?.nextSteps).toHaveLength(5);
  });

  it("says \"no rating table found\" for text that is not a review, and writes nothing", async () => {
    const user = await openImport();
    await pasteReport(user, "Minutes of the meeting of the board, held in the library on a wet Tuesday afternoon.");
    expect(await screen.findByRole("alert")).toHaveTextContent("The pasted text: no rating table found.");
    expect(write).not.toHaveBeenCalled();
  });

  it("asks before replacing ratings already in the workbook, and keeps them when told to", async () => {
    const conflict = { id: "Ratings!C2=Good practice", theme: "The value of information", area: "Communicating and realising value", round: "IMA 2016", sheet: "Ratings", address: "C2", existing: "Good practice", imported: "Development area" };
    write.mockResolvedValueOnce({ kind: "conflicts", conflicts: [conflict] });
    write.mockResolvedValueOnce({ kind: "done", result: { ok: true, message: "Wrote 19 ratings.", notices: ["Kept 1 rating already in the workbook."] } });
    const user = await openImport();
    await pasteReport(user);
    await user.click(await screen.findByRole("button", { name: "Write into this workbook" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent('Communicating and realising value, IMA 2016 (Ratings!C2): "Good practice" in the workbook, "Development area" in the report');
    await user.click(screen.getByRole("button", { name: "Keep the workbook's ratings" }));
    expect(await screen.findByText("Kept 1 rating already in the workbook.")).toBeInTheDocument();
    expect(write.mock.calls[1]?.[2]).toEqual({ replace: [], keepOthers: true });
  });

  it("reads a chosen PDF and shows its ratings", async () => {
    readFile.mockResolvedValue(REPORT);
    const user = await openImport();
    const file = new File(["%PDF-1.4"], "northshire.pdf", { type: "application/pdf" });
    await user.upload(screen.getByLabelText("Choose the report's PDF"), file);
    expect(await screen.findByRole("group", { name: "Ratings found in the report" })).toBeInTheDocument();
    expect(readFile).toHaveBeenCalledWith(file);
  });

  it("shows why a PDF could not be read", async () => {
    readFile.mockRejectedValue(new Error("broken"));
    const user = await openImport();
    await user.upload(screen.getByLabelText("Choose the report's PDF"), new File(["x"], "broken.pdf", { type: "application/pdf" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Something unexpected went wrong: broken");
  });
});
