import { parseBlock } from "../core/a1";
import type {
  AddChartStep,
  AddTableStep,
  PageSetupStep,
  ColourRulesStep,
  ColumnLayoutStep,
  DefineNameStep,
  ListValidationStep,
  Plan,
  PlanOutcome,
  PlanStep,
  SkippedStep,
} from "../core/plan";
import { columnLetter } from "../core/a1";
import type { HostCapabilities } from "../core/workbook-host";
import { characterWidthToPoints } from "./column-width";
import { formulaText, literalCell } from "./literal-text";

/**
 * Queues every step of a plan on one request context. The caller syncs once: a plan costs one round
 * trip whatever its size. Steps the host cannot do are skipped with a reason, never dropped silently.
 */
export function queuePlan(context: Excel.RequestContext, plan: Plan, capabilities: HostCapabilities): PlanOutcome {
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
    const reason = unsupported(step, capabilities);
    if (reason) {
      skipped.push({ step, reason });
      continue;
    }
    queueStep(context, step, sheet, sheets);
  }
  return { skipped };
}

function unsupported(step: PlanStep, capabilities: HostCapabilities): string | null {
  if (step.kind === "listValidation" && !capabilities.dataValidation) return capabilities.dataValidationNote;
  if (step.kind === "pageSetup" && capabilities.pageLayout !== true) {
    return capabilities.pageLayoutNote || "The print settings were not set: this Excel does not let add-ins change them.";
  }
  if (step.kind === "addChart" && capabilities.charts !== true) {
    return capabilities.chartsNote || "The chart was not added: this Excel does not let add-ins make charts.";
  }
  return null;
}

function queueStep(
  context: Excel.RequestContext,
  step: PlanStep,
  sheet: (name: string) => Excel.Worksheet,
  sheets: Map<string, Excel.Worksheet>,
): void {
  switch (step.kind) {
    case "addSheet":
      sheets.set(step.sheet, context.workbook.worksheets.add(step.sheet));
      return;
    case "addTable":
      return addTable(sheet(step.sheet), step);
    case "setValues":
      sheet(step.sheet).getRange(step.address).values = step.values.map((row) => row.map(literalCell));
      return;
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
    case "deleteSheet":
      sheet(step.sheet).delete();
      sheets.delete(step.sheet);
      return;
    case "pageSetup":
      return pageSetup(sheet(step.sheet), step);
    case "addChart":
      return addChart(sheet(step.sheet), step);
  }
}

function pageSetup(ws: Excel.Worksheet, step: PageSetupStep): void {
  const layout = ws.pageLayout;
  layout.orientation = step.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = step.paper;
  // 0 pages tall is Excel's "Automatic": as many pages as the rows need (UNVERIFIED through office-js).
  layout.zoom = { horizontalFitToPages: step.fitToPagesWide, verticalFitToPages: 0 };
}

function addChart(ws: Excel.Worksheet, step: AddChartStep): void {
  const chart = ws.charts.add(step.chartType, ws.getRange(step.source), "Columns");
  chart.title.text = step.title;
  chart.setPosition(step.topLeft, step.bottomRight);
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
  }
}
