import { countActions } from "../../src/core/action-counts";
import { actionsTarget } from "../../src/core/actions-target";
import { readWorkbook } from "../../src/core/read-workbook";
import { ACTIONS_COLUMNS } from "../../src/core/workbook-contract";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";
import type { ActionsOverview } from "../../src/workflows/action-counts";

export const TODAY = "2026-12-01";

/** A small workbook as a host would read it, in our own words. */
export function snapshotWith(actionRows: unknown[][]): WorkbookSnapshot {
  return {
    sheetNames: ["Ratings", "Actions"],
    tableNames: [
      { name: "Ratings", sheet: "Ratings" },
      { name: "Actions", sheet: "Actions" },
    ],
    tables: [
      {
        name: "Ratings",
        sheet: "Ratings",
        address: "Ratings!A1:C4",
        values: [
          ["Theme", "Area", "IMA 2015"],
          ["Value", "Communicating value", "Satisfactory"],
          ["", "Managing assets", ""],
          ["Risk", "Controlling records", ""],
        ],
      },
      {
        name: "Actions",
        sheet: "Actions",
        address: `Actions!A1:I${actionRows.length + 1}`,
        values: [[...ACTIONS_COLUMNS], ...actionRows],
        below: [Array.from({ length: 9 }, () => "")],
      },
    ],
    sheets: [],
    names: [],
  };
}

export const ROWS: unknown[][] = [
  ["A1", "Name a senior owner for the strategy", "Value", "Communicating value", "Jo Park", 46296, "High", "Not started", ""],
  ["A2", "List the systems that hold key records", "Value", "Managing assets", "Sam Lee", 46371, "Medium", "In progress", ""],
  ["A3", "Agree retention periods", "Risk", "Controlling records", "Jo Park", 46356, "High", "Blocked", ""],
  ["A4", "Publish the policy", "Risk", "Controlling records", "Sam Lee", 46266, "Low", "Complete", ""],
  ["A5", "Review continuity plans", "Risk", "Controlling records", "", "", "", "Deferred", ""],
  ["A6", "Train staff on the file plan", "Value", "Managing assets", "", 46327, "", "", ""],
];

export function overviewOf(rows: unknown[][] = ROWS, today = TODAY): ActionsOverview {
  const snapshot = snapshotWith(rows);
  const read = readWorkbook(snapshot);
  if (!read.ok || read.workbook.actions === null) throw new Error("fixture does not read");
  const target = actionsTarget(snapshot, read.workbook.actions);
  if ("problem" in target) throw new Error(target.problem);
  return {
    counts: countActions(read.workbook.actions, read.workbook.statuses, today),
    actions: read.workbook.actions,
    target,
    statuses: read.workbook.statuses,
    priorities: read.workbook.priorities,
    themes: [
      { theme: "Value", areas: ["Communicating value", "Managing assets"] },
      { theme: "Risk", areas: ["Controlling records"] },
    ],
  };
}
