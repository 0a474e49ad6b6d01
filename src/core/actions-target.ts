import { cellText } from "./ratings-columns";
import type { ActionsTable } from "./rating-workbook";
import { findTable } from "./workbook-lookup";
import type { TableSnapshot, WorkbookSnapshot } from "./workbook-snapshot";

/** The Actions table as an Excel table the add-in can filter and append to, with its headers as read. */
export interface ActionsTarget {
  readonly sheet: string;
  readonly table: string;
  /** The header text of the Status, Due and Owner columns; null when the table lacks one. */
  readonly statusColumn: string | null;
  readonly dueColumn: string | null;
  readonly ownerColumn: string | null;
  readonly snapshot: TableSnapshot;
}

/** Finds the Excel table behind the Actions block, or says why there is none to work on. */
export function actionsTarget(snapshot: WorkbookSnapshot, actions: ActionsTable | null): ActionsTarget | { problem: string } {
  if (actions === null) return { problem: "There is no Actions table. Set up the workbook first (Set up tab)." };
  const name = actions.source.table;
  const table = name === null ? undefined : findTable(snapshot, name);
  if (!table) {
    return {
      problem: `The actions on the sheet "${actions.source.sheet}" are not an Excel table, so they cannot be filtered or added to. Select them and use Insert > Table, and name the table "Actions".`,
    };
  }
  const header = table.values[0] ?? [];
  const headerOf = (column: number): string | null => {
    if (column < 0) return null;
    const text = cellText(header[column - actions.source.left]);
    return text === "" ? null : text;
  };
  return { sheet: table.sheet, table: table.name, statusColumn: headerOf(actions.columns.status), dueColumn: headerOf(actions.columns.due), ownerColumn: headerOf(actions.columns.owner), snapshot: table };
}
