import { DEFAULT_STATUSES, type ActionStatus } from "../../src/core/action-status";
import { scaleRows, statusRows } from "../../src/core/lists-tables";
import type { RatingScale } from "../../src/core/rating-scale";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { ACTIONS_COLUMNS, SCALE_COLUMNS, STATUS_COLUMNS } from "../../src/core/workbook-contract";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";
import { blockAddress } from "../../src/core/a1";
import type { FakeExcel, SeedValue } from "../office-fake";

/** A rating workbook as plain rows, to seed the fake or build a snapshot from. */
export interface WorkbookData {
  /** Header then rows of the Ratings table (from A1 of the Ratings sheet). */
  readonly ratings: readonly (readonly SeedValue[])[];
  /** Header then rows of the Actions table; none when absent. */
  readonly actions?: readonly (readonly SeedValue[])[];
  readonly scale?: RatingScale;
  readonly statuses?: readonly ActionStatus[];
  /** Where snapshotOf puts the Ratings and Actions tables (0-based); A1 when absent. */
  readonly origin?: { readonly top: number; readonly left: number };
}

export const ACTIONS_HEADER: readonly string[] = ACTIONS_COLUMNS;

/** The Lists tables, Ratings and Actions tables seeded into the fake exactly as given. */
export function seedWorkbook(fake: FakeExcel, data: WorkbookData): void {
  const [ratingsHeader = [], ...ratingRows] = data.ratings;
  fake.seedTable("Ratings", "Ratings", "A1", ratingsHeader.map(String), ratingRows);
  if (data.actions) {
    const [actionsHeader = [], ...actionRows] = data.actions;
    fake.seedTable("Actions", "Actions", "A1", actionsHeader.map(String), actionRows);
  }
  fake.seedTable("Lists", "RatingScale", "A1", [...SCALE_COLUMNS], scaleRows(data.scale ?? DEFAULT_SCALE));
  fake.seedTable("Lists", "ActionStatuses", "G1", [...STATUS_COLUMNS], statusRows(data.statuses ?? DEFAULT_STATUSES));
}

/** The snapshot a host would read from that workbook (values as given, no typed-input parsing). */
export function snapshotOf(data: WorkbookData): WorkbookSnapshot {
  const table = (name: string, sheet: string, top: number, left: number, rows: readonly (readonly unknown[])[]) => ({
    name,
    sheet,
    address: `${sheet}!${blockAddress({ top, left, rows: rows.length, columns: Math.max(1, ...rows.map((r) => r.length)) })}`,
    values: rows,
  });
  const scale = [[...SCALE_COLUMNS], ...scaleRows(data.scale ?? DEFAULT_SCALE)];
  const statuses = [[...STATUS_COLUMNS], ...statusRows(data.statuses ?? DEFAULT_STATUSES)];
  const tables = [
    table("Ratings", "Ratings", data.origin?.top ?? 0, data.origin?.left ?? 0, data.ratings),
    ...(data.actions ? [table("Actions", "Actions", data.origin?.top ?? 0, data.origin?.left ?? 0, data.actions)] : []),
    table("RatingScale", "Lists", 0, 0, scale),
    table("ActionStatuses", "Lists", 0, 6, statuses),
  ];
  return {
    sheetNames: ["Ratings", ...(data.actions ? ["Actions"] : []), "Lists"],
    tableNames: tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    tables,
    sheets: [],
    names: [],
  };
}
