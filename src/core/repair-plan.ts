import { blockAddress, parseBlock, type CellBlock } from "./a1";
import { NOTHING_ABOUT, aboutTableSteps } from "./about";
import { recordAbout } from "./about-plan";
import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, type ActionStatus } from "./action-status";
import { actionFormatSteps, ratingFormatSteps, RULE_TEXT_LIMIT, tooLongForRule } from "./formatting-plan";
import { labelKey } from "./label-key";
import { definedNameSteps, listsTableSteps } from "./lists-plan";
import { readScaleTable, readStatusTable } from "./lists-tables";
import type { Plan, PlanStep } from "./plan";
import { printSteps } from "./print-plan";
import type { RatingScale } from "./rating-scale";
import { cellText, findRatingsColumns } from "./ratings-columns";
import { bestPresetFor } from "./scale-guess";
import { SCALE_PRESETS } from "./scale-presets";
import { ACTIONS_COLUMNS, LISTS_LAYOUT, SHEETS, TABLES } from "./workbook-contract";
import type { SheetBlock } from "./workbook-host";
import { blocksOverlap, findSheet, findSheetName, findTable, tableBlocks } from "./workbook-lookup";
import type { TableSnapshot, WorkbookSnapshot } from "./workbook-snapshot";

/**
 * The Lists cells where Repair may re-create a missing table (scale, statuses, priorities), read
 * with the contract: a sheet that holds one of its tables has no used range in the snapshot, so
 * these cells are how Repair knows that a missing table's place is empty. A re-created table is a
 * preset scale, the default statuses or the default priorities, so its size is bounded.
 */
export const REPAIR_LISTS_CELLS: SheetBlock = {
  sheet: SHEETS.lists,
  address: blockAddress({
    top: 0,
    left: 0,
    rows: 1 + Math.max(...SCALE_PRESETS.map((s) => s.levels.length), DEFAULT_STATUSES.length, DEFAULT_PRIORITIES.length),
    columns: LISTS_LAYOUT.prioritiesColumn + 1,
  }),
};

export type RepairDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly notes: readonly string[] }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

/**
 * Decides what "Repair formatting" does: re-applies the dropdowns and colour rules to the cells the
 * add-in owns and re-points the dropdown names, changing no cell value. A missing Lists table is
 * re-created; the scale for it is the preset that matches most of the ratings already entered.
 */
export function planRepair(snapshot: WorkbookSnapshot): RepairDecision {
  const ratings = findTable(snapshot, TABLES.ratings);
  if (!ratings) {
    return { kind: "refused", problems: ["This workbook has no Ratings table, so there is nothing to repair. Use Set up to create one."] };
  }
  const ratingsBlocks = tableBlocks(ratings);
  if (!ratingsBlocks) return { kind: "refused", problems: [`The Ratings table's address "${ratings.address}" could not be read.`] };

  const notes: string[] = [];
  const problems: string[] = [];
  const listSteps: PlanStep[] = [];
  const listsSheet = findSheetName(snapshot, SHEETS.lists);

  const scaleTable = findTable(snapshot, TABLES.scale);
  let scale: RatingScale;
  if (scaleTable) {
    const read = readScaleTable(scaleTable.values, scaleTable.sheet);
    if (!read.ok) return { kind: "refused", problems: read.problems };
    scale = read.value;
  } else {
    scale = bestPreset(ratings);
    notes.push(`The ${TABLES.scale} table was missing; it was re-created on the Lists sheet with the "${scale.name}" scale.`);
  }

  const statusTable = findTable(snapshot, TABLES.statuses);
  let statuses: readonly ActionStatus[] = DEFAULT_STATUSES;
  if (statusTable) {
    const read = readStatusTable(statusTable.values, statusTable.sheet);
    if (!read.ok) return { kind: "refused", problems: read.problems };
    statuses = read.value;
  } else {
    notes.push(`The ${TABLES.statuses} table was missing; it was re-created on the Lists sheet with the default statuses.`);
  }
  const prioritiesTable = findTable(snapshot, TABLES.priorities);
  if (!prioritiesTable) notes.push(`The ${TABLES.priorities} table was missing; it was re-created on the Lists sheet.`);

  if (!scaleTable || !statusTable || !prioritiesTable) {
    const sheet = listsSheet ?? SHEETS.lists;
    if (!listsSheet) listSteps.push({ kind: "addSheet", sheet });
    const wanted = listsTableSteps(sheet, scale, statuses, DEFAULT_PRIORITIES).filter(
      (step) =>
        step.kind !== "addTable" ||
        (step.table === TABLES.scale && !scaleTable) ||
        (step.table === TABLES.statuses && !statusTable) ||
        (step.table === TABLES.priorities && !prioritiesTable),
    );
    problems.push(...listsClashes(snapshot, sheet, wanted));
    listSteps.push(...wanted);
  }
  listSteps.push(...definedNameSteps(snapshot.names.map((n) => n.name)));
  if (!findTable(snapshot, TABLES.about)) {
    const about = listsSheet ? recordAbout(snapshot, NOTHING_ABOUT) : { steps: aboutTableSteps(SHEETS.lists, NOTHING_ABOUT), notes: [] };
    listSteps.push(...about.steps);
    notes.push(...about.notes);
    if (about.steps.length > 0) notes.push(`The ${TABLES.about} table was added on the Lists sheet: type the organisation's name in it, so that the summary and the report can name it.`);
  }

  const [header = [], ...body] = ratings.values;
  const columns = findRatingsColumns(header, body, scale);
  if ("missing" in columns) {
    return { kind: "refused", problems: columns.missing.map((name) => `The Ratings table has no "${name}" column.`) };
  }
  if (columns.rounds.length === 0) notes.push("The Ratings table has no round columns, so no rating dropdowns were added.");
  const formatSteps: PlanStep[] = ratingFormatSteps(
    { sheet: ratings.sheet, body: ratingsBlocks.body, columns: columns.rounds.map((r) => r.index) },
    scale,
  );

  const actions = findTable(snapshot, TABLES.actions);
  if (actions) formatSteps.push(...actionsRepairSteps(actions, statuses, notes));
  else notes.push("There is no Actions table, so no status dropdowns were added.");
  formatSteps.push(...printLayoutSteps(snapshot, [ratings, ...(actions ? [actions] : [])], listsSheet ?? SHEETS.lists));

  for (const label of tooLongForRule([...scale.levels.map((l) => l.label), ...statuses.map((s) => s.label)])) {
    notes.push(`"${label.slice(0, 40)}…" is ${label.length} characters long, more than the ${RULE_TEXT_LIMIT} a colour rule can compare with, so it has no colour.`);
  }
  if (problems.length > 0) return { kind: "refused", problems };
  return { kind: "plan", plan: { title: "Repair formatting", steps: [...listSteps, ...formatSteps] }, notes };
}

