import { columnLetter } from "./a1";
import { ratingFormatSteps } from "./formatting-plan";
import { labelKey } from "./label-key";
import { definedNameSteps } from "./lists-plan";
import type { ColumnLayout, Plan, PlanStep } from "./plan";
import { readWorkbook } from "./read-workbook";
import { cellText } from "./ratings-columns";
import { roundLabelProblems } from "./round-label";
import { NAMES, RATINGS_COLUMNS, RATINGS_WIDTHS, TABLES } from "./workbook-contract";
import { findTable } from "./workbook-lookup";
import type { WorkbookSnapshot } from "./workbook-snapshot";

export type AddRoundDecision =
  | {
      readonly kind: "plan";
      readonly plan: Plan;
      /** The label as it will be written (trimmed), and the sheet column it lands in, e.g. "E". */
      readonly label: string;
      readonly column: string;
    }
  | { readonly kind: "refused"; readonly problems: readonly string[] };

/**
 * Decides what "Add round" does: a new column in the Ratings table, just right of the latest round
 * (or right of Area when there is none), headed `rawLabel`, with the rating dropdown and colours.
 * The dropdowns and colours are re-applied to every round column, so adjacent rounds keep sharing
 * one rule per level. Refuses, changing nothing, a label without a year or one the table already has.
 */
export function planAddRound(snapshot: WorkbookSnapshot, rawLabel: string): AddRoundDecision {
  const read = readWorkbook(snapshot);
  if (!read.ok) return { kind: "refused", problems: read.problems.map((p) => p.message) };
  const { ratings, scale } = read.workbook;
  const { source } = ratings;
  const table = source.table === null ? undefined : findTable(snapshot, source.table);
  if (!table) {
    return {
      kind: "refused",
      problems: [
        `The ratings on the sheet "${source.sheet}" are not an Excel table, so a round column cannot be added to them. Select the block and choose Insert > Table, name it "${TABLES.ratings}", then add the round.`,
      ],
    };
  }

  const label = rawLabel.trim();
  // The generic rules (a year, no line breaks, not Theme/Area/Notes), worded for a single new round.
  const problems = roundLabelProblems([label]).map((problem) => problem.replace(/^Round 1 /, "The new round "));
  const header = (table.values[0] ?? []).map(cellText);
  const reserved = new Set(Object.values(RATINGS_COLUMNS).map(labelKey));
  const clash = header.find((h) => labelKey(h) === labelKey(label));
  if (label !== "" && clash !== undefined && !reserved.has(labelKey(label))) {
    problems.push(`The Ratings table already has a column called "${clash}". Choose another label for the new round.`);
  }
  if (!findTable(snapshot, TABLES.scale)) {
    problems.push(
      `The ${TABLES.scale} table is missing from the Lists sheet, so the new round would have no dropdown. Run Repair formatting (on the Set up tab) first, then add the round.`,
    );
  }
  if (problems.length > 0) return { kind: "refused", problems };

  const latest = ratings.rounds[ratings.rounds.length - 1];
  const sheetColumn = latest ? latest.column + 1 : Math.max(ratings.themeColumn, ratings.areaColumn) + 1;
  const index = sheetColumn - source.left;
  const rounds = [...ratings.rounds.map((r) => r.column - source.left), index];
  const body = { top: source.headerRow + 1, left: source.left, rows: Math.max(source.bodyRows, 1), columns: source.columns + 1 };

  const layout: ColumnLayout[] = [{ column: sheetColumn, width: RATINGS_WIDTHS.round, wrap: true }];
  // Only the table's cells move right, not the sheet's column widths: Notes keeps its width by hand.
  if (labelKey(header[index] ?? "") === labelKey(RATINGS_COLUMNS.notes)) {
    layout.push({ column: sheetColumn + 1, width: RATINGS_WIDTHS.notes, wrap: true });
  }

  const hasLevelsName = snapshot.names.some((n) => labelKey(n.name) === labelKey(NAMES.ratingLevels));
  const steps: PlanStep[] = [
    ...(hasLevelsName ? [] : definedNameSteps([]).filter((step) => step.kind === "defineName" && step.name === NAMES.ratingLevels)),
    { kind: "addTableColumn", sheet: source.sheet, table: table.name, index, header: label },
    ...ratingFormatSteps({ sheet: source.sheet, body, columns: rounds }, scale),
    { kind: "columnLayout", sheet: source.sheet, columns: layout },
  ];
  return { kind: "plan", plan: { title: `Add the round "${label}"`, steps }, label, column: columnLetter(sheetColumn) };
}
