import type { CellIsRuleType, ConditionalFormattingOptions, Table, Workbook, Worksheet } from "exceljs";
import { blockAddress, parseBlock, type CellBlock } from "../core/a1";
import type {
  AddTableColumnStep,
  AddTableStep,
  AppendTableRowsStep,
  DeleteSheetStep,
  ColourRulesStep,
  ColumnLayoutStep,
  DefineNameStep,
  ListValidationStep,
  Plan,
  PlanOutcome,
  PlanStep,
  SkippedStep,
} from "../core/plan";
import { assertNever } from "../core/assert-never";
import { skipReason } from "../core/skip-policy";
import { WorkbookError } from "../core/workbook-error";
import type { HostCapabilities } from "../core/workbook-host";
import { blocksOverlap } from "../core/workbook-lookup";
import { blockDifference } from "./block-difference";
import { hexToArgb } from "./xlsx-colour";
import { storedCell } from "./xlsx-cells";
import type { StoredName } from "./xlsx-package";
import { conditionalFormats, setConditionalFormats, validationModel } from "./sheet-rules";
import { cellStyle, fitRows, mergeCells, pageSetup, rowHeight } from "./print-layout";
import { setColumnFilter } from "./table-filters";
import { extendBodyRules, reshapeTable, shiftRulesRight } from "./table-shape";
import { sheetTables, tableModel } from "./xlsx-tables";

/** Why the file writer skips what it cannot put into an .xlsx file; shown to the user. */
export const XLSX_CANNOT = {
  slicers: "Slicers need Excel: slicers can only be added in Excel itself, where the table's filter buttons do the same job.",
  charts: "The chart was not added: charts can only be made in Excel itself. The table it would show is on the sheet; Insert > Chart makes it from there.",
} as const;

/**
 * What an .xlsx file written by exceljs can hold; the notes are the reasons the core's skip policy
 * gives when a step needs what is missing.
 */
export const XLSX_CAPABILITIES: HostCapabilities = {
  dataValidation: true,
  dataValidationNote: "",
  filters: true,
  filtersNote: "",
  slicers: false,
  slicersNote: XLSX_CANNOT.slicers,
  tableResize: true,
  pageLayout: true,
  pageLayoutNote: "",
  charts: false,
  chartsNote: XLSX_CANNOT.charts,
};

/** What a plan changes besides the exceljs workbook: the defined names the host carries itself. */
export interface XlsxPlanTarget {
  readonly workbook: Workbook;
  readonly names: Map<string, StoredName>;
}

/**
 * Carries out a plan on an in-memory workbook, step by step, as the office-js host does in Excel.
 * A step the file format cannot express is skipped with a reason, never dropped silently.
 */
export function applyXlsxPlan(target: XlsxPlanTarget, plan: Plan, capabilities: HostCapabilities = XLSX_CAPABILITIES): PlanOutcome {
  const skipped: SkippedStep[] = [];
  for (const step of plan.steps) {
    const reason = skipReason(step, capabilities);
    if (reason !== null) skipped.push({ step, reason });
    else applyStep(target, step);
  }
  return { skipped };
}

/** What a file cannot hold although `capabilities` claimed it: a bug in the capabilities given. */
function cannotHold(step: PlanStep): never {
  throw new Error(`Plan bug: an .xlsx file cannot hold the step "${step.kind}"; its capabilities must say so.`);
}

/** Carries out one step the skip policy let through. */
function applyStep(target: XlsxPlanTarget, step: PlanStep): void {
  const { workbook } = target;
  switch (step.kind) {
    case "addSheet":
      if (findSheet(workbook, step.sheet)) throw new WorkbookError(`The workbook already has a sheet called "${step.sheet}".`, "ItemAlreadyExists");
      addSheet(target, step.sheet, step.position);
      return;
    case "addTable":
      addTable(target, step);
      return;
    case "setValues": {
      const ws = sheet(workbook, step.sheet);
      const at = block(step.address);
      writeGrid(ws, at, step.values);
      const format = step.numberFormat;
      if (format !== undefined) for (let r = 0; r < at.rows; r++) for (let c = 0; c < at.columns; c++) ws.getCell(at.top + r + 1, at.left + c + 1).numFmt = format;
      return;
    }
    case "defineName":
      defineName(target, step);
      return;
    case "listValidation":
      listValidation(sheet(workbook, step.sheet), step);
      return;
    case "colourRules":
      colourRules(sheet(workbook, step.sheet), step);
      return;
    case "columnLayout":
      columnLayout(sheet(workbook, step.sheet), step);
      return;
    case "freezeRows":
      freezeRows(sheet(workbook, step.sheet), step.rows);
      return;
    case "activateSheet":
      activateSheet(workbook, step.sheet);
      return;
    case "addTableColumn":
      addTableColumn(target, step);
      return;
    case "appendTableRows":
      appendTableRows(target, step);
      return;
    case "deleteSheet":
      deleteSheet(target, step);
      return;
    case "pageSetup":
      pageSetup(sheet(workbook, step.sheet), step);
      return;
    case "fitRows":
      fitRows(sheet(workbook, step.sheet), step);
      return;
    case "rowHeight":
      rowHeight(sheet(workbook, step.sheet), step);
      return;
    case "mergeCells":
      mergeCells(sheet(workbook, step.sheet), step);
      return;
    case "cellStyle":
      cellStyle(sheet(workbook, step.sheet), step);
      return;
    case "filterColumn": {
      const { ws, table } = findTable(target, step.sheet, step.table);
      setColumnFilter(ws, table, step.column, step.filter);
      return;
    }
    case "clearColumnFilter": {
      const { ws, table } = findTable(target, step.sheet, step.table);
      setColumnFilter(ws, table, step.column, null);
      return;
    }
    case "addSlicer":
    case "addChart":
      return cannotHold(step);
    default:
      // A new kind of step must be taught to this host (or given a feature in the core's skip policy).
      return assertNever(step, "the .xlsx host");
  }
}