function actionsRepairSteps(actions: TableSnapshot, statuses: readonly ActionStatus[], notes: string[]): PlanStep[] {
  const blocks = tableBlocks(actions);
  const header = (actions.values[0] ?? []).map((cell) => labelKey(cellText(cell)));
  const status = header.indexOf(labelKey("Status"));
  const priority = header.indexOf(labelKey("Priority"));
  if (!blocks || status < 0) {
    notes.push(`The Actions table has no "${ACTIONS_COLUMNS[7]}" column, so no status dropdown was added.`);
    return [];
  }
  const target = (column: number) => ({ sheet: actions.sheet, body: blocks.body, columns: [column] });
  return actionFormatSteps(target(status), priority < 0 ? null : target(priority), statuses);
}

/**
 * Print settings for the sheets the add-in owns, as Set up makes them: rows fitted to their wrapped
 * text (no value changes), A4 landscape one page wide, each table's header row on every page.
 */
function printLayoutSteps(snapshot: WorkbookSnapshot, tables: readonly TableSnapshot[], listsSheet: string): PlanStep[] {
  const steps: PlanStep[] = [];
  for (const table of tables) {
    const blocks = tableBlocks(table);
    if (blocks) steps.push(...printSteps(table.sheet, { first: blocks.whole.top, count: blocks.whole.rows }, blocks.whole.top));
  }
  const listTables = snapshot.tables.filter((t) => labelKey(t.sheet) === labelKey(listsSheet)).map(tableBlocks);
  const lastRow = Math.max(6, ...listTables.map((b) => (b ? b.whole.top + b.whole.rows : 0)));
  steps.push(...printSteps(listsSheet, { first: 0, count: lastRow }, 0));
  return steps;
}

function bestPreset(ratings: TableSnapshot): RatingScale {
  return bestPresetFor(ratings.values.slice(1).flat().map(cellText));
}

/**
 * Re-created Lists tables must not land on cells that already hold something: the sheet's used
 * range when it was read (a sheet without any of our tables), else REPAIR_LISTS_CELLS. A place that
 * could not be checked counts as taken.
 */
function listsClashes(snapshot: WorkbookSnapshot, sheet: string, steps: readonly PlanStep[]): string[] {
  const used = findSheet(snapshot, sheet);
  const usedBlock = used?.usedAddress ? parseBlock(used.usedAddress) : null;
  const read = snapshot.cells?.find((c) => labelKey(c.sheet) === labelKey(sheet) && c.address === REPAIR_LISTS_CELLS.address);
  const readBlock = read ? parseBlock(read.address) : null;
  const sheetExists = findSheetName(snapshot, sheet) !== undefined;
  const problems: string[] = [];
  for (const step of steps) {
    if (step.kind !== "addTable") continue;
    const block = parseBlock(step.address);
    if (!block) continue;
    const inTable = snapshot.tables.some((t) => labelKey(t.sheet) === labelKey(sheet) && overlapsTable(t, block));
    const inUsed = used !== undefined && usedBlock !== null && blocksOverlap(usedBlock, block) && hasContent(used.values, usedBlock, block);
    const inRead = read !== undefined && readBlock !== null && hasContent(read.values, readBlock, block);
    const unchecked = sheetExists && used === undefined && (readBlock === null || !covers(readBlock, block));
    if (inTable || inUsed || inRead) {
      problems.push(
        `The ${step.table} table is missing, and the cells where it would go (${sheet}!${step.address}) are not empty. Move what is there, then repair again.`,
      );
    } else if (unchecked) {
      problems.push(`The ${step.table} table is missing, and the cells where it would go (${sheet}!${step.address}) could not be checked, so it was not re-created.`);
    }
  }
  return problems;
}

function covers(outer: CellBlock, inner: CellBlock): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.top + inner.rows <= outer.top + outer.rows &&
    inner.left + inner.columns <= outer.left + outer.columns
  );
}

function overlapsTable(table: TableSnapshot, block: CellBlock): boolean {
  const blocks = tableBlocks(table);
  return blocks !== null && blocksOverlap(blocks.whole, block);
}

function hasContent(
  values: readonly (readonly unknown[])[],
  usedBlock: CellBlock,
  block: CellBlock,
): boolean {
  for (let r = block.top; r < block.top + block.rows; r++) {
    for (let c = block.left; c < block.left + block.columns; c++) {
      const value = values[r - usedBlock.top]?.[c - usedBlock.left];
      if (value !== undefined && value !== null && value !== "") return true;
    }
  }
  return false;
}
