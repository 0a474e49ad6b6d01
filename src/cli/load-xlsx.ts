import type * as XlsxFile from "../xlsx/xlsx-file";

/**
 * The .xlsx host, loaded when a command first reads or writes a workbook. Loading exceljs takes
 * longer than all the rest of the command line, so `--help`, a mistyped option or `import --json`
 * must not wait for it: commands reach the host only through this function, never by a static
 * import (test/cli/start-up.test.ts checks which libraries each command loads).
 */
export function loadXlsxHost(): Promise<typeof XlsxFile> {
  return import("../xlsx/xlsx-file");
}