export function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const key = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

function sheet(workbook: Workbook, name: string): Worksheet {
  const found = findSheet(workbook, name);
  if (!found) throw new WorkbookError(`The workbook has no sheet called "${name}".`, "ItemNotFound");
  return found;
}

function block(address: string): CellBlock {
  const parsed = parseBlock(address);
  if (!parsed) throw new Error(`Plan bug: "${address}" is not an A1 address.`);
  return parsed;
}

function writeGrid(ws: Worksheet, at: CellBlock, values: readonly (readonly (string | number | boolean | null)[])[]): void {
  if (values.length !== at.rows || values.some((row) => row.length !== at.columns)) {
    throw new Error(`Plan bug: the values do not fit ${blockAddress(at)}.`);
  }
  values.forEach((row, r) => {
    const sheetRow = ws.getRow(at.top + r + 1);
    row.forEach((value, c) => {
      sheetRow.getCell(at.left + c + 1).value = storedCell(value);
    });
  });
}

function nameTaken(target: XlsxPlanTarget, name: string): boolean {
  const key = name.toLowerCase();
  if (target.names.has(key)) return true;
  return target.workbook.worksheets.some((ws) => sheetTables(ws).some((t) => tableModel(t).name.toLowerCase() === key));
}

function addTable(target: XlsxPlanTarget, step: AddTableStep): void {
  const ws = sheet(target.workbook, step.sheet);
  if (nameTaken(target, step.table)) throw new WorkbookError(`The name "${step.table}" is already used by a table or defined name.`, "ItemAlreadyExists");
  const at = block(step.address);
  const body = step.rows.length > 0 ? step.rows : [step.header.map(() => null)];
  if (at.rows !== body.length + 1 || at.columns !== step.header.length) throw new Error(`Plan bug: the table does not fit ${step.address}.`);
  const overlapping = target.workbook.worksheets
    .filter((other) => other === ws)
    .flatMap((other) => sheetTables(other))
    .find((t) => {
      const existing = parseBlock(tableModel(t).tableRef);
      return existing !== null && blocksOverlap(existing, at);
    });
  if (overlapping) throw new WorkbookError(`A table cannot overlap the table "${tableModel(overlapping).name}".`, "InvalidArgument");
  ws.addTable({
    name: step.table,
    displayName: step.table,
    ref: blockAddress({ top: at.top, left: at.left, rows: 1, columns: 1 }),
    headerRow: true,
    totalsRow: false,
    style: { theme: step.style as never, showRowStripes: true },
    columns: step.header.map((name) => ({ name, filterButton: true })),
    rows: body.map((row) => row.map(storedCell)),
  });
  const formats = step.numberFormats;
  if (formats) {
    formats.forEach((format, c) => {
      if (format === null) return;
      for (let r = 0; r < body.length; r++) ws.getCell(at.top + 2 + r, at.left + c + 1).numFmt = format;
    });
  }
}

function defineName(target: XlsxPlanTarget, step: DefineNameStep): void {
  const key = step.name.toLowerCase();
  const existing = target.names.get(key);
  if (step.replace) {
    if (!existing) throw new WorkbookError(`The workbook has no defined name "${step.name}" to change.`, "ItemNotFound");
    target.names.set(key, { ...existing, formula: step.formula, comment: step.comment });
    return;
  }
  if (nameTaken(target, step.name)) throw new WorkbookError(`The name "${step.name}" is already used by a table or defined name.`, "ItemAlreadyExists");
  target.names.set(key, { name: step.name, formula: step.formula, comment: step.comment, localSheetId: null });
}

