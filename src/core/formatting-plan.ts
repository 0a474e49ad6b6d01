import { blockAddress, type CellBlock } from "./a1";
import type { ActionStatus } from "./action-status";
import type { ColourRulesStep, ListValidationStep, PlanStep } from "./plan";
import type { RatingScale } from "./rating-scale";
import { NAMES, TABLES } from "./workbook-contract";

/** Where a table's data body sits, and which of its columns (0-based, within the table) to format. */
export interface BodyColumns {
  readonly sheet: string;
  /** The table's data body (no header). */
  readonly body: CellBlock;
  readonly columns: readonly number[];
}

/** Runs of adjacent column indexes, so adjacent round columns share one rule per level. */
export function adjacentRuns(columns: readonly number[]): number[][] {
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const column of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === column - 1) run.push(column);
    else runs.push([column]);
  }
  return runs;
}

function runAddresses(target: BodyColumns): string[] {
  return adjacentRuns(target.columns).map((run) =>
    blockAddress({
      top: target.body.top,
      left: target.body.left + (run[0] as number),
      rows: target.body.rows,
      columns: run.length,
    }),
  );
}

/** The longest text a colour rule can compare with: Excel's limit on a string in a formula. */
export const RULE_TEXT_LIMIT = 255;

/** Labels too long for a colour rule: they get no colour (the plans say so in a note). */
export function tooLongForRule(labels: readonly string[]): string[] {
  return labels.filter((label) => label.length > RULE_TEXT_LIMIT);
}

/** Dropdown from the rating levels, and one colour rule per level, on the given rating columns. */
export function ratingFormatSteps(target: BodyColumns, scale: RatingScale): PlanStep[] {
  return runAddresses(target).flatMap((address): PlanStep[] => [
    {
      kind: "listValidation",
      sheet: target.sheet,
      address,
      source: `=${NAMES.ratingLevels}`,
      alertTitle: "Not on the rating scale",
      alertMessage: `Choose a rating from the list. The levels are kept in the ${TABLES.scale} table on the Lists sheet.`,
    } satisfies ListValidationStep,
    {
      kind: "colourRules",
      sheet: target.sheet,
      address,
      rules: scale.levels.filter((level) => level.label.length <= RULE_TEXT_LIMIT).map((level) => ({ equals: level.label, fill: level.fill, font: level.font })),
    } satisfies ColourRulesStep,
  ]);
}

/** Dropdown and colours on the Status column, dropdown on the Priority column. */
export function actionFormatSteps(
  status: BodyColumns,
  priority: BodyColumns | null,
  statuses: readonly ActionStatus[],
): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const address of runAddresses(status)) {
    steps.push(
      {
        kind: "listValidation",
        sheet: status.sheet,
        address,
        source: `=${NAMES.statuses}`,
        alertTitle: "Unknown status",
        alertMessage: `Choose a status from the list. Statuses are kept in the ${TABLES.statuses} table on the Lists sheet.`,
      },
      {
        kind: "colourRules",
        sheet: status.sheet,
        address,
        rules: statuses.filter((s) => s.label.length <= RULE_TEXT_LIMIT).map((s) => ({ equals: s.label, fill: s.fill, font: s.font })),
      },
    );
  }
  if (priority) {
    for (const address of runAddresses(priority)) {
      steps.push({
        kind: "listValidation",
        sheet: priority.sheet,
        address,
        source: `=${NAMES.priorities}`,
        alertTitle: "Unknown priority",
        alertMessage: `Choose a priority from the list. Priorities are kept in the ${TABLES.priorities} table on the Lists sheet.`,
      });
    }
  }
  return steps;
}
