import type { Plan, PlanOutcome } from "./plan";
import type { WorkbookSnapshot } from "./workbook-snapshot";

/**
 * What this host's Excel can do; each false feature is skipped with a reason, never failed. The
 * skip policy (skip-policy.ts) turns these into reasons, for the hosts and for the pane's buttons.
 */
export interface HostCapabilities {
  /** List data validation (ExcelApi 1.8). */
  readonly dataValidation: boolean;
  /** Why data validation is missing, in words for the user; empty when it is there. */
  readonly dataValidationNote: string;
  /** Filters on a table's columns (ExcelApi 1.2 in Excel; an .xlsx file written here has none). Absent means no. */
  readonly filters?: boolean;
  /** Why filters are missing, in words for the user; empty when they are there. */
  readonly filtersNote?: string;
  /** Table slicers (ExcelApi 1.10). Absent means no. */
  readonly slicers?: boolean;
  /** Why slicers are missing, in words for the user; empty when they are there. */
  readonly slicersNote?: string;
  /** `Table.resize` (ExcelApi 1.13), so appended rows join the table even with auto-expansion off. Absent means no. */
  readonly tableResize?: boolean;
  /** Print page set-up (ExcelApi 1.9 in Excel). Absent means not available. */
  readonly pageLayout?: boolean;
  readonly pageLayoutNote?: string;
  /** Charts (ExcelApi 1.1 in Excel). Absent means not available. */
  readonly charts?: boolean;
  readonly chartsNote?: string;
  /**
   * Largest request, in bytes, the host can send in one round trip (Excel on the web refuses more
   * than 5 MB). Absent means no limit (a file writer). Workflows split big writes to stay under it.
   */
  readonly requestBytes?: number;
}

/** Which sheets and tables a host reads: the ones the workbook contract names. */
export interface ReadRequest {
  readonly tables: readonly string[];
  readonly sheets: readonly string[];
  /**
   * Also read this many rows directly below each requested table (TableSnapshot.below), to check
   * they are empty before appending. Absent or 0: not read.
   */
  readonly rowsBelow?: number;
  /**
   * Also read these blocks of cells (WorkbookSnapshot.cells), on sheets that exist: to check that
   * cells are empty before a table goes there. In the same round trip as the tables.
   */
  readonly cells?: readonly SheetBlock[];
}

/** A block of cells on a named sheet, e.g. { sheet: "Lists", address: "N1:O3" }. */
export interface SheetBlock {
  readonly sheet: string;
  readonly address: string;
}

/**
 * The one small interface between the task pane (or a command line) and a workbook. An Excel host
 * reads in one round trip and carries out a plan in one more.
 */
export interface WorkbookHost {
  readonly capabilities: HostCapabilities;
  read(request: ReadRequest): Promise<WorkbookSnapshot>;
  apply(plan: Plan): Promise<PlanOutcome>;
  /** Selects a cell or range so the user sees it (e.g. the cell a finding points at). */
  select(sheet: string, address: string): Promise<void>;
  /**
   * Calls `listener` after the user changes the workbook; changes the add-in makes itself are not
   * reported. Resolves to a function that stops watching. Hosts that cannot watch resolve to null,
   * and the pane offers a manual refresh instead.
   */
  watch(listener: () => void): Promise<(() => Promise<void>) | null>;
}