function listValidation(ws: Worksheet, step: ListValidationStep): void {
  const at = block(step.address);
  const model = validationModel(ws);
  for (const [address, rule] of Object.entries(model)) {
    const existing = parseBlock(address);
    if (!existing || !rule || !blocksOverlap(existing, at)) continue;
    delete model[address];
    for (const part of blockDifference(existing, at)) model[blockAddress(part)] = rule;
  }
  model[blockAddress(at)] = {
    type: "list",
    allowBlank: true,
    formulae: [step.source.replace(/^=/, "")],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: step.alertTitle,
    error: step.alertMessage,
  };
}

function colourRules(ws: Worksheet, step: ColourRulesStep): void {
  const at = block(step.address);
  const kept: ConditionalFormattingOptions[] = [];
  for (const format of conditionalFormats(ws)) {
    const parts = format.ref.split(/\s+/).filter((p) => p !== "");
    const blocks = parts.map(parseBlock);
    if (blocks.some((b) => b === null) || !blocks.some((b) => b !== null && blocksOverlap(b, at))) {
      kept.push(format);
      continue;
    }
    const remaining = blocks.flatMap((b) => (b === null ? [] : blockDifference(b, at)));
    if (remaining.length > 0) kept.push({ ...format, ref: remaining.map(blockAddress).join(" ") });
  }
  // The new rules come first, in plan order, as Excel's add-then-set-priority leaves them.
  const ours = step.rules.length;
  const others = kept.flatMap((f) => f.rules).sort((a, b) => a.priority - b.priority);
  others.forEach((rule, i) => {
    rule.priority = ours + i + 1;
  });
  const rules: CellIsRuleType[] = step.rules.map((rule, i) => {
    const fill = hexToArgb(rule.fill) ?? "FFFFFFFF";
    const font = hexToArgb(rule.font) ?? "FF000000";
    return {
      type: "cellIs",
      operator: "equal",
      priority: i + 1,
      formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
      style: {
        // Excel reads a conditional fill's colour from bgColor, LibreOffice from fgColor: give both.
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: fill }, bgColor: { argb: fill } },
        font: { color: { argb: font } },
      },
    };
  });
  setConditionalFormats(ws, rules.length > 0 ? [{ ref: blockAddress(at), rules }, ...kept] : kept);
}

function columnLayout(ws: Worksheet, step: ColumnLayoutStep): void {
  for (const layout of step.columns) {
    const column = ws.getColumn(layout.column + 1);
    const before = new Map<number, Worksheet["columns"][number]["alignment"]>();
    column.eachCell({ includeEmpty: false }, (cell, row) => before.set(row, cell.alignment));
    column.width = layout.width;
    column.alignment = { ...(column.alignment ?? {}), wrapText: layout.wrap, vertical: "top" };
    for (const [row, alignment] of before) ws.getCell(row, layout.column + 1).alignment = { ...(alignment ?? {}), wrapText: layout.wrap, vertical: "top" };
  }
}

function freezeRows(ws: Worksheet, rows: number): void {
  const { activeCell, showGridLines, zoomScale, rightToLeft } = ws.views[0] ?? {};
  // exceljs would write an attribute for a property present but undefined.
  const kept = Object.fromEntries(Object.entries({ activeCell, showGridLines, zoomScale, rightToLeft }).filter(([, v]) => v !== undefined));
  ws.views = [rows > 0 ? { ...kept, state: "frozen", xSplit: 0, ySplit: rows, topLeftCell: `A${rows + 1}` } : { ...kept, state: "normal" }];
}

/**
 * A new sheet, at `position` in the tab order when given (exceljs orders tabs by `orderNo`). Names
 * scoped to a sheet are stored by its place in the tab order, so those of the sheets after it move
 * one place on with them, and the active tab stays the sheet it was.
 */
function addSheet(target: XlsxPlanTarget, name: string, position: number | undefined): void {
  const { workbook } = target;
  const others = workbook.worksheets;
  const active = others[workbook.views[0]?.activeTab ?? 0];
  const added = workbook.addWorksheet(name);
  if (position === undefined || position >= others.length) return;
  const order = [...others.slice(0, position), added, ...others.slice(position)];
  order.forEach((ws, i) => {
    // exceljs sorts worksheets by this field when it lists and saves them; its typings leave it out.
    (ws as Worksheet & { orderNo: number }).orderNo = i;
  });
  moveSheetScopes(target, (id) => (id >= position ? id + 1 : id));
  const view = workbook.views[0];
  if (view && active) workbook.views = [{ ...view, activeTab: order.indexOf(active) }];
}

