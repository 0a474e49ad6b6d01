import { cellAddress, columnLetter, parseBlock } from "./a1";
import { NOTHING_ABOUT, readAboutTable } from "./about";
import { readCommentaryTable } from "./commentary";
import { DEFAULT_PRIORITIES, DEFAULT_STATUSES, findStatus, type ActionStatus } from "./action-status";
import { cellToIsoDate } from "./excel-date";
import { labelKey } from "./label-key";
import { memoised } from "./memo";
import { readScaleTable, readStatusTable } from "./lists-tables";
import { matchRating, type RatingMatch, type RatingScale } from "./rating-scale";
import { cellText, findRatingsColumns } from "./ratings-columns";
import type {
  ActionField,
  ActionItem,
  ActionsTable,
  RatedArea,
  RatingCell,
  RatingWorkbook,
  RatingsTable,
  TableSource,
} from "./rating-workbook";
import { bestPresetFor } from "./scale-guess";
import { RATINGS_COLUMNS, SHEETS, TABLES } from "./workbook-contract";
import { findSheet, findTable } from "./workbook-lookup";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** Something the reader could not make sense of: where, what it found, what it expected. */
export interface ReadProblem {
  readonly sheet: string;
  /** A1 address on the sheet, or "" when the problem is the sheet or table as a whole. */
  readonly address: string;
  readonly found: string;
  readonly expected: string;
  readonly message: string;
  /**
   * "noRatingsTable": the workbook has neither a Ratings table nor a Ratings sheet with content, so
   * it is not a rating workbook yet; the pane offers Set up and Import rather than a fix.
   */
  readonly kind?: "noRatingsTable";
}

/** Whether reading failed only because the workbook is not a rating workbook yet. */
export function lacksRatingsTable(problems: readonly ReadProblem[]): boolean {
  return problems.some((p) => p.kind === "noRatingsTable");
}

export type ReadResult =
  | { readonly ok: true; readonly workbook: RatingWorkbook; readonly notes: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ReadProblem[] };

/** A block of cells with its header row first, wherever it came from. */
interface Block {
  readonly source: TableSource;
  readonly header: readonly unknown[];
  readonly body: readonly (readonly unknown[])[];
}

const HEADER_SEARCH_ROWS = 20;

/**
 * Reads the Ratings and Actions tables (or, failing those, a header row on sheets of those names),
 * matching columns by name in any order and case, skipping blank rows and ignoring columns it does
 * not know. It never guesses silently: what it cannot use comes back as a ReadProblem.
 */
export function readWorkbook(snapshot: WorkbookSnapshot): ReadResult {
  const notes: string[] = [];
  const ratingsBlock = findBlock(snapshot, TABLES.ratings, SHEETS.ratings, [RATINGS_COLUMNS.theme, RATINGS_COLUMNS.area]);
  if ("problem" in ratingsBlock) return { ok: false, problems: [ratingsBlock.problem] };

  const scaleTable = findTable(snapshot, TABLES.scale);
  let scale: RatingScale;
  if (scaleTable) {
    const read = readScaleTable(scaleTable.values, scaleTable.sheet);
    if (!read.ok) return { ok: false, problems: read.problems.map((message) => wholeTable(scaleTable.sheet, message)) };
    scale = read.value;
  } else {
    scale = bestPresetFor(ratingsBlock.body.flat().map(cellText));
    notes.push(`There is no ${TABLES.scale} table, so the "${scale.name}" scale was assumed from the ratings entered.`);
  }

  const statusTable = findTable(snapshot, TABLES.statuses);
  let statuses: readonly ActionStatus[] = DEFAULT_STATUSES;
  if (statusTable) {
    const read = readStatusTable(statusTable.values, statusTable.sheet);
    if (!read.ok) return { ok: false, problems: read.problems.map((message) => wholeTable(statusTable.sheet, message)) };
    statuses = read.value;
  }
  const prioritiesTable = findTable(snapshot, TABLES.priorities);
  const priorities = prioritiesTable
    ? prioritiesTable.values.slice(1).map((row) => cellText(row[0])).filter((p) => p !== "")
    : DEFAULT_PRIORITIES;

  const ratings = readRatings(ratingsBlock, scale);
  if ("problem" in ratings) return { ok: false, problems: [ratings.problem] };
  if (ratings.areas.length === 0) notes.push(`The ${TABLES.ratings} table lists no areas yet.`);
  notes.push(...repeatedHeaderNotes(ratingsBlock, [RATINGS_COLUMNS.theme, RATINGS_COLUMNS.area]));
  notes.push(...otherTableNotes(snapshot, ratingsBlock.source));

  const actionsBlock = findBlock(snapshot, TABLES.actions, SHEETS.actions, ["Status"]);
  const actions = "problem" in actionsBlock ? null : readActions(actionsBlock, statuses);
  if (actions === null) notes.push("There is no Actions table.");
  else if (!("problem" in actionsBlock)) notes.push(...repeatedHeaderNotes(actionsBlock, Object.values(ACTION_HEADERS).map((names) => names[0] ?? "")));
  const aboutTable = findTable(snapshot, TABLES.about);
  const about = aboutTable && isGrid(aboutTable.values) ? readAboutTable(aboutTable.values) : NOTHING_ABOUT;
  const commentaryTable = findTable(snapshot, TABLES.commentary);
  const commentary = commentaryTable && isGrid(commentaryTable.values) ? readCommentaryTable(commentaryTable) : null;
  if (commentaryTable && commentary === null) {
    notes.push(`The ${TABLES.commentary} table on the sheet "${commentaryTable.sheet}" has no Theme, Round or Commentary column, so it is not read.`);
  }
  return { ok: true, workbook: { scale, statuses, priorities, ratings, actions, about, commentary }, notes };
}

