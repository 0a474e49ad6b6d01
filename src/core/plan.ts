import type { Grid } from "./cell";
import type { HexColour } from "./rating-scale";

/**
 * A change to a workbook, as plain data. The core decides what to change; a host (office-js in
 * Excel, or a file writer) carries the steps out in order. Every address is A1 on the named sheet.
 * A step never asks a host to decide anything about the user's data.
 */
export type PlanStep =
  | AddSheetStep
  | AddTableStep
  | AddTableColumnStep
  | SetValuesStep
  | DefineNameStep
  | ListValidationStep
  | ColourRulesStep
  | ColumnLayoutStep
  | FreezeRowsStep
  | ActivateSheetStep
  | FilterColumnStep
  | ClearColumnFilterStep
  | AppendTableRowsStep
  | AddSlicerStep
  | DeleteSheetStep
  | PageSetupStep
  | AddChartStep
  | FitRowsStep
  | RowHeightStep
  | MergeCellsStep
  | CellStyleStep;

/** Adds a worksheet at the end. The core only plans this for a name the workbook does not have. */
export interface AddSheetStep {
  readonly kind: "addSheet";
  readonly sheet: string;
  /**
   * Where the new tab goes (0 is first); at the end when absent. Set up puts its sheets first, so a
   * new workbook opens on them rather than on the blank sheet Excel started with.
   */
  readonly position?: number;
}

/**
 * Writes a header and rows at `address` and makes them an Excel table with filter buttons. With no
 * rows, Excel's table keeps one blank data row, so `address` then covers header + 1 row.
 * Strings are literal text: a host must never let one become a formula, number or date.
 */
export interface AddTableStep {
  readonly kind: "addTable";
  readonly sheet: string;
  readonly table: string;
  readonly address: string;
  readonly header: readonly string[];
  readonly rows: Grid;
  readonly style: string;
  /** Number format per column for the data body (e.g. "yyyy-mm-dd"); null leaves a column as it is. */
  readonly numberFormats?: readonly (string | null)[];
}

/**
 * Inserts a blank column into an existing table at `index` (0-based within the table; the table's
 * column count means "at the end"), with `header` as literal text. As Excel's "Insert Table Columns",
 * only the table's rows shift right: every later column of the table moves one sheet column right.
 */
export interface AddTableColumnStep {
  readonly kind: "addTableColumn";
  readonly sheet: string;
  readonly table: string;
  readonly index: number;
  readonly header: string;
}

/** Writes literal values into cells the add-in owns. */
export interface SetValuesStep {
  readonly kind: "setValues";
  readonly sheet: string;
  readonly address: string;
  readonly values: Grid;
  /** A number format for every cell written (a date's "yyyy-mm-dd"); the cells keep theirs when absent. */
  readonly numberFormat?: string;
}

/**
 * Creates a workbook-scoped defined name, or (with `replace`) points an existing one at `formula`.
 * `formula` starts with "=".
 */
export interface DefineNameStep {
  readonly kind: "defineName";
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly replace: boolean;
}

/**
 * Replaces the data validation on a range with an in-cell dropdown whose items come from `source`
 * (a formula such as "=RatingLevels", never an inline list) and a Stop alert for anything else.
 */
export interface ListValidationStep {
  readonly kind: "listValidation";
  readonly sheet: string;
  readonly address: string;
  readonly source: string;
  /** Title and text of the Stop alert Excel shows for a value not in the list (32 and 225 characters at most). */
  readonly alertTitle: string;
  readonly alertMessage: string;
}

/** One rule: cells whose value equals `equals` (as Excel compares, ignoring case) get these colours. */
export interface ColourRule {
  readonly equals: string;
  readonly fill: HexColour;
  readonly font: HexColour;
}

/**
 * Replaces every conditional format on a range the add-in owns with these rules, first rule at the
 * highest priority.
 */
export interface ColourRulesStep {
  readonly kind: "colourRules";
  readonly sheet: string;
  readonly address: string;
  readonly rules: readonly ColourRule[];
}

export interface ColumnLayout {
  /** 0-based column index on the sheet. */
  readonly column: number;
  /** Width in characters of the default font, as Excel's column-width box shows it. */
  readonly width: number;
  readonly wrap: boolean;
}

/** Sets column widths and wrapping; every cell of these columns is aligned to the top, so a wrapped neighbour does not leave a short text floating at the bottom of a tall row. */
export interface ColumnLayoutStep {
  readonly kind: "columnLayout";
  readonly sheet: string;
  readonly columns: readonly ColumnLayout[];
}

export interface FreezeRowsStep {
  readonly kind: "freezeRows";
  readonly sheet: string;
  readonly rows: number;
}

export interface ActivateSheetStep {
  readonly kind: "activateSheet";
  readonly sheet: string;
}

/**
 * Which rows a table column filter keeps. "values": cells whose text is one of `values` (ignoring
 * case, as Excel's filter does), plus blank cells when `blanks`. "before": cells holding a date
 * (or number) below the Excel serial `serial`; text and blank cells are hidden.
 */
export type ColumnFilter =
  | { readonly kind: "values"; readonly values: readonly string[]; readonly blanks: boolean }
  | { readonly kind: "before"; readonly serial: number };

