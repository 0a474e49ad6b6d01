import type { HostCapabilities } from "../core/workbook-host";

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Features above the manifest's minimum (ExcelApi 1.7) are detected, never assumed. */
export function detectCapabilities(): HostCapabilities {
  const dataValidation = supports("1.8");
  const slicers = supports("1.10");
  return {
    slicers,
    slicersNote: slicers
      ? ""
      : "This version of Excel cannot add slicers from add-ins (it needs ExcelApi 1.10: Excel 2021, Microsoft 365 or Excel on the web). The filter buttons work without one.",
    tableResize: supports("1.13"),
    dataValidation,
    dataValidationNote: dataValidation
      ? ""
      : "Dropdowns were not added: this version of Excel does not support data validation from add-ins (it needs ExcelApi 1.8, in Excel 2021, Microsoft 365 and Excel on the web). Colours and tables were still set up.",
  };
}
