import { parseBlock } from "../core/a1";
import type {
  AddChartStep,
  AddSlicerStep,
  AddTableStep,
  AppendTableRowsStep,
  ColourRulesStep,
  ColumnLayoutStep,
  DefineNameStep,
  FilterColumnStep,
  ListValidationStep,
  Plan,
  PlanOutcome,
  PlanStep,
  SkippedStep,
} from "../core/plan";
import { columnLetter } from "../core/a1";
import { assertNever } from "../core/assert-never";
import { skipReason } from "../core/skip-policy";
import type { HostCapabilities } from "../core/workbook-host";
import { characterWidthToPoints } from "./column-width";
import { formulaText, literalCell } from "./literal-text";
import { cellStyle, pageSetup, rowsAddress } from "./print-layout";
import type { SlicerPlacement } from "./slicer-placement";

/**
 * Queues every step of a plan on one request context. The caller syncs once: a plan costs one round
 * trip whatever its size. Steps the host cannot do are skipped with a reason, never dropped silently.
 */
export function queuePlan(
  context: Excel.RequestContext,
  plan: Plan,
  capabilities: HostCapabilities,
  placements: ReadonlyMap<AddSlicerStep, SlicerPlacement> = new Map(),
): PlanOutcome {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string): Excel.Worksheet => {
    const known = sheets.get(name);
    if (known) return known;
    const found = context.workbook.worksheets.getItem(name);
    sheets.set(name, found);
    return found;
  };
  const skipped: SkippedStep[] = [];
  for (const step of plan.steps) {
    const reason = unsupported(step, capabilities, placements);
    if (reason) {
      skipped.push({ step, reason });
      continue;
    }
    queueStep(context, step, sheet, sheets, capabilities, placements);
  }
  return { skipped };
}

/** Why the step is skipped: the core's skip policy, then a slicer the workbook already has. */
function unsupported(
  step: PlanStep,
  capabilities: HostCapabilities,
  placements: ReadonlyMap<AddSlicerStep, SlicerPlacement>,
): string | null {
  const reason = skipReason(step, capabilities);
  if (reason !== null) return reason;
  if (step.kind === "addSlicer" && placements.get(step)?.exists === true) return `The workbook already has the slicer "${step.name}"; no second one was added.`;
  return null;
}

function queueStep(
  context: Excel.RequestContext,
  step: PlanStep,
  sheet: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
  capabilities: HostCapabilities,
  placements: ReadonlyMap<AddSlicerStep, SlicerPlacement>,
): void {
  switch (step.kind) {
    case "addSheet": {
      const added = context.workbook.worksheets.add(step.sheet);
      if (step.position !== undefined) added.position = step.position;
      sheets.set(step.sheet, added);
      return;
    }
    case "addTable":
      return addTable(sheet(step.sheet), step);
    case "addTableColumn":
      // The name argument (ExcelApi 1.4) sets the header without parsing it as typed input, so a
      // label such as "=Review 2026" stays text. Values are left out: the new column starts blank.
      sheet(step.sheet).tables.getItem(step.table).columns.add(step.index, undefined, step.header);
      return;
    case "setValues": {
      const range = sheet(step.sheet).getRange(step.address);
      const format = step.numberFormat;
      if (format !== undefined) range.numberFormat = step.values.map((row) => row.map(() => format));
      range.values = step.values.map((row) => row.map(literalCell));
      return;
    }
    case "defineName":
      return defineName(context, step);
    case "listValidation":
      return listValidation(sheet(step.sheet), step);
    case "colourRules":
      return colourRules(sheet(step.sheet), step);
    case "columnLayout":
      return columnLayout(sheet(step.sheet), step);
    case "freezeRows":
      sheet(step.sheet).freezePanes.freezeRows(step.rows);
      return;
    case "activateSheet":
      sheet(step.sheet).activate();
      return;
    case "filterColumn":
      return filterColumn(context, step);
    case "clearColumnFilter":
      context.workbook.tables.getItem(step.table).columns.getItem(step.column).filter.clear();
      return;
    case "appendTableRows":
      return appendTableRows(context, sheet(step.sheet), step, capabilities);
    case "addSlicer":
      return addSlicer(context, step, placements);
    case "deleteSheet":
      sheet(step.sheet).delete();
      sheets.delete(step.sheet);
      return;
    case "pageSetup":
      return pageSetup(sheet(step.sheet), step);
    case "addChart":
      return addChart(sheet(step.sheet), step);
    case "fitRows":
      // Excel measures the wrapped text itself; merged cells are left out of its fit (see rowHeight).
      sheet(step.sheet).getRange(rowsAddress(step.rows)).format.autofitRows();
      return;
    case "rowHeight":
      sheet(step.sheet).getRange(rowsAddress(step.rows)).format.rowHeight = step.height;
      return;
    case "mergeCells":
      sheet(step.sheet).getRange(step.address).merge(false);
      return;
    case "cellStyle":
      return cellStyle(sheet(step.sheet), step);
    default:
      // A new kind of step must be taught to this host (or given a feature in the core's skip policy).
      return assertNever(step, "the Excel host");
  }
}

