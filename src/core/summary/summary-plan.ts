import { blockAddress, cellAddress } from "../a1";
import type { ActionStatus } from "../action-status";
import type { CellValue, Grid } from "../cell";
import { isoDateToSerial } from "../excel-date";
import type { ColourRule, ColumnLayout, Plan, PlanStep } from "../plan";
import { bannerSteps, pageSetupStep, type BannerLine } from "../print-plan";
import type { RatingWorkbook } from "../rating-workbook";
import { DEFAULT_FONT_SIZE, rowHeightFor } from "../row-height";
import { DUE_DATE_FORMAT, TABLE_STYLE } from "../workbook-contract";
import { MARKER_COMMENT, markerFormula } from "./generated-sheets";
import { MOVEMENT_COLOURS, movementText } from "./movement-marks";
import type { NextStepsSummary } from "./next-steps-summary";
import type { Movement } from "./round-comparison";
import { outlineSummary, type SummarySection, type SummarySectionId } from "./summary-outline";

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

const OVERDUE = "Overdue";
const OVERDUE_COLOURS = { fill: "#FFC7CE", font: "#9C0006" };
const CHART_ROWS = 16;
const TITLE_SIZE = 16;
const HEADING_SIZE = 13;
const NOTE_COLOUR = "#595959";

/**
 * One grid of columns for every section, so that no section's text is cut by another's width: the
 * wide column D holds the longest texts of each (the later rating, why an area needs attention, the
 * next step), and every column wraps. 162 characters: one A4 landscape page wide.
 *   A Theme / Status / Level      B Area / Open / earlier count   C earlier / later / Ref / count
 *   D later / Why / Next step     E Movement / Owner   F Due   G Status   H Overdue
 */
const COLUMNS: readonly ColumnLayout[] = [22, 28, 20, 40, 16, 12, 14, 10].map((width, column) => ({ column, width, wrap: true }));
const SHEET_WIDTH = COLUMNS.reduce((n, c) => n + c.width, 0);

/** A stem for this sheet's table names that no table or defined name uses: Summary1, Summary2... */
function tableStem(taken: readonly string[], suffixes: readonly string[]): string {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const stem = `Summary${n}`;
    if (suffixes.every((s) => !used.has(`${stem}${s}`.toLowerCase()))) return stem;
  }
}

const TABLE_SUFFIX: Readonly<Record<Exclude<SummarySectionId, "noActions">, string>> = {
  ratings: "Ratings",
  attention: "Attention",
  openActions: "OpenActions",
  actionCounts: "ActionCounts",
  levels: "Levels",
};

/** A block of the sheet written as one Excel table. */
interface TableBlock {
  readonly header: string[];
  readonly rows: Grid;
  readonly numberFormats?: readonly (string | null)[];
  readonly colours: (body: { top: number; rows: number }) => PlanStep[];
}

/**
 * The summary sheet as a plan. A title, the headline sentence and a note, each on one merged row
 * across the page; then one section per block (ratings and movement, areas needing attention, open
 * actions, actions by status, areas at each level), each a heading and an Excel table with filter
 * buttons and the scale's colours; a chart of the levels. It prints: rows fitted to their text, A4
 * landscape one page wide, the title on every page, page numbers. Movement carries a symbol as well
 * as a colour; due dates are dates. Every text taken from the workbook is written literally.
 */
