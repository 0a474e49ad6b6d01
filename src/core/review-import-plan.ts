import { cellAddress } from "./a1";
import { recognisedFramework, type About } from "./about";
import { recordAbout } from "./about-plan";
import { commentaryRows, commentaryText, sameKey, type CommentaryKey } from "./commentary";
import { commentarySheetProblem, commentaryTableSteps } from "./commentary-plan";
import { findStatus, type ActionStatus } from "./action-status";
import { nextRef } from "./add-action-plan";
import type { CellValue } from "./cell";
import { ratingFormatSteps } from "./formatting-plan";
import { labelKey } from "./label-key";
import type { Plan, PlanStep } from "./plan";
import { normaliseRating, type RatingScale } from "./rating-scale";
import type { ActionsTable, RatedArea, RatingWorkbook } from "./rating-workbook";
import { cellText } from "./ratings-columns";
import { readWorkbook } from "./read-workbook";
import { planSetUp } from "./set-up-plan";
import { addRowsSteps } from "./table-rows-plan";
import { TABLES } from "./workbook-contract";
import { findTable } from "./workbook-lookup";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/** What the user chose to write from an imported review (after checking the preview). */
export interface ReviewToWrite {
  readonly scale: RatingScale;
  readonly rounds: readonly string[];
  readonly themes: readonly { readonly name: string; readonly areas: readonly string[] }[];
  readonly ratings: readonly { readonly theme: string; readonly area: string; readonly round: string; readonly rating: string | null }[];
  readonly nextSteps: readonly string[];
  /** The body the review is about, when it names it; recorded in the About table. */
  readonly organisation?: string | null;
  /** What the review says under each theme (area "" or absent) or area, per round; kept in the Commentary table. */
  readonly commentary?: readonly ImportedCommentary[];
}

export interface ImportedCommentary {
  readonly theme: string;
  readonly area?: string;
  readonly round: string;
  readonly text: string;
}

/** A rating cell that already holds another rating than the imported one. */
export interface RatingConflict {
  /** Stable identity for confirming: sheet, cell and what it held when read. */
  readonly id: string;
  readonly theme: string;
  readonly area: string;
  readonly round: string;
  readonly sheet: string;
  readonly address: string;
  readonly existing: string;
  readonly imported: string;
}

/**
 * How to treat ratings that would replace a different one already in the workbook: `replace`
 * lists the conflicts the user confirmed (by id); `keepOthers` keeps every other existing rating.
 * With neither, any conflict stops the import before anything is written.
 */
export interface OverwriteChoice {
  readonly replace: readonly string[];
  readonly keepOthers: boolean;
}

export const ASK_BEFORE_OVERWRITING: OverwriteChoice = { replace: [], keepOthers: false };

export interface ImportCounts {
  readonly ratingsWritten: number;
  readonly ratingsKept: number;
  readonly roundsAdded: number;
  readonly areasAdded: number;
  readonly actionsAdded: number;
  /** Next steps already in the Actions table, word for word, and so not added twice. */
  readonly actionsAlreadyThere: number;
  /** The new workbook structure was created (there was no Ratings table). */
  readonly createdWorkbook: boolean;
  /** Commentaries (a theme's or an area's text for one round) added to the Commentary table. */
  readonly commentaryAdded?: number;
}

export type ImportDecision =
  | { readonly kind: "plan"; readonly plan: Plan; readonly counts: ImportCounts; readonly notes: readonly string[] }
  | { readonly kind: "conflicts"; readonly conflicts: readonly RatingConflict[] }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

const NOT_STARTED = "Not started";

function areaKey(area: string): string {
  return labelKey(area);
}

/** The status imported next steps get: "Not started", as the workbook spells it. */
function startStatus(statuses: readonly ActionStatus[]): string {
  return findStatus(statuses, NOT_STARTED)?.label ?? statuses.find((s) => s.open)?.label ?? NOT_STARTED;
}

/** `count` references after the highest in use (A7, A8 after A6), as Add action numbers them. */
function nextRefs(existing: readonly string[], count: number): string[] {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) refs.push(nextRef(i === 0 ? existing : [refs[i - 1] as string]));
  return refs;
}

function reviewProblems(review: ReviewToWrite, scale: RatingScale): string[] {
  const off = review.ratings.filter((r) => r.rating !== null && r.rating.trim() !== "" && normaliseRating(scale, r.rating) === null);
  return off.map((r) => `"${r.rating}" (${r.area}, ${r.round}) is not a level of the workbook's scale "${scale.name}". Change it in the preview, or leave the cell empty.`);
}