function addChart(ws: Excel.Worksheet, step: AddChartStep): void {
  const chart = ws.charts.add(step.chartType, ws.getRange(step.source), "Columns");
  chart.title.text = step.title;
  chart.setPosition(step.topLeft, step.bottomRight);
}

function filterColumn(context: Excel.RequestContext, step: FilterColumnStep): void {
  const filter = context.workbook.tables.getItem(step.table).columns.getItem(step.column).filter;
  if (step.filter.kind === "values") {
    // "" stands for blank cells in a values filter (UNVERIFIED on Excel; see docs/decisions.md).
    filter.applyValuesFilter(step.filter.blanks ? [...step.filter.values, ""] : [...step.filter.values]);
  } else {
    // A date cell holds its serial number, so "<serial" keeps dates before that day; text and blanks are hidden.
    filter.apply({ filterOn: "Custom", criterion1: `<${step.filter.serial}` });
  }
}

function appendTableRows(context: Excel.RequestContext, ws: Excel.Worksheet, step: AppendTableRowsStep, capabilities: HostCapabilities): void {
  const range = ws.getRange(step.address);
  step.numberFormats?.forEach((format, column) => {
    if (format !== null) range.getColumn(column).numberFormat = step.rows.map(() => [format]);
  });
  // Writing into the row below grows the table (Microsoft's co-authoring-safe pattern, no rows.add).
  range.values = step.rows.map((row) => row.map(literalCell));
  // Auto-expansion can be switched off in Excel's AutoCorrect options; resizing makes it certain.
  if (capabilities.tableResize === true) context.workbook.tables.getItem(step.table).resize(ws.getRange(step.tableAddress));
}

function addSlicer(context: Excel.RequestContext, step: AddSlicerStep, placements: ReadonlyMap<AddSlicerStep, SlicerPlacement>): void {
  const placement = placements.get(step);
  if (!placement) throw new Error(`Plan bug: the slicer "${step.name}" was not placed before queueing.`);
  const slicer = context.workbook.slicers.add(step.table, step.column, step.sheet);
  slicer.name = step.name;
  slicer.caption = step.caption;
  slicer.left = placement.left;
  slicer.top = placement.top;
}

function addTable(ws: Excel.Worksheet, step: AddTableStep): void {
  const block = parseBlock(step.address);
  if (!block) throw new Error(`Plan bug: "${step.address}" is not an A1 address.`);
  const blank = step.header.map(() => null);
  const body = step.rows.length > 0 ? step.rows : [blank];
  const range = ws.getRange(step.address);
  range.values = [step.header, ...body].map((row) => row.map(literalCell));
  if (step.numberFormats?.some((f) => f !== null)) {
    const formats = step.numberFormats;
    range.getOffsetRange(1, 0).getResizedRange(-1, 0).numberFormat = body.map(() =>
      step.header.map((_, i) => formats[i] ?? "General"),
    );
  }
  const table = ws.tables.add(range, true);
  table.name = step.table;
  table.style = step.style;
}

function defineName(context: Excel.RequestContext, step: DefineNameStep): void {
  if (step.replace) {
    const named = context.workbook.names.getItem(step.name);
    named.formula = step.formula;
    named.comment = step.comment;
  } else {
    context.workbook.names.add(step.name, step.formula, step.comment);
  }
}

function listValidation(ws: Excel.Worksheet, step: ListValidationStep): void {
  const validation = ws.getRange(step.address).dataValidation;
  // Clearing first avoids InvalidArgument when the range partly overlaps older rules (office-js#2594).
  validation.clear();
  validation.rule = { list: { inCellDropDown: true, source: step.source } };
  validation.errorAlert = { showAlert: true, style: "Stop", title: step.alertTitle, message: step.alertMessage };
  validation.ignoreBlanks = true;
}

function colourRules(ws: Excel.Worksheet, step: ColourRulesStep): void {
  const formats = ws.getRange(step.address).conditionalFormats;
  formats.clearAll();
  step.rules.forEach((rule, priority) => {
    const format = formats.add("CellValue");
    format.cellValue.format.fill.color = rule.fill;
    format.cellValue.format.font.color = rule.font;
    format.cellValue.rule = { formula1: formulaText(rule.equals), operator: "EqualTo" };
    // add() puts each new rule first; moving it to its own index keeps the plan's order.
    format.priority = priority;
    format.stopIfTrue = true;
  });
}

function columnLayout(ws: Excel.Worksheet, step: ColumnLayoutStep): void {
  for (const layout of step.columns) {
    const letter = columnLetter(layout.column);
    const column = ws.getRange(`${letter}:${letter}`);
    column.format.columnWidth = characterWidthToPoints(layout.width);
    column.format.wrapText = layout.wrap;
    column.format.verticalAlignment = "Top";
  }
}