function wholeTable(sheet: string, message: string): ReadProblem {
  return { sheet, address: "", found: "", expected: "", message };
}

function findBlock(
  snapshot: WorkbookSnapshot,
  tableName: string,
  sheetName: string,
  requiredHeaders: readonly string[],
): Block | { problem: ReadProblem } {
  const table = findTable(snapshot, tableName);
  if (table && !isGrid(table.values)) {
    const found = "cells Excel did not return (the table may be too large to read at once)";
    return { problem: { sheet: table.sheet, address: "", found, expected: "the table's cells", message: `The cells of the ${table.name} table could not be read.` } };
  }
  if (table) {
    const block = parseBlock(table.address);
    const [header = [], ...body] = table.values;
    if (block) {
      return {
        source: { sheet: table.sheet, table: table.name, headerRow: block.top, left: block.left, columns: block.columns, bodyRows: body.length },
        header,
        body,
      };
    }
  }
  const sheet = findSheet(snapshot, sheetName);
  const used = sheet?.usedAddress && isGrid(sheet.values) ? parseBlock(sheet.usedAddress) : null;
  const expected = `an Excel table named "${tableName}", or a sheet named "${sheetName}" with a header row containing ${requiredHeaders.map((h) => `"${h}"`).join(" and ")}`;
  if (!sheet || !used) {
    const problem: ReadProblem = { sheet: sheetName, address: "", found: sheet ? "an empty sheet" : "no such table or sheet", expected, message: `No ${tableName} table found: expected ${expected}.` };
    return { problem: tableName === TABLES.ratings ? { ...problem, kind: "noRatingsTable" } : problem };
  }
  const wanted = requiredHeaders.map(labelKey);
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = sheet.values[r] ?? [];
    const keys = row.map((cell) => labelKey(cellText(cell)));
    if (wanted.every((w) => keys.includes(w))) {
      const body = sheet.values.slice(r + 1);
      return {
        source: { sheet: sheet.name, table: null, headerRow: used.top + r, left: used.left, columns: used.columns, bodyRows: body.length },
        header: row,
        body,
      };
    }
  }
  return {
    problem: {
      sheet: sheet.name,
      address: "",
      found: `no header row with ${requiredHeaders.join(" and ")} in the first ${HEADER_SEARCH_ROWS} rows`,
      expected,
      message: `The sheet "${sheet.name}" has no ${tableName} table and no header row with ${requiredHeaders.map((h) => `"${h}"`).join(" and ")}.`,
    },
  };
}

function readRatings(block: Block, scale: RatingScale): RatingsTable | { problem: ReadProblem } {
  const columns = findRatingsColumns(block.header, block.body, scale);
  const { source } = block;
  if ("missing" in columns) {
    return {
      problem: {
        sheet: source.sheet,
        address: cellAddress(source.headerRow, source.left),
        found: `headers ${block.header.map((h) => `"${cellText(h)}"`).join(", ")}`,
        expected: `columns ${columns.missing.map((m) => `"${m}"`).join(" and ")}`,
        message: `The Ratings table has no ${columns.missing.map((m) => `"${m}"`).join(" or ")} column.`,
      },
    };
  }
  const areas: RatedArea[] = [];
  const match = memoised((text) => matchRating(scale, text));
  const letters = columns.rounds.map((round) => columnLetter(source.left + round.index));
  let theme = "";
  block.body.forEach((row, i) => {
    const sheetRow = source.headerRow + 1 + i;
    const themeText = cellText(row[columns.theme]);
    const area = cellText(row[columns.area]);
    if (themeText !== "") theme = themeText;
    const ratings = columns.rounds.map((round, r) => ratingCell(row[round.index], `${letters[r] ?? ""}${sheetRow + 1}`, match));
    if (area === "" && ratings.every((r) => r.match === "blank") && themeText === "") return;
    const notes = columns.notes < 0 ? "" : cellText(row[columns.notes]);
    areas.push({ theme, themeCarried: themeText === "" && theme !== "", area, row: sheetRow, ratings, notes });
  });
  return {
    source,
    themeColumn: source.left + columns.theme,
    areaColumn: source.left + columns.area,
    rounds: columns.rounds.map((r) => ({ label: r.label, column: source.left + r.index })),
    notesColumn: columns.notes < 0 ? null : source.left + columns.notes,
    areas,
  };
}

