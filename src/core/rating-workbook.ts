import type { About } from "./about";
import type { ActionStatus } from "./action-status";
import type { CommentaryTable } from "./commentary";
import type { RatingScale } from "./rating-scale";

/**
 * The workbook as the add-in understands it, read from raw grids by read-workbook.ts. Every value
 * keeps the address it came from so checks and fixes can point at the cell.
 */
export interface RatingWorkbook {
  readonly scale: RatingScale;
  readonly statuses: readonly ActionStatus[];
  readonly priorities: readonly string[];
  readonly ratings: RatingsTable;
  /** Null when the workbook has no Actions table (nor an Actions sheet with that header). */
  readonly actions: ActionsTable | null;
  /** What the workbook assesses (the About table); nulls for a workbook without one. */
  readonly about: About;
  /** The Commentary table, or null when the workbook has none yet. */
  readonly commentary: CommentaryTable | null;
}

/** Where a table sits: a real Excel table, or a header row found on a sheet of the right name. */
export interface TableSource {
  readonly sheet: string;
  /** The Excel table's name, or null when the block was found by its header row. */
  readonly table: string | null;
  /** 0-based row of the header on the sheet. */
  readonly headerRow: number;
  /** 0-based column of the table's first column on the sheet. */
  readonly left: number;
  /** Number of columns of the block, and of data rows under the header (blank rows included). */
  readonly columns: number;
  readonly bodyRows: number;
}

export interface Round {
  readonly label: string;
  /** 0-based sheet column. */
  readonly column: number;
}

export interface RatingsTable {
  readonly source: TableSource;
  readonly themeColumn: number;
  readonly areaColumn: number;
  readonly rounds: readonly Round[];
  /** 0-based sheet column of the Notes column, or null when the table has none. */
  readonly notesColumn: number | null;
  readonly areas: readonly RatedArea[];
}

/** What a rating cell holds. `level` is the canonical label when the text is on the scale. */
export interface RatingCell {
  readonly address: string;
  readonly raw: unknown;
  readonly text: string;
  readonly level: string | null;
  /** "exact": the canonical label; "variant": same level, other case, spacing or an alias. */
  readonly match: "exact" | "variant" | "none" | "blank";
}

export interface RatedArea {
  readonly theme: string;
  /** True when the theme cell was blank and the theme was carried down from the row above. */
  readonly themeCarried: boolean;
  readonly area: string;
  /** 0-based sheet row. */
  readonly row: number;
  /** One per round, in round order. */
  readonly ratings: readonly RatingCell[];
  /** The Notes cell's text ("" when blank or when the table has no Notes column). */
  readonly notes: string;
}

export type ActionField = "ref" | "nextStep" | "theme" | "area" | "owner" | "due" | "priority" | "status" | "update";

export interface ActionsTable {
  readonly source: TableSource;
  /** 0-based sheet column of each known field, or -1 when the table lacks it. */
  readonly columns: Readonly<Record<ActionField, number>>;
  readonly items: readonly ActionItem[];
}

export interface ActionItem {
  /** 0-based sheet row. */
  readonly row: number;
  readonly ref: string;
  readonly nextStep: string;
  readonly theme: string;
  readonly area: string;
  readonly owner: string;
  /** The due cell as found, and as an ISO date when it is one. */
  readonly dueRaw: unknown;
  readonly due: string | null;
  readonly priority: string;
  readonly statusText: string;
  /** The status from the Lists table this text names, ignoring case; undefined when none. */
  readonly status: ActionStatus | undefined;
  readonly update: string;
}