export function summaryPlan(workbook: RatingWorkbook, summary: NextStepsSummary, target: SummaryTarget): Plan {
  const { comparison, actions } = summary;
  const outline = outlineSummary(summary);
  const sheet = target.sheet;
  const steps: PlanStep[] = [];
  const stem = tableStem(target.takenNames, Object.values(TABLE_SUFFIX));
  if (target.replacing) steps.push({ kind: "deleteSheet", sheet: target.replacing.sheet });
  steps.push({ kind: "addSheet", sheet });
  // Widths and wrapping first: the title and headings below then override them cell by cell.
  steps.push({ kind: "columnLayout", sheet, columns: COLUMNS });
  steps.push({ kind: "defineName", name: target.marker.name, formula: markerFormula(sheet), comment: MARKER_COMMENT, replace: target.marker.exists });

  const source = actions === null ? "the Ratings table" : "the Ratings and Actions tables";
  const note = `Made by Rating Matrix on ${summary.todayIso} from ${source}. Generating the summary again may replace this sheet, so keep your own notes elsewhere.`;
  const banner: BannerLine[] = [
    { text: outline.title, size: TITLE_SIZE, bold: true },
    { text: outline.headline, size: DEFAULT_FONT_SIZE },
    { text: note, size: DEFAULT_FONT_SIZE - 1, italic: true, colour: NOTE_COLOUR },
  ];
  steps.push(...bannerSteps(sheet, banner, COLUMNS.length));

  const levelRules: ColourRule[] = workbook.scale.levels.map((l) => ({ equals: l.label, fill: l.fill, font: l.font }));
  const movementRules: ColourRule[] = (Object.entries(MOVEMENT_COLOURS) as [Movement, { fill: string; font: string } | null][]).flatMap(([movement, colours]) =>
    colours ? [{ equals: movementText(movement), ...colours }] : [],
  );
  const statusRules = (statuses: readonly ActionStatus[]): ColourRule[] => statuses.map((s) => ({ equals: s.label, fill: s.fill, font: s.font }));
  const rules = (column: number, columns: number, body: { top: number; rows: number }, list: readonly ColourRule[]): PlanStep[] =>
    list.length === 0 ? [] : [{ kind: "colourRules", sheet, address: blockAddress({ top: body.top, left: column, rows: body.rows, columns }), rules: list }];

  const blocks: Partial<Record<SummarySectionId, TableBlock>> = {
    ratings: {
      header: ["Theme", "Area", comparison.earlierRound, comparison.laterRound, "Movement"],
      rows: comparison.areas.map((a) => [a.theme, a.area, a.earlier, a.later, movementText(a.movement)]),
      colours: (body) => [...rules(2, 2, body, levelRules), ...rules(4, 1, body, movementRules)],
    },
    attention: {
      header: ["Theme", "Area", comparison.laterRound, "Why"],
      rows: comparison.areas.filter((a) => a.attention.length > 0).map((a) => [a.theme, a.area, a.later, a.attention.join("; ")]),
      colours: (body) => rules(2, 1, body, levelRules),
    },
    ...(actions === null
      ? {}
      : {
          openActions: {
            header: ["Theme", "Area", "Ref", "Next step", "Owner", "Due", "Status", "Overdue"],
            rows: actions.openActions.map(({ item, overdue }): CellValue[] => [
              item.theme,
              item.area,
              item.ref,
              item.nextStep,
              item.owner,
              dueCell(item.due, item.dueRaw),
              item.statusText,
              overdue ? OVERDUE : "",
            ]),
            numberFormats: [null, null, null, null, null, DUE_DATE_FORMAT, null, null],
            colours: (body) => [...rules(6, 1, body, statusRules(workbook.statuses)), ...rules(7, 1, body, [{ equals: OVERDUE, ...OVERDUE_COLOURS }])],
          },
          actionCounts: {
            header: ["Status", "Open", "Actions", "Overdue"],
            rows: actions.byStatus.map((s) => [s.status, s.open === null ? "Not on the status list" : s.open ? "Yes" : "No", s.actions, s.overdue]),
            colours: (body) => rules(0, 1, body, statusRules(workbook.statuses)),
          },
        }),
    levels: {
      header: ["Level", comparison.earlierRound, comparison.laterRound],
      rows: comparison.levelCounts.map((c) => [c.level, c.earlier, c.later]),
      colours: (body) => rules(0, 1, body, levelRules),
    },
  };

  let row = banner.length + 1;
  const firstSectionRow = row;
  let levels: { top: number; rows: number } | null = null;
  const heading = (section: SummarySection): void => {
    steps.push({ kind: "setValues", sheet, address: cellAddress(row, 0), values: [[section.title]] });
    steps.push({ kind: "cellStyle", sheet, address: cellAddress(row, 0), bold: true, size: HEADING_SIZE, wrap: false });
  };
  for (const section of outline.sections) {
    heading(section);
    const block = section.id === "noActions" ? undefined : blocks[section.id];
    if (block === undefined) {
      steps.push({ kind: "setValues", sheet, address: cellAddress(row + 1, 0), values: [[section.detail]] });
      steps.push({ kind: "mergeCells", sheet, address: blockAddress({ top: row + 1, left: 0, rows: 1, columns: COLUMNS.length }) });
      row += 3;
      continue;
    }
    const top = row + 1;
    const bodyRows = Math.max(block.rows.length, 1);
    steps.push({
      kind: "addTable",
      sheet,
      table: `${stem}${TABLE_SUFFIX[section.id as keyof typeof TABLE_SUFFIX]}`,
      address: blockAddress({ top, left: 0, rows: 1 + bodyRows, columns: block.header.length }),
      header: block.header,
      rows: block.rows,
      style: TABLE_STYLE,
      ...(block.numberFormats ? { numberFormats: block.numberFormats } : {}),
    });
    steps.push(...block.colours({ top: top + 1, rows: bodyRows }));
    if (section.id === "levels") levels = { top, rows: bodyRows };
    row = top + 1 + bodyRows + 1;
  }
  if (levels !== null) {
    steps.push({
      kind: "addChart",
      sheet,
      chartType: "ColumnClustered",
      source: blockAddress({ top: levels.top, left: 0, rows: 1 + levels.rows, columns: 3 }),
      title: `Areas at each level: ${comparison.earlierRound} and ${comparison.laterRound}`,
      topLeft: cellAddress(row, 0),
      bottomRight: cellAddress(row + CHART_ROWS - 1, 3),
    });
  }
  steps.push({ kind: "fitRows", sheet, rows: { first: firstSectionRow, count: row - firstSectionRow } });
  // Excel's autofit leaves merged cells out: the banner rows get the height their text needs.
  banner.forEach((line, i) => {
    const height = rowHeightFor([{ text: line.text, width: SHEET_WIDTH, wrap: true, size: line.size, ...(line.bold ? { bold: true } : {}) }]);
    steps.push({ kind: "rowHeight", sheet, rows: { first: i, count: 1 }, height });
  });
  steps.push({ kind: "freezeRows", sheet, rows: 1 });
  steps.push(pageSetupStep(sheet, { first: 0, count: 1 }));
  steps.push({ kind: "activateSheet", sheet });
  return { title: `Generate the summary sheet "${sheet}"`, steps };
}

/** A due date as an Excel date (formatted yyyy-mm-dd by the table), or the cell's own text when it is not one. */
function dueCell(iso: string | null, raw: unknown): CellValue {
  const serial = iso === null ? null : isoDateToSerial(iso);
  if (serial !== null) return serial;
  if (raw === null || raw === undefined) return "";
  return String(raw).trim();
}