function ratingCell(raw: unknown, address: string, matchText: (text: string) => RatingMatch): RatingCell {
  const text = cellText(raw);
  if (text === "") return { address, raw, text, level: null, match: "blank" };
  const match = matchText(text);
  if (match.kind === "none") return { address, raw, text, level: null, match: "none" };
  // Surrounding spaces make the cell differ from the label for Excel's dropdown and colours.
  const exact = match.kind === "exact" && raw === match.level.label;
  return { address, raw, text, level: match.level.label, match: exact ? "exact" : "variant" };
}

/** Header spellings seen in real action plans, by field. */
const ACTION_HEADERS: Readonly<Record<ActionField, readonly string[]>> = {
  ref: ["Ref", "Reference", "ID", "No", "No."],
  nextStep: ["Next step", "Next steps", "Action", "Actions", "Recommendation"],
  theme: ["Theme"],
  area: ["Area"],
  owner: ["Owner", "Action owner", "Lead"],
  due: ["Due", "Due date", "Deadline", "Timescale"],
  priority: ["Priority"],
  status: ["Status"],
  update: ["Update", "Additional commentary", "Commentary", "Observations", "Progress"],
};

function readActions(block: Block, statuses: readonly ActionStatus[]): ActionsTable {
  const keys = block.header.map((cell) => labelKey(cellText(cell)));
  const { source } = block;
  const columnOf = (field: ActionField): number => {
    const index = keys.findIndex((key) => ACTION_HEADERS[field].some((name) => labelKey(name) === key));
    return index < 0 ? -1 : index;
  };
  const fields = Object.keys(ACTION_HEADERS) as ActionField[];
  const local = Object.fromEntries(fields.map((f) => [f, columnOf(f)])) as Record<ActionField, number>;
  const items: ActionItem[] = [];
  const statusOf = memoised((text) => findStatus(statuses, text));
  block.body.forEach((row, i) => {
    const get = (field: ActionField): unknown => (local[field] < 0 ? null : row[local[field]]);
    const text = (field: ActionField): string => cellText(get(field));
    if (row.every((cell) => cellText(cell) === "")) return;
    const statusText = text("status");
    items.push({
      row: source.headerRow + 1 + i,
      ref: text("ref"),
      nextStep: text("nextStep"),
      theme: text("theme"),
      area: text("area"),
      owner: text("owner"),
      dueRaw: get("due"),
      due: cellToIsoDate(get("due")),
      priority: text("priority"),
      statusText,
      status: statusOf(statusText),
      update: text("update"),
    });
  });
  const columns = Object.fromEntries(fields.map((f) => [f, local[f] < 0 ? -1 : source.left + local[f]])) as Record<ActionField, number>;
  return { source, columns, items };
}

/** Excel may hand back null instead of cells for a range too large to read. */
function isGrid(values: unknown): values is readonly (readonly unknown[])[] {
  return Array.isArray(values) && values.every((row) => Array.isArray(row));
}

/** A known column header written twice: the first is read, and the note says so. */
function repeatedHeaderNotes(block: Block, names: readonly string[]): string[] {
  const keys = block.header.map((cell) => labelKey(cellText(cell)));
  const notes: string[] = [];
  for (const name of names) {
    const at = keys.flatMap((key, i) => (key === labelKey(name) ? [cellAddress(block.source.headerRow, block.source.left + i)] : []));
    if (at.length > 1) {
      notes.push(`The header "${name}" appears ${at.length} times on the sheet "${block.source.sheet}" (${at.join(", ")}); only the first (${at[0] ?? ""}) is read.`);
    }
  }
  return notes;
}

/**
 * Other tables on the Ratings sheet, or named like a copy of the Ratings table, are not read: say
 * so. (When the ratings were found by their header row, the tables on that sheet are what was read.)
 */
function otherTableNotes(snapshot: WorkbookSnapshot, source: TableSource): string[] {
  const ratingsTable = source.table;
  const sameSheet = (sheet: string) => labelKey(sheet) === labelKey(source.sheet);
  return snapshot.tableNames
    .filter((t) =>
      ratingsTable === null
        ? !sameSheet(t.sheet) && /^ratings[\s_]*\d+$/i.test(t.name)
        : labelKey(t.name) !== labelKey(ratingsTable) && (sameSheet(t.sheet) || /^ratings[\s_]*\d+$/i.test(t.name)),
    )
    .map((t) => `The table "${t.name}" on the sheet "${t.sheet}" is not read: only ${ratingsTable === null ? `the header row found on "${source.sheet}"` : `the table "${ratingsTable}"`} is used for ratings.`);
}
