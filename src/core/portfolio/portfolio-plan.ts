import { blockAddress, cellAddress } from "../a1";
import type { Grid } from "../cell";
import type { ColourRule, ColumnLayout, Plan, PlanStep } from "../plan";
import { bannerSteps, pageSetupStep, printSteps } from "../print-plan";
import { DEFAULT_FONT_SIZE, rowHeightFor } from "../row-height";
import { MOVEMENT_COLOURS, movementText } from "../summary/movement-marks";
import type { Movement } from "../summary/round-comparison";
import { TABLE_STYLE } from "../workbook-contract";
import { NO_SUCH_AREA, type HeatMap, type Portfolio } from "./portfolio";

/** The sheets and tables a portfolio workbook holds. */
export const PORTFOLIO_SHEETS = { portfolio: "Portfolio", heatMap: "Heat map", notRead: "Not read" } as const;
export const PORTFOLIO_TABLES = { portfolio: "Portfolio", notRead: "NotRead" } as const;

export const PORTFOLIO_COLUMNS = [
  "Organisation",
  "Workbook",
  "Theme",
  "Area",
  "Latest round",
  "Latest rating",
  "Previous round",
  "Previous rating",
  "Movement",
  "Open actions",
  "Overdue actions",
] as const;

/** Widths in characters; every column wraps. About 190 characters: one A4 landscape page wide at about 85 %. */
const PORTFOLIO_WIDTHS = [20, 22, 22, 28, 12, 18, 12, 18, 15, 9, 9];
const HEAT_LABEL_WIDTHS = [24, 30];
const HEAT_ORGANISATION_WIDTH = 18;
/** Characters of column that print on one A4 landscape page at 100 % (the summary's grid). */
const PAGE_WIDTH = 162;
/** A sheet up to this many page widths wide is shrunk onto one (to 80 % at least). */
const SHRINK_TO_PAGE_WIDE = 1.25;
/** Points of rows that print on one A4 landscape page at 100 % (its height less margins and footer). */
const PAGE_HEIGHT = 480;
/** A sheet up to this many pages tall is shrunk onto one (to 70 % at least). */
const SHRINK_TO_ONE_PAGE = 1.4;
/** Rows frozen at the top of the heat map at most. */
const MOST_FROZEN_ROWS = 12;
const AREA_COUNTS = "Number of areas";
const ACTION_COUNTS = "Number of actions";
const TITLE_SIZE = 16;
const HEADING_SIZE = 13;
const NOTE_COLOUR = "#595959";
const NO_SUCH_AREA_COLOURS = { fill: "#EDEDED", font: "#595959" };

const columns = (widths: readonly number[]): ColumnLayout[] => widths.map((width, column) => ({ column, width, wrap: true }));

function levelRules(portfolio: Portfolio): ColourRule[] {
  return (portfolio.heatMap?.scale.levels ?? []).map((l) => ({ equals: l.label, fill: l.fill, font: l.font }));
}

const MOVEMENT_RULES: ColourRule[] = (Object.entries(MOVEMENT_COLOURS) as [Movement, { fill: string; font: string } | null][]).flatMap(([m, c]) =>
  c ? [{ equals: movementText(m), ...c }] : [],
);

/**
 * A new workbook comparing many: the Portfolio table (one row per organisation and area, to filter
 * and pivot), the heat map (areas down, organisations across, in the scale's colours, with counts
 * per level below) and the files not read with why. Every sheet prints: rows fitted to their text,
 * A4 landscape, header rows repeated, page numbers. Text from the workbooks is written literally.
 */
export function portfolioPlan(portfolio: Portfolio, todayIso: string): Plan {
  const steps: PlanStep[] = [
    ...portfolioSheet(portfolio),
    ...heatMapSheet(portfolio, todayIso),
    ...notReadSheet(portfolio),
    { kind: "activateSheet", sheet: PORTFOLIO_SHEETS.heatMap },
  ];
  return { title: "Compare workbooks", steps };
}

function portfolioSheet(portfolio: Portfolio): PlanStep[] {
  const sheet = PORTFOLIO_SHEETS.portfolio;
  const rows: Grid = portfolio.rows.map((r) => [
    r.organisation,
    r.workbook,
    r.theme,
    r.area,
    r.latestRound,
    r.latestRating,
    r.previousRound,
    r.previousRating,
    movementText(r.movement),
    r.openActions,
    r.overdueActions,
  ]);
  const bodyRows = Math.max(rows.length, 1);
  const body = (left: number, count: number) => blockAddress({ top: 1, left, rows: bodyRows, columns: count });
  const rules = levelRules(portfolio);
  return [
    { kind: "addSheet", sheet },
    { kind: "columnLayout", sheet, columns: columns(PORTFOLIO_WIDTHS) },
    {
      kind: "addTable",
      sheet,
      table: PORTFOLIO_TABLES.portfolio,
      address: blockAddress({ top: 0, left: 0, rows: 1 + bodyRows, columns: PORTFOLIO_COLUMNS.length }),
      header: [...PORTFOLIO_COLUMNS],
      rows,
      style: TABLE_STYLE,
    },
    ...(rules.length > 0 ? [{ kind: "colourRules", sheet, address: body(5, 1), rules } as const, { kind: "colourRules", sheet, address: body(7, 1), rules } as const] : []),
    { kind: "colourRules", sheet, address: body(8, 1), rules: MOVEMENT_RULES },
    { kind: "freezeRows", sheet, rows: 1 },
    ...printSteps(sheet, { first: 0, count: 1 + bodyRows }, 0),
  ];
}