/** Into a workbook with no Ratings table: the whole structure, as Set up makes it, filled in. */
function planNewWorkbook(snapshot: WorkbookSnapshot, review: ReviewToWrite): ImportDecision {
  const refs = nextRefs([], review.nextSteps.length);
  const ratings = review.ratings.flatMap((r) => (r.rating === null || r.rating.trim() === "" ? [] : [{ area: r.area, round: r.round, rating: normaliseRating(review.scale, r.rating) ?? r.rating }]));
  const decision = planSetUp(snapshot, {
    framework: { id: "imported", name: "Imported review", themes: review.themes },
    scale: review.scale,
    rounds: review.rounds,
    ratings,
    actions: review.nextSteps.map((nextStep, i) => ({ ref: refs[i] as string, nextStep, status: NOT_STARTED })),
    about: aboutOf(review),
  });
  if (decision.kind === "refused") return decision;
  if (decision.kind === "already-set-up") return { kind: "refused", problems: ["The workbook changed while importing; try again."] };
  const commentary = (review.commentary ?? []).flatMap((c) => commentaryRows(keyOf(c), c.text));
  const commentaryProblem = commentary.length > 0 ? commentarySheetProblem(snapshot) : null;
  if (commentaryProblem) return { kind: "refused", problems: [commentaryProblem] };
  const commentarySteps = commentary.length > 0 ? commentaryTableSteps(snapshot, commentary) : [];
  const counts: ImportCounts = {
    ratingsWritten: ratings.length,
    ratingsKept: 0,
    roundsAdded: review.rounds.length,
    areasAdded: review.themes.reduce((n, t) => n + t.areas.length, 0),
    actionsAdded: review.nextSteps.length,
    actionsAlreadyThere: 0,
    createdWorkbook: true,
    commentaryAdded: review.commentary?.length ?? 0,
  };
  const steps = [...decision.plan.steps];
  // The Ratings sheet stays the one shown: the commentary sheet goes in before the last step (activateSheet).
  steps.splice(steps.length - 1, 0, ...commentarySteps);
  return { kind: "plan", plan: { title: "Import a published review", steps }, counts, notes: [] };
}

function aboutOf(review: ReviewToWrite): About {
  const organisation = review.organisation?.trim() ?? "";
  return { organisation: organisation === "" ? null : organisation, framework: recognisedFramework(review.themes)?.name ?? null };
}

function keyOf(commentary: ImportedCommentary): CommentaryKey {
  return { theme: commentary.theme, area: commentary.area ?? "", round: commentary.round };
}

/**
 * Commentary the workbook does not have yet, added at the bottom of the Commentary table (made on its
 * own sheet the first time). A commentary already there for the same theme or area and round is kept.
 */
function commentaryMergeSteps(snapshot: WorkbookSnapshot, workbook: RatingWorkbook, review: ReviewToWrite): { steps: PlanStep[]; added: number; kept: number } | { problem: string } {
  const wanted = review.commentary ?? [];
  const existing = workbook.commentary;
  const fresh = wanted.filter((c) => existing === null || commentaryText(existing.paragraphs, keyOf(c)) === "");
  const distinct = fresh.filter((c, i) => fresh.findIndex((other) => sameKey(keyOf(other), keyOf(c))) === i);
  const rows = distinct.flatMap((c) => commentaryRows(keyOf(c), c.text));
  if (rows.length === 0) return { steps: [], added: 0, kept: wanted.length - distinct.length };
  if (existing === null) {
    const problem = commentarySheetProblem(snapshot);
    if (problem) return { problem };
    return { steps: commentaryTableSteps(snapshot, rows), added: distinct.length, kept: wanted.length - distinct.length };
  }
  const { source, columns } = existing;
  const placed = rows.map((row) => {
    const out: CellValue[] = Array.from({ length: source.columns }, () => null);
    [columns.theme, columns.area, columns.round, columns.text].forEach((column, i) => {
      if (column >= 0) out[column] = row[i] ?? null;
    });
    return out;
  });
  const body = findTable(snapshot, source.table ?? "")?.values.slice(1) ?? [];
  const added = addRowsSteps(snapshot, source, body, placed, `${TABLES.commentary} table`);
  if ("problem" in added) return { problem: added.problem };
  return { steps: added.steps, added: distinct.length, kept: wanted.length - distinct.length };
}

function findArea(areas: readonly RatedArea[], theme: string, area: string): RatedArea | undefined {
  const matches = areas.filter((a) => areaKey(a.area) === areaKey(area));
  return matches.find((a) => labelKey(a.theme) === labelKey(theme)) ?? matches[0];
}

