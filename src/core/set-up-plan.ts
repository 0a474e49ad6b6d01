import { blockAddress, parseBlock } from "./a1";
import { aboutTableSteps, frameworkName, organisationProblem, type About } from "./about";
import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, type ActionStatus } from "./action-status";
import type { CellValue } from "./cell";
import { actionFormatSteps, ratingFormatSteps } from "./formatting-plan";
import { frameworkProblems, type Framework } from "./framework";
import { labelKey } from "./label-key";
import { definedNameSteps, listsTableSteps } from "./lists-plan";
import type { ColumnLayout, Plan, PlanStep } from "./plan";
import { printSteps } from "./print-plan";
import { scaleProblems, type RatingScale } from "./rating-scale";
import { roundLabelProblems } from "./round-label";
import {
  ACTIONS_COLUMNS,
  DUE_DATE_FORMAT,
  RATINGS_COLUMNS,
  RATINGS_WIDTHS,
  SHEETS,
  TABLES,
  TABLE_STYLE,
} from "./workbook-contract";
import type { WorkbookSnapshot } from "./workbook-snapshot";

export interface SetUpOptions {
  readonly framework: Framework;
  readonly scale: RatingScale;
  readonly rounds: readonly string[];
  readonly statuses?: readonly ActionStatus[];
  readonly priorities?: readonly string[];
  /** Ratings to fill in (from an imported review), by area and round label; other cells stay blank. */
  readonly ratings?: readonly InitialRating[];
  /** Actions to list from the start (an imported review's next steps), in order. */
  readonly actions?: readonly InitialAction[];
  /**
   * What the workbook assesses, for the About table. Absent: no organisation yet, and the
   * framework's name (none for the blank framework).
   */
  readonly about?: About;
}

export interface InitialRating {
  readonly area: string;
  readonly round: string;
  readonly rating: string;
}

export interface InitialAction {
  readonly ref: string;
  readonly nextStep: string;
  readonly status: string;
}

export type SetUpDecision =
  | { readonly kind: "plan"; readonly plan: Plan }
  /** The workbook already has a Ratings table: offer Repair formatting instead of a second set-up. */
  | { readonly kind: "already-set-up"; readonly sheet: string }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

const CONTRACT_TABLES = Object.values(TABLES);
const CONTRACT_SHEETS = Object.values(SHEETS);

/** Why set-up cannot go ahead on this workbook, without writing anything; empty when it can. */
function workbookProblems(snapshot: WorkbookSnapshot): string[] {
  const problems: string[] = [];
  const taken = new Set(CONTRACT_TABLES.map(labelKey));
  for (const table of snapshot.tableNames) {
    if (taken.has(labelKey(table.name))) {
      problems.push(
        `The workbook already has a table called "${table.name}" (on the sheet "${table.sheet}"). Rename it, then set up again.`,
      );
    }
  }
  for (const defined of snapshot.names) {
    if (taken.has(labelKey(defined.name))) {
      problems.push(`The workbook already has a defined name "${defined.name}"; a table cannot share it. Rename it, then set up again.`);
    }
  }
  for (const sheet of snapshot.sheets) {
    if (CONTRACT_SHEETS.some((name) => labelKey(name) === labelKey(sheet.name)) && sheet.usedAddress !== null) {
      problems.push(
        `The sheet "${sheet.name}" already has content (${localAddress(sheet.usedAddress)}). Set up only writes to new or empty sheets: rename that sheet or move its content, then set up again.`,
      );
    }
  }
  return problems;
}

function localAddress(address: string): string {
  const block = parseBlock(address);
  return block ? blockAddress(block) : address;
}

function existingSheet(snapshot: WorkbookSnapshot, name: string): string | undefined {
  return snapshot.sheetNames.find((sheet) => labelKey(sheet) === labelKey(name));
}

/**
 * Decides what "Set up" does to a workbook: a plan that creates the Ratings, Actions and Lists
 * sheets as tables with dropdowns and colours, or the reasons it must not.
 */
