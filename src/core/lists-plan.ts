import { blockAddress } from "./a1";
import type { ActionStatus } from "./action-status";
import type { CellValue } from "./cell";
import { scaleRows, statusRows } from "./lists-tables";
import type { PlanStep } from "./plan";
import type { RatingScale } from "./rating-scale";
import {
  LISTS_LAYOUT,
  LISTS_TABLE_STYLE,
  NAMES,
  PRIORITY_COLUMNS,
  SCALE_COLUMNS,
  STATUS_COLUMNS,
  TABLES,
} from "./workbook-contract";

function listTable(sheet: string, table: string, left: number, header: readonly string[], rows: CellValue[][]): PlanStep {
  return {
    kind: "addTable",
    sheet,
    table,
    address: blockAddress({ top: 0, left, rows: 1 + Math.max(rows.length, 1), columns: header.length }),
    header,
    rows,
    style: LISTS_TABLE_STYLE,
  };
}

/**
 * The Lists sheet's tables: the rating scale, the action statuses and the priorities.
 */
export function listsTableSteps(
  sheet: string,
  scale: RatingScale,
  statuses: readonly ActionStatus[],
  priorities: readonly string[],
): PlanStep[] {
  return [
    listTable(sheet, TABLES.scale, LISTS_LAYOUT.scaleColumn, SCALE_COLUMNS, scaleRows(scale)),
    listTable(sheet, TABLES.statuses, LISTS_LAYOUT.statusesColumn, STATUS_COLUMNS, statusRows(statuses)),
    listTable(sheet, TABLES.priorities, LISTS_LAYOUT.prioritiesColumn, PRIORITY_COLUMNS, priorities.map((p) => [p])),
    {
      kind: "columnLayout",
      sheet,
      columns: [
        { column: LISTS_LAYOUT.scaleColumn, width: 28, wrap: true },
        { column: LISTS_LAYOUT.scaleColumn + 4, width: 36, wrap: true },
        { column: LISTS_LAYOUT.statusesColumn, width: 16, wrap: true },
        { column: LISTS_LAYOUT.prioritiesColumn, width: 12, wrap: true },
      ],
    },
  ];
}

const NAME_TARGETS: readonly { name: string; formula: string; comment: string }[] = [
  { name: NAMES.ratingLevels, formula: `=${TABLES.scale}[${SCALE_COLUMNS[0]}]`, comment: "Rating levels for the rating dropdowns" },
  { name: NAMES.statuses, formula: `=${TABLES.statuses}[${STATUS_COLUMNS[0]}]`, comment: "Action statuses for the Status dropdown" },
  { name: NAMES.priorities, formula: `=${TABLES.priorities}[${PRIORITY_COLUMNS[0]}]`, comment: "Action priorities for the Priority dropdown" },
];

/**
 * Defines the names the dropdowns use, or points existing ones back at the Lists tables. Each name
 * refers to a table column, so a level added to the table in Excel joins the dropdown.
 */
export function definedNameSteps(existing: readonly string[]): PlanStep[] {
  const have = new Set(existing.map((n) => n.toLowerCase()));
  return NAME_TARGETS.map((target) => ({
    kind: "defineName" as const,
    name: target.name,
    formula: target.formula,
    comment: target.comment,
    replace: have.has(target.name.toLowerCase()),
  }));
}
