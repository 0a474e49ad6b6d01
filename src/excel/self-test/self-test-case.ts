/**
 * One check of an office-js behaviour the add-in relies on and that the office-js fake in
 * test/office-fake only assumes (its README's "Guesses"). The self-test page runs each case in
 * Excel on a scratch sheet of its own, removed afterwards.
 */
export interface SelfTestCase {
  /** Short and stable: the fake's README and the report refer to it. */
  readonly id: string;
  /** What the add-in and the fake assume, in a sentence. */
  readonly assumption: string;
  /** Requirement set the case needs (ExcelApi), when above the manifest's 1.7. */
  readonly needs?: string;
  readonly run: (scratch: Scratch) => Promise<CaseOutcome>;
}

/** What a case found: whether Excel did what the fake assumes, and what it saw, in words. */
export interface CaseOutcome {
  readonly pass: boolean;
  readonly observed: string;
}

/** Where a case works: its context, its own empty sheet, and names no one else uses. */
export interface Scratch {
  readonly context: Excel.RequestContext;
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  /** "Office on the web" is "OfficeOnline"; the desktop apps "PC" and "Mac". */
  readonly platform: string;
  /** A table or defined name unique to this run, e.g. name("Levels") -> "RMSelfTest123Levels". */
  name(part: string): string;
  /** A workbook-scoped defined name the case added: removed with the sheet. */
  addedName(name: string): void;
}

/** The error code office-js gave (RichApi.Error's code), or the message of anything else. */
export function errorCode(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof (error as { code: unknown }).code === "string") {
    return (error as { code: string }).code;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Writes a table (header row and rows) at `address` on the scratch sheet and names it. */
export function addTable(scratch: Scratch, address: string, header: readonly string[], rows: readonly (readonly (string | number)[])[], name: string): Excel.Table {
  const range = scratch.sheet.getRange(address);
  range.values = [[...header], ...rows.map((row) => [...row])];
  const table = scratch.sheet.tables.add(range, true);
  table.name = name;
  return table;
}

/** "yes"/"no" for each row's rowHidden, e.g. "R1 shown, R2 hidden". */
export function describeRows(labels: readonly string[], hidden: readonly (boolean | null)[]): string {
  return labels.map((label, i) => `${label} ${hidden[i] === true ? "hidden" : hidden[i] === false ? "shown" : "mixed"}`).join(", ");
}