function heatMapSheet(portfolio: Portfolio, todayIso: string): PlanStep[] {
  const sheet = PORTFOLIO_SHEETS.heatMap;
  const map: HeatMap | null = portfolio.heatMap;
  const organisations = map?.organisations ?? [];
  const widths = [...HEAT_LABEL_WIDTHS, ...organisations.map(() => HEAT_ORGANISATION_WIDTH)];
  const sheetWidth = widths.reduce((n, w) => n + w, 0);
  const span = widths.length;
  // Theme and Area are printed again on every page: p pages hold 18n + 54p characters of columns.
  const labels = HEAT_LABEL_WIDTHS.reduce((n, w) => n + w, 0);
  const pagesWide = sheetWidth <= PAGE_WIDTH * SHRINK_TO_PAGE_WIDE ? 1 : Math.ceil((sheetWidth - labels) / (PAGE_WIDTH * SHRINK_TO_PAGE_WIDE - labels));
  // On a map of several pages the text above and below it stays within Theme and Area, the columns
  // every page repeats: merged wider, it would be cut at the edge of those columns on later pages.
  const bannerSpan = pagesWide > 1 ? HEAT_LABEL_WIDTHS.length : span;
  const bannerWidth = widths.slice(0, bannerSpan).reduce((n, w) => n + w, 0);
  const steps: PlanStep[] = [{ kind: "addSheet", sheet }, { kind: "columnLayout", sheet, columns: columns(widths) }];
  const compared = organisations.length;
  const scaleText = map ? map.scale.levels.map((l) => l.label).join(" < ") : "";
  const banner = [
    { text: "Heat map: the latest rating of each area", size: TITLE_SIZE, bold: true },
    {
      text:
        map === null
          ? "No workbook could be read, so there is nothing to compare."
          : `${compared} ${compared === 1 ? "workbook" : "workbooks"} compared${map.framework ? ` on the framework "${map.framework}"` : ""}, on the scale ${scaleText}. Each cell is the area's newest rating; the Portfolio sheet gives its round and the one before.`,
      size: DEFAULT_FONT_SIZE,
    },
    { text: `Made by Rating Matrix on ${todayIso}. "${NO_SUCH_AREA}": that workbook has no area of this name.`, size: DEFAULT_FONT_SIZE - 1, italic: true, colour: NOTE_COLOUR },
  ];
  steps.push(...bannerSteps(sheet, banner, bannerSpan));
  banner.forEach((line, row) => {
    steps.push({
      kind: "rowHeight",
      sheet,
      rows: { first: row, count: 1 },
      height: rowHeightFor([{ text: line.text, width: bannerWidth, wrap: true, size: line.size, ...(line.bold ? { bold: true } : {}) }]),
    });
  });
  let row = banner.length + 1;
  if (map !== null && map.notCompared.length > 0) {
    const heading = "Not on this heat map (their rows are on the Portfolio sheet)";
    steps.push({ kind: "setValues", sheet, address: cellAddress(row, 0), values: [[heading]] });
    if (bannerSpan > 1) steps.push({ kind: "mergeCells", sheet, address: blockAddress({ top: row, left: 0, rows: 1, columns: bannerSpan }) });
    steps.push({ kind: "cellStyle", sheet, address: cellAddress(row, 0), bold: true, size: HEADING_SIZE, wrap: true });
    steps.push({ kind: "rowHeight", sheet, rows: { first: row, count: 1 }, height: rowHeightFor([{ text: heading, width: bannerWidth, wrap: true, size: HEADING_SIZE, bold: true }]) });
    row += 1;
    for (const item of map.notCompared) {
      steps.push({ kind: "setValues", sheet, address: cellAddress(row, 0), values: [[item.workbook]] });
      steps.push({ kind: "setValues", sheet, address: cellAddress(row, 1), values: [[item.reason]] });
      if (bannerSpan > 2) steps.push({ kind: "mergeCells", sheet, address: blockAddress({ top: row, left: 1, rows: 1, columns: bannerSpan - 1 }) });
      steps.push({
        kind: "rowHeight",
        sheet,
        rows: { first: row, count: 1 },
        height: rowHeightFor([
          { text: item.workbook, width: widths[0] ?? 0, wrap: true },
          { text: item.reason, width: bannerWidth - (widths[0] ?? 0), wrap: true },
        ]),
      });
      row += 1;
    }
    row += 1;
  }
  const headerRow = row;
  if (map !== null && compared > 0) {
    const rules: ColourRule[] = map.scale.levels.map((l) => ({ equals: l.label, fill: l.fill, font: l.font }));
    const withMissing: ColourRule[] = [...rules, { equals: NO_SUCH_AREA, ...NO_SUCH_AREA_COLOURS }];
    const grid: Grid = [
      ["Theme", "Area", ...organisations],
      ...map.areas.map((a) => [a.theme, a.area, ...a.cells.map((c) => (c === null ? NO_SUCH_AREA : c))]),
    ];
    steps.push({ kind: "setValues", sheet, address: blockAddress({ top: row, left: 0, rows: grid.length, columns: span }), values: grid });
    steps.push({ kind: "cellStyle", sheet, address: blockAddress({ top: row, left: 0, rows: 1, columns: span }), bold: true, wrap: true });
    steps.push({ kind: "colourRules", sheet, address: blockAddress({ top: row + 1, left: 2, rows: map.areas.length, columns: compared }), rules: withMissing });
    row += grid.length + 1;

    // The counts sit in the map's own columns, so the heading printed again on later pages
    // (Theme, Area, the organisations) reads true over them too.
    const counts: Grid = [
      ...map.counts.map((c) => [AREA_COUNTS, c.label, ...c.counts]),
      ...map.actions.map((c) => [ACTION_COUNTS, c.label, ...c.counts]),
    ];
    steps.push({ kind: "setValues", sheet, address: blockAddress({ top: row, left: 0, rows: counts.length, columns: span }), values: counts });
    steps.push({ kind: "colourRules", sheet, address: blockAddress({ top: row, left: 1, rows: map.scale.levels.length, columns: 1 }), rules });
    row += counts.length;
  }
  // The not-compared rows above were given their height (merged cells); the map and counts are fitted.
  if (row > headerRow) steps.push({ kind: "fitRows", sheet, rows: { first: headerRow, count: row - headerRow } });
  // The banner and the heading stay in view while scrolling, unless a long not-compared list
  // above would then fill the window.
  if (headerRow < MOST_FROZEN_ROWS) steps.push({ kind: "freezeRows", sheet, rows: headerRow + 1 });
  // A heat map that nearly fits one page is printed on one, so its counts are not cut off under
  // a repeated heading of area columns; a longer one runs on, its heading on every page.
  const tall = map !== null && estimatedHeight(map, widths, bannerSpan, banner) <= PAGE_HEIGHT * SHRINK_TO_ONE_PAGE;
  steps.push({
    ...pageSetupStep(sheet, { first: headerRow, count: 1 }),
    fitToPagesWide: pagesWide,
    ...(tall ? { fitToPagesTall: 1 } : {}),
    repeatColumns: { first: 0, count: HEAT_LABEL_WIDTHS.length },
  });
  return steps;
}

