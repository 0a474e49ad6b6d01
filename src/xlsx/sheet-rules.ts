import type { ConditionalFormattingOptions, DataValidation, Worksheet } from "exceljs";

/** exceljs keeps validation per address, one cell ("C2") or a range ("C2:C11"); its typings omit it. */
export type ValidationModel = Record<string, DataValidation | undefined>;

export function validationModel(ws: Worksheet): ValidationModel {
  return (ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
}

/** exceljs keeps a sheet's conditional formats in a list its typings do not declare. */
export function conditionalFormats(ws: Worksheet): ConditionalFormattingOptions[] {
  return (ws as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings;
}

export function setConditionalFormats(ws: Worksheet, formats: ConditionalFormattingOptions[]): void {
  (ws as unknown as { conditionalFormattings: ConditionalFormattingOptions[] }).conditionalFormattings = formats;
}
