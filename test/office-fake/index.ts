/**
 * A strict in-memory fake of the office-js Excel subset Rating Matrix uses. See README.md.
 *
 *   const fake = createFakeExcel({ excelApi: "1.7" });
 *   installFakeOffice(fake);            // sets globalThis.Excel / Office / OfficeExtension
 *   ... run host code ...
 *   expect(fake.syncCount).toBe(2);
 *   uninstallFakeOffice();
 */
export {
  FakeExcel,
  createFakeExcel,
  installFakeOffice,
  uninstallFakeOffice,
  type CellInfo,
  type ConditionalFormatInfo,
  type FakeExcelOptions,
  type SeedConditionalFormat,
  type SeedValue,
  type TableInfo,
  type WorkbookValues,
} from "./fake-excel";
export { FakeErrorCodes, FakeOfficeError, isFakeOfficeError, type FakeDebugInfo, type FakeErrorCode } from "./errors";
export { FORMULA_VALUE, type CellScalar } from "./values-parsing";
export type { OperationRecord, JsonValue, ConditionalRule, CellValueRule, ConditionalFormatType } from "./workbook-model";
export type { ValidationEntry, ValidationRule, ValidationErrorAlert, ValidationPrompt } from "./validation-store";
export type { FakeRequestContext } from "./request-context";
export type { FakeBatch } from "./office-globals";
export { columnFilters, visibleRows, type FilterCriteriaModel } from "./table-filters";
