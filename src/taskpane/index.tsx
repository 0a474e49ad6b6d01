// Webpack entry of the task pane.
import { connectToExcel } from "../excel/connect";
import { startTaskPane } from "./start-task-pane";

function rootElement(): Element {
  const existing = document.getElementById("root");
  if (existing !== null) return existing;
  const created = document.createElement("div");
  created.id = "root";
  document.body.appendChild(created);
  return created;
}

void startTaskPane(rootElement(), () => connectToExcel());
