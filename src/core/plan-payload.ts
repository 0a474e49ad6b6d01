import { blockAddress, parseBlock } from "./a1";
import { assertNever } from "./assert-never";
import type { Grid } from "./cell";
import type { AddTableStep, AppendTableRowsStep, Plan, PlanStep, SetValuesStep } from "./plan";

/** Bytes a step adds to a request for its cell values, as JSON in UTF-8 (the rest is small and fixed). */
const STEP_OVERHEAD = 200;

const PLAIN_ASCII = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function textBytes(text: string): number {
  if (PLAIN_ASCII.test(text)) return text.length + 2;
  let bytes = 2; // quotes
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function rowBytes(row: Grid[number]): number {
  let bytes = 2 + Math.max(row.length - 1, 0);
  for (const cell of row) {
    if (typeof cell === "string") bytes += textBytes(cell) + 1; // +1: a possible text mark (')
    else if (cell === null) bytes += 2;
    else bytes += String(cell).length;
  }
  return bytes;
}

function gridBytes(grid: Grid): number {
  return grid.reduce((n, row) => n + rowBytes(row) + 1, 2);
}

/** Estimated request bytes of one step. */
export function stepBytes(step: PlanStep): number {
  switch (step.kind) {
    case "addTable":
      return STEP_OVERHEAD + gridBytes([[...step.header], ...step.rows]) + (step.numberFormats ? step.rows.length * step.header.length * 8 : 0);
    case "setValues":
      return STEP_OVERHEAD + gridBytes(step.values);
    case "appendTableRows":
      return STEP_OVERHEAD + gridBytes(step.rows) + (step.numberFormats ? step.rows.length * step.numberFormats.length * 8 : 0);
    // Steps with no cell values: a new kind carrying values must be counted above, or requests overflow.
    case "addSheet":
    case "addTableColumn":
    case "defineName":
    case "listValidation":
    case "colourRules":
    case "columnLayout":
    case "freezeRows":
    case "activateSheet":
    case "filterColumn":
    case "clearColumnFilter":
    case "addSlicer":
    case "deleteSheet":
    case "pageSetup":
    case "addChart":
    case "fitRows":
    case "rowHeight":
    case "mergeCells":
    case "cellStyle":
      return STEP_OVERHEAD;
    default:
      return assertNever(step, "the request size estimate");
  }
}

export type PlanParts = { readonly ok: true; readonly parts: readonly Plan[] } | { readonly ok: false; readonly bytes: number };

/**
 * Splits a plan into at most `maxParts` requests of at most `budget` bytes each, keeping the steps in
 * order. A table too large for what is left of a request is cut between rows: its header and first
 * rows make the table, the rest are written in the next request just below it, where Excel grows the
 * table to take them (Microsoft's recommended way to add many rows). Several writes queued in one
 * request do not make it smaller: the limit is on the request, so parts are separate round trips.
 */
export function splitPlan(plan: Plan, budget: number, maxParts: number): PlanParts {
  const total = plan.steps.reduce((n, s) => n + stepBytes(s), 0);
  if (total <= budget) return { ok: true, parts: [plan] };
  const parts: PlanStep[][] = [[]];
  let used = 0;
  const queue = [...plan.steps];
  while (queue.length > 0) {
    const step = queue.shift() as PlanStep;
    const bytes = stepBytes(step);
    if (used + bytes <= budget) {
      (parts[parts.length - 1] as PlanStep[]).push(step);
      used += bytes;
      continue;
    }
    const cut = cutStep(step, budget - used);
    if (cut) {
      (parts[parts.length - 1] as PlanStep[]).push(cut.head);
      queue.unshift(cut.tail);
    } else if (used === 0) {
      return { ok: false, bytes: total };
    } else {
      queue.unshift(step);
    }
    parts.push([]);
    used = 0;
    if (parts.length > maxParts) return { ok: false, bytes: total };
  }
  return { ok: true, parts: parts.filter((p) => p.length > 0).map((steps, i) => ({ title: i === 0 ? plan.title : `${plan.title} (part ${i + 1})`, steps })) };
}

/**
 * The first rows of a table or write that fit in `room` bytes, and the rest as a write below them.
 * The rest of a table is appended to it, carrying its number formats (a due date stays a date).
 */
function cutStep(step: PlanStep, room: number): { head: PlanStep; tail: SetValuesStep | AppendTableRowsStep } | null {
  if (step.kind !== "addTable" && step.kind !== "setValues") return null;
  const block = parseBlock(step.address);
  if (!block) return null;
  const rows = step.kind === "addTable" ? step.rows : step.values;
  const firstRow = step.kind === "addTable" ? 1 : 0;
  let bytes = STEP_OVERHEAD + (step.kind === "addTable" ? rowBytes([...step.header]) : 0) + 2;
  // A table's number formats cost bytes per row too (as stepBytes counts them).
  const formatBytes = step.kind === "addTable" && step.numberFormats ? step.header.length * 8 : 0;
  let fit = 0;
  while (fit < rows.length - 1) {
    const next = rowBytes(rows[fit] as Grid[number]) + 1 + formatBytes;
    if (bytes + next > room) break;
    bytes += next;
    fit++;
  }
  if (fit === 0) return null;
  const tail: SetValuesStep = {
    kind: "setValues",
    sheet: step.sheet,
    address: blockAddress({ top: block.top + firstRow + fit, left: block.left, rows: rows.length - fit, columns: block.columns }),
    values: rows.slice(fit),
  };
  if (step.kind === "addTable") {
    const head: AddTableStep = {
      ...step,
      address: blockAddress({ top: block.top, left: block.left, rows: 1 + fit, columns: block.columns }),
      rows: rows.slice(0, fit),
    };
    const appended: AppendTableRowsStep = {
      kind: "appendTableRows",
      sheet: step.sheet,
      table: step.table,
      address: tail.address,
      rows: tail.values,
      ...(step.numberFormats ? { numberFormats: step.numberFormats } : {}),
      tableAddress: step.address,
    };
    return { head, tail: appended };
  }
  return {
    head: { ...step, address: blockAddress({ top: block.top, left: block.left, rows: fit, columns: block.columns }), values: rows.slice(0, fit) },
    tail,
  };
}