/**
 * Sets the filter of one column of a table (the header as read), replacing any filter on that
 * column and leaving the other columns' filters alone. Filters hide rows; they never change a cell.
 */
export interface FilterColumnStep {
  readonly kind: "filterColumn";
  readonly sheet: string;
  readonly table: string;
  readonly column: string;
  readonly filter: ColumnFilter;
}

/** Removes the filter of one column of a table; the other columns' filters stay. */
export interface ClearColumnFilterStep {
  readonly kind: "clearColumnFilter";
  readonly sheet: string;
  readonly table: string;
  readonly column: string;
}

/**
 * Writes rows directly below a table (the core has checked those cells are empty) and makes the
 * table cover them: `address` is where the rows go, `tableAddress` the table's whole range after.
 * Co-authoring safe: no `rows.add`. Strings are literal text.
 */
export interface AppendTableRowsStep {
  readonly kind: "appendTableRows";
  readonly sheet: string;
  readonly table: string;
  readonly address: string;
  readonly rows: Grid;
  /** Number format per column of the new rows (e.g. "yyyy-mm-dd" for a due date); null leaves it. */
  readonly numberFormats?: readonly (string | null)[];
  readonly tableAddress: string;
}

/**
 * Adds a slicer on a table column, its top-left corner at the cell `anchor` of `sheet`. A host
 * without slicers skips it with a reason; so does one whose workbook already has a slicer `name`.
 */
export interface AddSlicerStep {
  readonly kind: "addSlicer";
  readonly sheet: string;
  readonly table: string;
  readonly column: string;
  readonly name: string;
  readonly caption: string;
  readonly anchor: string;
}

/**
 * Deletes a worksheet with everything on it (its tables and charts go with it; workbook-scoped names
 * that referred to it are left pointing at #REF!). The core plans this only for a sheet the add-in
 * generated, and only after the user confirmed. Excel cannot undo it.
 */
export interface DeleteSheetStep {
  readonly kind: "deleteSheet";
  readonly sheet: string;
}

/** How the sheet prints. Needs ExcelApi 1.9 in Excel: skipped with a reason where missing. */
export interface PageSetupStep {
  readonly kind: "pageSetup";
  readonly sheet: string;
  readonly orientation: "landscape" | "portrait";
  readonly paper: "A4";
  /** Scale the print to this many pages wide, as many pages tall as needed. */
  readonly fitToPagesWide: number;
  /** Scale so the sheet is at most this many pages tall too; absent: as many pages as the rows need. */
  readonly fitToPagesTall?: number;
  /** Rows printed again at the top of every page (Excel's print titles), 0-based; absent: none. */
  readonly repeatRows?: RowSpan;
  /** Whole columns printed again at the left of every page, 0-based (`first` column, `count` columns); absent: none. */
  readonly repeatColumns?: { readonly first: number; readonly count: number };
  /** The sheet's name on the left of the footer and "Page 1 of 3" in its centre. */
  readonly pageNumbers?: boolean;
}

/** Whole sheet rows, 0-based: `count` rows from `first`. */
export interface RowSpan {
  readonly first: number;
  readonly count: number;
}

/**
 * Makes whole rows tall enough for the text in them, wrapped at their column widths. Excel fits
 * them itself (autofit); a file writer, which has no layout engine, sets a height estimated from
 * the text and the column widths (row-height.ts). Rows are never made shorter than one line.
 */
export interface FitRowsStep {
  readonly kind: "fitRows";
  readonly sheet: string;
  readonly rows: RowSpan;
}

/**
 * Sets the height of whole rows, in points. For rows Excel cannot fit by itself: a merged cell's
 * text (Excel's autofit ignores merged cells), whose height the core works out (row-height.ts).
 */
export interface RowHeightStep {
  readonly kind: "rowHeight";
  readonly sheet: string;
  readonly rows: RowSpan;
  readonly height: number;
}

/** Merges a block into one cell (the top-left cell's value stays; the others must be empty). */
export interface MergeCellsStep {
  readonly kind: "mergeCells";
  readonly sheet: string;
  readonly address: string;
}

/** Font and wrapping of cells the add-in wrote (a title, a heading); what is absent is left as it is. */
export interface CellStyleStep {
  readonly kind: "cellStyle";
  readonly sheet: string;
  readonly address: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  readonly colour?: HexColour;
  readonly wrap?: boolean;
}

/**
 * A chart of a block of cells (header row and first column as labels, one series per column),
 * placed over the cells from `topLeft` to `bottomRight`. Skipped with a reason where charts are missing.
 */
export interface AddChartStep {
  readonly kind: "addChart";
  readonly sheet: string;
  readonly chartType: "ColumnClustered";
  readonly source: string;
  readonly title: string;
  readonly topLeft: string;
  readonly bottomRight: string;
}

export interface Plan {
  /** What the plan does, in a sentence for the task pane, e.g. "Set up the rating workbook". */
  readonly title: string;
  readonly steps: readonly PlanStep[];
}

/** A step a host could not carry out, and why, in words for the user. */
export interface SkippedStep {
  readonly step: PlanStep;
  readonly reason: string;
}

export interface PlanOutcome {
  readonly skipped: readonly SkippedStep[];
}
