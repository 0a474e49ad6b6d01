import { blockAddress, cellAddress } from "../a1";
import type { CellValue, Grid } from "../cell";
import type { ColourRule, ColumnLayout, Plan, PlanStep } from "../plan";
import type { RatingWorkbook } from "../rating-workbook";
import { TABLE_STYLE } from "../workbook-contract";
import type { ActionStatus } from "../action-status";
import { MARKER_COMMENT, markerFormula } from "./generated-sheets";
import type { NextStepsSummary } from "./next-steps-summary";
import type { Movement } from "./round-comparison";

/** Where the summary goes and what it may replace. */
export interface SummaryTarget {
  readonly sheet: string;
  /** The generated sheet of the same name to delete first (the user confirmed). */
  readonly replacing: { readonly sheet: string } | null;
  /** The defined name that marks the sheet as generated; `exists` when it is re-pointed rather than added. */
  readonly marker: { readonly name: string; readonly exists: boolean };
  /** Table and defined names already in the workbook: the summary's tables must not take one. */
  readonly takenNames: readonly string[];
}

const MOVEMENT_COLOURS: Readonly<Record<Movement, { fill: string; font: string } | null>> = {
  improved: { fill: "#C6EFCE", font: "#006100" },
  declined: { fill: "#FFC7CE", font: "#9C0006" },
  unchanged: null,
  "newly rated": { fill: "#DDEBF7", font: "#1F4E79" },
  "not rated": { fill: "#FFEB9C", font: "#7F4F00" },
};
const OVERDUE = "Overdue";

/** "newly rated" → "Newly rated": cells start with a capital, as the scale's labels do. */
export function movementLabel(movement: Movement): string {
  return movement.charAt(0).toUpperCase() + movement.slice(1);
}
const OVERDUE_COLOURS = { fill: "#FFC7CE", font: "#9C0006" };
const TITLE_ROWS = 3;
const CHART_ROWS = 16;

const COLUMNS: readonly ColumnLayout[] = [
  { column: 0, width: 32, wrap: false },
  { column: 1, width: 36, wrap: true },
  { column: 2, width: 24, wrap: true },
  { column: 3, width: 50, wrap: true },
  { column: 4, width: 18, wrap: true },
  { column: 5, width: 12, wrap: false },
  { column: 6, width: 14, wrap: true },
  { column: 7, width: 10, wrap: false },
];

/** A stem for this sheet's table names that no table or defined name uses: Summary1, Summary2... */
function tableStem(taken: readonly string[], suffixes: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const stem = `Summary${n}`;
    if (suffixes.every((s) => !used.has(`${stem}${s}`.toLowerCase()))) return stem;
  }
}

const SUFFIXES = ["Ratings", "Attention", "OpenActions", "ActionCounts", "Levels"] as const;

/**
 * The summary sheet as a plan: a title, the headline sentence and a note, then one Excel table per
 * block (ratings and movement, areas needing attention, open actions, actions by status, areas at
 * each level) with filter buttons and the scale's colours, a chart of the levels, column widths,
 * frozen title rows, an A4 landscape page set-up one page wide, and the marker that says the add-in
 * made the sheet. Every text taken from the workbook is written as literal text by the host.
 */