function notReadSheet(portfolio: Portfolio): PlanStep[] {
  const sheet = PORTFOLIO_SHEETS.notRead;
  const rows: Grid = portfolio.notRead.map((n) => [n.workbook, n.reason]);
  const bodyRows = Math.max(rows.length, 1);
  return [
    { kind: "addSheet", sheet },
    { kind: "columnLayout", sheet, columns: columns([50, 100]) },
    {
      kind: "addTable",
      sheet,
      table: PORTFOLIO_TABLES.notRead,
      address: blockAddress({ top: 0, left: 0, rows: 1 + bodyRows, columns: 2 }),
      header: ["File", "Why it was not read"],
      rows,
      style: TABLE_STYLE,
    },
    { kind: "freezeRows", sheet, rows: 1 },
    ...printSteps(sheet, { first: 0, count: 1 + bodyRows }, 0),
  ];
}

/** The printed height of the heat map sheet in points, as the file writer fits its rows. */
function estimatedHeight(map: HeatMap, widths: readonly number[], bannerSpan: number, banner: readonly { text: string; size: number }[]): number {
  const total = widths.slice(0, bannerSpan).reduce((n, w) => n + w, 0);
  const bannerHeight = banner.reduce((n, b) => n + rowHeightFor([{ text: b.text, width: total, wrap: true, size: b.size }]), 0);
  const row = (texts: readonly string[]) => rowHeightFor(texts.map((text, i) => ({ text, width: widths[i] ?? 0, wrap: true })));
  const areas = map.areas.reduce((n, a) => n + row([a.theme, a.area, ...a.cells.map((c) => c ?? NO_SUCH_AREA)]), 0);
  const rows = 1 + map.counts.length + map.actions.length + 3 + map.notCompared.length * 2;
  return bannerHeight + row(["Theme", "Area", ...map.organisations]) * 2 + areas + rows * rowHeightFor([]);
}
