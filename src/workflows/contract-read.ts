import type { ReadRequest } from "../core/workbook-host";
import { SHEETS, TABLES } from "../core/workbook-contract";

/** Everything the add-in owns: read in one round trip (two when a sheet lacks its table). */
export const CONTRACT_READ: ReadRequest = {
  tables: Object.values(TABLES),
  sheets: Object.values(SHEETS),
};
