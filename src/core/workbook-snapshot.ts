/**
 * What a host reads from a workbook, before the core makes sense of it: raw grids, exactly as the
 * host found them. Cells are `unknown` because a host may hand back anything (numbers, booleans,
 * error strings such as "#N/A", dates as serial numbers, very long text).
 */
export interface WorkbookSnapshot {
  /** Worksheet names in tab order. */
  readonly sheetNames: readonly string[];
  /** Every table's name and sheet, whether or not its cells were read. */
  readonly tableNames: readonly TableLocation[];
  /** The tables the add-in owns, with their cells, when they exist. */
  readonly tables: readonly TableSnapshot[];
  /** The used range of the sheets the add-in owns, for sheets that exist (to spot content). */
  readonly sheets: readonly SheetSnapshot[];
  /** Workbook-scoped defined names. */
  readonly names: readonly DefinedName[];
  /** The blocks the request asked for (ReadRequest.cells) on sheets that exist; absent when none were asked for. */
  readonly cells?: readonly BlockSnapshot[];
}

export interface BlockSnapshot {
  readonly sheet: string;
  /** As asked for, e.g. "N1:O3". */
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
}

export interface TableLocation {
  readonly name: string;
  readonly sheet: string;
}

export interface TableSnapshot extends TableLocation {
  /** The table's whole range, header row included, e.g. "A1:F11". */
  readonly address: string;
  /** Header row first, then the data body. */
  readonly values: readonly (readonly unknown[])[];
  /** The rows right below the table, when the request asked for them (ReadRequest.rowsBelow). */
  readonly below?: readonly (readonly unknown[])[];
}

export interface SheetSnapshot {
  readonly name: string;
  /** Address of the used range, or null when the sheet is empty. */
  readonly usedAddress: string | null;
  readonly values: readonly (readonly unknown[])[];
}

export interface DefinedName {
  readonly name: string;
  readonly formula: string;
}

export const EMPTY_WORKBOOK: WorkbookSnapshot = {
  sheetNames: ["Sheet1"],
  tableNames: [],
  tables: [],
  sheets: [],
  names: [],
};