function actionSteps(snapshot: WorkbookSnapshot, actions: ActionsTable, statuses: readonly ActionStatus[], nextSteps: readonly string[]) {
  const present = new Set(actions.items.map((a) => labelKey(a.nextStep)));
  const fresh = nextSteps.filter((step) => !present.has(labelKey(step)));
  const refs = nextRefs(actions.items.map((a) => a.ref), fresh.length);
  const status = startStatus(statuses);
  const { source, columns } = actions;
  const rows: CellValue[][] = fresh.map((nextStep, i) => {
    const row: CellValue[] = Array.from({ length: source.columns }, () => null);
    const put = (column: number, value: string): void => {
      if (column >= 0) row[column - source.left] = value;
    };
    put(columns.ref, refs[i] as string);
    put(columns.nextStep, nextStep);
    put(columns.status, status);
    return row;
  });
  const body = findTable(snapshot, source.table ?? "")?.values.slice(1) ?? [];
  return { added: fresh.length, already: nextSteps.length - fresh.length, result: addRowsSteps(snapshot, source, body, rows, "Actions table") };
}

/** Into an existing rating workbook: matched by round label and area, missing ones added. */
function planMerge(snapshot: WorkbookSnapshot, workbook: RatingWorkbook, review: ReviewToWrite, choice: OverwriteChoice): ImportDecision {
  const problems = reviewProblems(review, workbook.scale);
  if (problems.length > 0) return { kind: "refused", problems };
  const table = workbook.ratings;
  const { source } = table;
  const steps: PlanStep[] = [];
  const notes: string[] = [];

  // Round columns: existing ones by label; missing ones inserted right of the latest round.
  const missingRounds = review.rounds.filter((round) => !table.rounds.some((r) => labelKey(r.label) === labelKey(round)));
  const lastRound = table.rounds[table.rounds.length - 1];
  const insertAt = (lastRound ? lastRound.column : Math.max(table.themeColumn, table.areaColumn)) - source.left + 1;
  if (missingRounds.length > 0 && source.table === null) {
    return { kind: "refused", problems: [`The Ratings block on the sheet "${source.sheet}" is not an Excel table, so round columns cannot be added to it. Make it a table (Insert > Table), then import again.`] };
  }
  missingRounds.forEach((round, i) => {
    steps.push({ kind: "addTableColumn", sheet: source.sheet, table: source.table ?? "", index: insertAt + i, header: round });
  });
  const shift = (column: number): number => (column >= source.left + insertAt ? column + missingRounds.length : column);
  const roundColumn = new Map<string, number>();
  for (const r of table.rounds) roundColumn.set(labelKey(r.label), shift(r.column));
  missingRounds.forEach((round, i) => roundColumn.set(labelKey(round), source.left + insertAt + i));
  const width = source.columns + missingRounds.length;

  // Areas: existing rows by area name; missing ones become new rows at the bottom.
  const imported = new Map<string, string>();
  for (const r of review.ratings) {
    if (r.rating !== null && r.rating.trim() !== "") imported.set(`${areaKey(r.area)}\u0000${labelKey(r.round)}`, normaliseRating(workbook.scale, r.rating) ?? r.rating);
  }
  const conflicts: RatingConflict[] = [];
  let written = 0;
  let kept = 0;
  const newRows: CellValue[][] = [];
  for (const theme of review.themes) {
    for (const areaName of theme.areas) {
      const existing = findArea(table.areas, theme.name, areaName);
      if (existing === undefined) {
        const row: CellValue[] = Array.from({ length: width }, () => null);
        row[shift(table.themeColumn) - source.left] = theme.name;
        row[shift(table.areaColumn) - source.left] = areaName;
        for (const round of review.rounds) {
          const value = imported.get(`${areaKey(areaName)}\u0000${labelKey(round)}`);
          const column = roundColumn.get(labelKey(round));
          if (value !== undefined && column !== undefined) {
            row[column - source.left] = value;
            written++;
          }
        }
        newRows.push(row);
        continue;
      }
      for (const round of review.rounds) {
        const value = imported.get(`${areaKey(areaName)}\u0000${labelKey(round)}`);
        const column = roundColumn.get(labelKey(round));
        if (value === undefined || column === undefined) continue;
        const index = table.rounds.findIndex((r) => labelKey(r.label) === labelKey(round));
        const cell = index >= 0 ? existing.ratings[index] : undefined;
        const address = cellAddress(existing.row, column);
        if (cell !== undefined && cell.match !== "blank") {
          if (cell.level === value) continue;
          const id = `${source.sheet}!${cell.address}=${cell.text}`;
          if (!choice.replace.includes(id)) {
            if (choice.keepOthers) kept++;
            else conflicts.push({ id, theme: existing.theme, area: existing.area, round, sheet: source.sheet, address: cell.address, existing: cell.text, imported: value });
            continue;
          }
        }
        steps.push({ kind: "setValues", sheet: source.sheet, address, values: [[value]] });
        written++;
      }
    }
  }
  if (conflicts.length > 0) return { kind: "conflicts", conflicts };

  const ratingsBody = (findTable(snapshot, source.table ?? "")?.values.slice(1) ?? []).map((row) => {
    const widened = [...row];
    for (let i = 0; i < missingRounds.length; i++) widened.splice(insertAt, 0, null);
    return widened;
  });
  const ratingRows = addRowsSteps(snapshot, { ...source, columns: width }, ratingsBody, newRows, "Ratings table");
  if ("problem" in ratingRows) return { kind: "refused", problems: [ratingRows.problem] };
  steps.push(...ratingRows.steps);
  if (missingRounds.length > 0 || newRows.length > 0) {
    // New cells get the dropdown and colours of the other rating cells.
    const blankRows = ratingsBody.length - lastFilledRow(ratingsBody);
    const bodyRows = ratingsBody.length + Math.max(0, newRows.length - blankRows);
    const columns = [...roundColumn.values()].map((c) => c - source.left);
    steps.push(...ratingFormatSteps({ sheet: source.sheet, body: { top: source.headerRow + 1, left: source.left, rows: bodyRows, columns: width }, columns }, workbook.scale));
  }

  let actionsAdded = 0;
  let already = 0;
  if (review.nextSteps.length > 0) {
    if (workbook.actions === null) {
      notes.push(`There is no ${TABLES.actions} table, so the ${review.nextSteps.length} next steps were not added as actions.`);
    } else {
      const actions = actionSteps(snapshot, workbook.actions, workbook.statuses, review.nextSteps);
      if ("problem" in actions.result) return { kind: "refused", problems: [actions.result.problem] };
      steps.push(...actions.result.steps);
      actionsAdded = actions.added;
      already = actions.already;
    }
  }
  const wantedAbout = aboutOf(review);
  if (wantedAbout.organisation !== null || wantedAbout.framework !== null) {
    const about = recordAbout(snapshot, wantedAbout);
    steps.push(...about.steps);
    notes.push(...about.notes);
  }
  const commentary = commentaryMergeSteps(snapshot, workbook, review);
  if ("problem" in commentary) return { kind: "refused", problems: [commentary.problem] };
  steps.push(...commentary.steps);
  if (commentary.kept > 0) notes.push(`${commentary.kept} commentary ${commentary.kept === 1 ? "text was" : "texts were"} already in the ${TABLES.commentary} table and kept as they are.`);
  const counts: ImportCounts = {
    ratingsWritten: written,
    ratingsKept: kept,
    roundsAdded: missingRounds.length,
    areasAdded: newRows.length,
    actionsAdded,
    actionsAlreadyThere: already,
    createdWorkbook: false,
    commentaryAdded: commentary.added,
  };
  return { kind: "plan", plan: { title: "Import a published review", steps }, counts, notes };
}

function lastFilledRow(body: readonly (readonly unknown[])[]): number {
  let filled = body.length;
  while (filled > 0 && (body[filled - 1] ?? []).every((cell) => cellText(cell) === "")) filled--;
  return filled;
}

/**
 * Decides how an imported review goes into this workbook: the whole structure when there is no
 * Ratings table yet; otherwise a merge by round label and area that adds missing rounds and areas,
 * fills empty rating cells, and stops to ask before replacing any rating already there. Next steps
 * are appended to the Actions table as "Not started" actions.
 */
export function planReviewImport(snapshot: WorkbookSnapshot, review: ReviewToWrite, choice: OverwriteChoice = ASK_BEFORE_OVERWRITING): ImportDecision {
  if (review.themes.length === 0) return { kind: "refused", problems: ["Nothing to import: no areas were found."] };
  if (findTable(snapshot, TABLES.ratings) === undefined) {
    const read = readWorkbook(snapshot);
    if (!read.ok) return planNewWorkbook(snapshot, review);
    return planMerge(snapshot, read.workbook, review, choice);
  }
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  return planMerge(snapshot, read.workbook, review, choice);
}