/** Re-files each sheet-scoped name under its sheet's new place in the tab order (null: the name goes). */
function moveSheetScopes(target: XlsxPlanTarget, moved: (localSheetId: number) => number | null): void {
  for (const [key, name] of [...target.names]) {
    if (name.localSheetId === null) continue;
    target.names.delete(key);
    const localSheetId = moved(name.localSheetId);
    if (localSheetId === null) continue;
    target.names.set(`${localSheetId}!${name.name.toLowerCase()}`, { ...name, localSheetId });
  }
}

function activateSheet(workbook: Workbook, name: string): void {
  const index = workbook.worksheets.indexOf(sheet(workbook, name));
  const current = workbook.views[0];
  workbook.views = [{ x: 0, y: 0, width: 12000, height: 8000, firstSheet: 0, visibility: "visible", ...current, activeTab: index }];
}

function findTable(target: XlsxPlanTarget, sheetName: string, name: string): { ws: Worksheet; table: Table; block: CellBlock } {
  const ws = sheet(target.workbook, sheetName);
  const table = sheetTables(ws).find((t) => tableModel(t).name.toLowerCase() === name.toLowerCase());
  const found = table ? parseBlock(tableModel(table).tableRef) : null;
  if (!table || !found) throw new WorkbookError(`The sheet "${sheetName}" has no table called "${name}".`, "ItemNotFound");
  return { ws, table, block: found };
}

function tableHeader(ws: Worksheet, block: CellBlock): string[] {
  const row = ws.getRow(block.top + 1);
  return Array.from({ length: block.columns }, (_, c) => String(row.getCell(block.left + c + 1).value ?? ""));
}

/** Excel's "Insert Table Columns": only the table's own rows shift right, rules with them. */
function addTableColumn(target: XlsxPlanTarget, step: AddTableColumnStep): void {
  const { ws, table, block } = findTable(target, step.sheet, step.table);
  if (step.index < 0 || step.index > block.columns) throw new Error(`Plan bug: column ${step.index} is outside the table ${step.table}.`);
  const at = block.left + step.index;
  const right = block.left + block.columns; // the first sheet column beyond the table
  for (let r = block.top; r < block.top + block.rows; r++) {
    const row = ws.getRow(r + 1);
    if (row.getCell(right + 1).value !== null && row.getCell(right + 1).value !== undefined) {
      throw new WorkbookError(`A column cannot be inserted into the table ${step.table}: the cell ${step.sheet}!${blockAddress({ top: r, left: right, rows: 1, columns: 1 })} beside it is not empty.`, "InsertDeleteConflict");
    }
    for (let c = right; c > at; c--) {
      const from = row.getCell(c);
      const to = row.getCell(c + 1);
      to.value = from.value;
      to.style = { ...from.style };
    }
    const fresh = row.getCell(at + 1);
    fresh.value = r === block.top ? step.header : null;
  }
  shiftRulesRight(ws, block, at);
  const header = tableHeader(ws, { ...block, columns: block.columns + 1 });
  reshapeTable(ws, table, { ...block, columns: block.columns + 1 }, header);
}

/** Rows written just below a table, which then covers them; its dropdowns and colours follow. */
function appendTableRows(target: XlsxPlanTarget, step: AppendTableRowsStep): void {
  const { ws, table, block: whole } = findTable(target, step.sheet, step.table);
  const rows = block(step.address);
  const grown = block(step.tableAddress);
  writeGrid(ws, rows, step.rows);
  step.numberFormats?.forEach((format, c) => {
    if (format === null) return;
    for (let r = 0; r < rows.rows; r++) ws.getCell(rows.top + r + 1, rows.left + c + 1).numFmt = format;
  });
  extendBodyRules(ws, { top: whole.top + 1, left: whole.left, rows: whole.rows - 1, columns: whole.columns }, grown.top + grown.rows - 1);
  reshapeTable(ws, table, grown, tableHeader(ws, grown));
}

function deleteSheet(target: XlsxPlanTarget, step: DeleteSheetStep): void {
  const { workbook } = target;
  const ws = sheet(workbook, step.sheet);
  const index = workbook.worksheets.indexOf(ws);
  workbook.removeWorksheet(ws.id);
  // Names scoped to the deleted sheet go with it; later sheets' scopes move up one tab.
  moveSheetScopes(target, (id) => (id === index ? null : id > index ? id - 1 : id));
  const active = workbook.views[0]?.activeTab ?? 0;
  if (workbook.views[0] && active >= workbook.worksheets.length) workbook.views = [{ ...workbook.views[0], activeTab: Math.max(0, workbook.worksheets.length - 1) }];
}