export function summaryPlan(workbook: RatingWorkbook, summary: NextStepsSummary, target: SummaryTarget): Plan {
  const { comparison, actions } = summary;
  const sheet = target.sheet;
  const steps: PlanStep[] = [];
  const stem = tableStem(target.takenNames, SUFFIXES);
  if (target.replacing) steps.push({ kind: "deleteSheet", sheet: target.replacing.sheet });
  steps.push({ kind: "addSheet", sheet });
  steps.push({
    kind: "defineName",
    name: target.marker.name,
    formula: markerFormula(sheet),
    comment: MARKER_COMMENT,
    replace: target.marker.exists,
  });

  const source = actions === null ? "the Ratings table" : "the Ratings and Actions tables";
  steps.push({
    kind: "setValues",
    sheet,
    address: blockAddress({ top: 0, left: 0, rows: TITLE_ROWS, columns: 1 }),
    values: [
      [`Next steps summary: ${comparison.earlierRound} to ${comparison.laterRound}`],
      [summary.headline],
      [`Made by Rating Matrix on ${summary.todayIso} from ${source}. Generating the summary again may replace this sheet, so keep your own notes elsewhere.`],
    ],
  });

  let row = TITLE_ROWS + 1;
  const block = (label: string, table: string, header: string[], rows: Grid, colour: (body: { top: number; rows: number }) => PlanStep[]): { top: number; rows: number } => {
    steps.push({ kind: "setValues", sheet, address: cellAddress(row, 0), values: [[label]] });
    const top = row + 1;
    const bodyRows = Math.max(rows.length, 1);
    steps.push({
      kind: "addTable",
      sheet,
      table,
      address: blockAddress({ top, left: 0, rows: 1 + bodyRows, columns: header.length }),
      header,
      rows,
      style: TABLE_STYLE,
    });
    const body = { top: top + 1, rows: bodyRows };
    steps.push(...colour(body));
    row = top + 1 + bodyRows + 1;
    return { top, rows: bodyRows };
  };
  const rules = (column: number, body: { top: number; rows: number }, list: readonly ColourRule[]): PlanStep[] =>
    list.length === 0
      ? []
      : [{ kind: "colourRules", sheet, address: blockAddress({ top: body.top, left: column, rows: body.rows, columns: 1 }), rules: list }];
  const levelRules: ColourRule[] = workbook.scale.levels.map((l) => ({ equals: l.label, fill: l.fill, font: l.font }));
  const movementRules: ColourRule[] = Object.entries(MOVEMENT_COLOURS).flatMap(([movement, colours]) =>
    colours ? [{ equals: movementLabel(movement as Movement), ...colours }] : [],
  );
  const statusRules = (statuses: readonly ActionStatus[]): ColourRule[] => statuses.map((s) => ({ equals: s.label, fill: s.fill, font: s.font }));

  block(
    "How the ratings moved",
    `${stem}${SUFFIXES[0]}`,
    ["Theme", "Area", comparison.earlierRound, comparison.laterRound, "Movement"],
    comparison.areas.map((a) => [a.theme, a.area, a.earlier, a.later, movementLabel(a.movement)]),
    (body) => [
      {
        kind: "colourRules",
        sheet,
        address: blockAddress({ top: body.top, left: 2, rows: body.rows, columns: 2 }),
        rules: levelRules,
      },
      ...rules(4, body, movementRules),
    ],
  );
  const attention = comparison.areas.filter((a) => a.attention.length > 0);
  block(
    `Areas needing attention (below ${comparison.target}, declined or not rated)`,
    `${stem}${SUFFIXES[1]}`,
    ["Theme", "Area", comparison.laterRound, "Why"],
    attention.map((a) => [a.theme, a.area, a.later, a.attention.join("; ")]),
    (body) => rules(2, body, levelRules),
  );
  if (actions === null) {
    steps.push({ kind: "setValues", sheet, address: cellAddress(row, 0), values: [["The workbook has no Actions table, so no actions are listed."]] });
    row += 2;
  } else {
    block(
      "Open actions by theme and area",
      `${stem}${SUFFIXES[2]}`,
      ["Theme", "Area", "Ref", "Next step", "Owner", "Due", "Status", "Overdue"],
      actions.openActions.map(({ item, overdue }): CellValue[] => [
        item.theme,
        item.area,
        item.ref,
        item.nextStep,
        item.owner,
        item.due ?? dueText(item.dueRaw),
        item.statusText,
        overdue ? OVERDUE : "",
      ]),
      (body) => [...rules(6, body, statusRules(workbook.statuses)), ...rules(7, body, [{ equals: OVERDUE, ...OVERDUE_COLOURS }])],
    );
    block(
      "Actions by status",
      `${stem}${SUFFIXES[3]}`,
      ["Status", "Open", "Actions", "Overdue"],
      actions.byStatus.map((s) => [s.status, s.open === null ? "Not on the status list" : s.open ? "Yes" : "No", s.actions, s.overdue]),
      (body) => rules(0, body, statusRules(workbook.statuses)),
    );
  }
  const levels = block(
    "Areas at each level",
    `${stem}${SUFFIXES[4]}`,
    ["Level", comparison.earlierRound, comparison.laterRound],
    comparison.levelCounts.map((c) => [c.level, c.earlier, c.later]),
    (body) => rules(0, body, levelRules),
  );
  steps.push({
    kind: "addChart",
    sheet,
    chartType: "ColumnClustered",
    source: blockAddress({ top: levels.top, left: 0, rows: 1 + levels.rows, columns: 3 }),
    title: `Areas at each level: ${comparison.earlierRound} and ${comparison.laterRound}`,
    topLeft: cellAddress(row, 0),
    bottomRight: cellAddress(row + CHART_ROWS - 1, 3),
  });
  steps.push({ kind: "columnLayout", sheet, columns: COLUMNS });
  steps.push({ kind: "freezeRows", sheet, rows: TITLE_ROWS });
  steps.push({ kind: "pageSetup", sheet, orientation: "landscape", paper: "A4", fitToPagesWide: 1 });
  steps.push({ kind: "activateSheet", sheet });
  return { title: `Generate the summary sheet "${sheet}"`, steps };
}

function dueText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  return String(raw).trim();
}
