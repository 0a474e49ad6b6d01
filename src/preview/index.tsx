// Webpack entry of the browser preview (preview.html): the task pane outside Excel, on an .xlsx
// workbook held in the page. Only this page loads exceljs; taskpane.html stays small.
import { createRoot } from "react-dom/client";
import { newXlsx } from "../xlsx/xlsx-file";
import { PreviewApp } from "./PreviewApp";
import { buildSampleWorkbook } from "./sample-workbook";

function emptyWorkbook() {
  const file = newXlsx();
  file.workbook.addWorksheet("Sheet1");
  return file;
}

function download(bytes: Uint8Array, name: string, type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"): void {
  const blob = new Blob([new Uint8Array(bytes)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Excel's task pane opens about 350 px wide and can be dragged from 320 px wider; `?pane=400` tries another width. */
const DEFAULT_PANE_WIDTH = 350;

function paneWidth(asked: string | null): number {
  const width = Number(asked);
  return Number.isInteger(width) && width >= 280 && width <= 1000 ? width : DEFAULT_PANE_WIDTH;
}

async function start(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) throw new Error("preview.html has no #root element.");
  const query = new URLSearchParams(window.location.search);
  const startEmpty = query.get("workbook") === "empty";
  const initial = startEmpty ? { file: emptyWorkbook(), name: "workbook.xlsx" } : { file: await buildSampleWorkbook(), name: "sample.xlsx" };
  createRoot(container).render(<PreviewApp initial={initial} sample={buildSampleWorkbook} empty={emptyWorkbook} download={download} paneWidth={paneWidth(query.get("pane"))} />);
}

void start();