export function planSetUp(snapshot: WorkbookSnapshot, options: SetUpOptions): SetUpDecision {
  const ratings = snapshot.tableNames.find((t) => labelKey(t.name) === labelKey(TABLES.ratings));
  if (ratings) return { kind: "already-set-up", sheet: ratings.sheet };

  const rounds = options.rounds.map((r) => r.trim());
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  const priorities = options.priorities ?? DEFAULT_PRIORITIES;
  const about: About = options.about ?? { organisation: null, framework: frameworkName(options.framework) };
  const problems = [
    ...(about.organisation === null ? [] : [organisationProblem(about.organisation)].filter((p): p is string => p !== null)),
    ...roundLabelProblems(rounds),
    ...frameworkProblems(options.framework),
    ...scaleProblems(options.scale),
    ...workbookProblems(snapshot),
  ];
  if (problems.length > 0) return { kind: "refused", problems };

  const steps: PlanStep[] = [];
  const sheetName = (name: string): string => existingSheet(snapshot, name) ?? name;
  // The new sheets go first, in the contract's order, ahead of the blank sheet a new workbook has.
  let position = 0;
  for (const name of CONTRACT_SHEETS) {
    if (!existingSheet(snapshot, name)) steps.push({ kind: "addSheet", sheet: name, position: position++ });
  }

  const lists = sheetName(SHEETS.lists);
  steps.push(...listsTableSteps(lists, options.scale, statuses, priorities));
  steps.push(...aboutTableSteps(lists, { organisation: about.organisation?.trim() || null, framework: about.framework }));
  const listRows = 1 + Math.max(options.scale.levels.length, statuses.length, priorities.length, 2);
  steps.push(...printSteps(lists, { first: 0, count: listRows }, 0));
  steps.push(...definedNameSteps(snapshot.names.map((n) => n.name)));
  steps.push(...ratingsTableSteps(sheetName(SHEETS.ratings), options.framework, rounds, options.scale, options.ratings ?? []));
  steps.push(...actionsTableSteps(sheetName(SHEETS.actions), statuses, options.actions ?? []));
  steps.push({ kind: "activateSheet", sheet: sheetName(SHEETS.ratings) });

  return { kind: "plan", plan: { title: "Set up the rating workbook", steps } };
}

function ratingsTableSteps(
  sheet: string,
  framework: Framework,
  rounds: readonly string[],
  scale: RatingScale,
  ratings: readonly InitialRating[],
): PlanStep[] {
  const header = [RATINGS_COLUMNS.theme, RATINGS_COLUMNS.area, ...rounds, RATINGS_COLUMNS.notes];
  const given = new Map(ratings.map((r) => [`${labelKey(r.area)}\u0000${labelKey(r.round)}`, r.rating]));
  const rows: CellValue[][] = framework.themes.flatMap((theme) =>
    theme.areas.map((area) => [theme.name, area, ...rounds.map((round) => given.get(`${labelKey(area)}\u0000${labelKey(round)}`) ?? null), null]),
  );
  const bodyRows = Math.max(rows.length, 1);
  const roundColumns = rounds.map((_, i) => 2 + i);
  const widths: ColumnLayout[] = [
    { column: 0, width: RATINGS_WIDTHS.theme, wrap: true },
    { column: 1, width: RATINGS_WIDTHS.area, wrap: true },
    ...roundColumns.map((column) => ({ column, width: RATINGS_WIDTHS.round, wrap: true })),
    { column: header.length - 1, width: RATINGS_WIDTHS.notes, wrap: true },
  ];
  return [
    {
      kind: "addTable",
      sheet,
      table: TABLES.ratings,
      address: blockAddress({ top: 0, left: 0, rows: 1 + bodyRows, columns: header.length }),
      header,
      rows,
      style: TABLE_STYLE,
    },
    ...ratingFormatSteps({ sheet, body: { top: 1, left: 0, rows: bodyRows, columns: header.length }, columns: roundColumns }, scale),
    { kind: "columnLayout", sheet, columns: widths },
    { kind: "freezeRows", sheet, rows: 1 },
    ...printSteps(sheet, { first: 0, count: 1 + bodyRows }, 0),
  ];
}

function actionsTableSteps(sheet: string, statuses: readonly ActionStatus[], actions: readonly InitialAction[]): PlanStep[] {
  const header = [...ACTIONS_COLUMNS];
  const body = { top: 1, left: 0, rows: Math.max(actions.length, 1), columns: header.length };
  const column = (name: (typeof ACTIONS_COLUMNS)[number]): number => header.indexOf(name);
  const rows: CellValue[][] = actions.map((action) =>
    header.map((name) => (name === "Ref" ? action.ref : name === "Next step" ? action.nextStep : name === "Status" ? action.status : null)),
  );
  // Narrow enough to print one page wide on A4 landscape; every column that holds free text wraps.
  const widths: Record<(typeof ACTIONS_COLUMNS)[number], number> = {
    Ref: 6,
    "Next step": 48,
    Theme: 20,
    Area: 24,
    Owner: 16,
    Due: 11,
    Priority: 10,
    Status: 13,
    Update: 36,
  };
  const wrapped = new Set(["Next step", "Theme", "Area", "Owner", "Priority", "Status", "Update"]);
  return [
    {
      kind: "addTable",
      sheet,
      table: TABLES.actions,
      address: blockAddress({ top: 0, left: 0, rows: 1 + body.rows, columns: header.length }),
      header,
      rows,
      style: TABLE_STYLE,
      numberFormats: header.map((name) => (name === "Due" ? DUE_DATE_FORMAT : null)),
    },
    ...actionFormatSteps(
      { sheet, body, columns: [column("Status")] },
      { sheet, body, columns: [column("Priority")] },
      statuses,
    ),
    {
      kind: "columnLayout",
      sheet,
      columns: header.map((name, i) => ({ column: i, width: widths[name], wrap: wrapped.has(name) })),
    },
    { kind: "freezeRows", sheet, rows: 1 },
    ...printSteps(sheet, { first: 0, count: 1 + body.rows }, 0),
  ];
}
