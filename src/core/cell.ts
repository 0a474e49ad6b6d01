/** A value as the core reads it from, or plans to write into, a worksheet cell. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cell values, row by row. */
export type Grid = CellValue[][];
