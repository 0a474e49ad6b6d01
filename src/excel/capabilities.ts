import type { HostCapabilities } from "../core/workbook-host";

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/**
 * Excel on the web refuses a request over 5 MB (RequestPayloadSizeLimitExceeded). Our estimate of a
 * request counts only the values written, so we keep a fifth in hand for everything else in it.
 */
export const REQUEST_BYTES = 4 * 1024 * 1024;

/** Features above the manifest's minimum (ExcelApi 1.7) are detected, never assumed. */
export function detectCapabilities(): HostCapabilities {
  const dataValidation = supports("1.8");
  const slicers = supports("1.10");
  const pageLayout = supports("1.9");
  const charts = supports("1.1");
  return {
    pageLayout,
    pageLayoutNote: pageLayout
      ? ""
      : "The print settings (A4 landscape, one page wide) were not set: this version of Excel does not let add-ins change them (it needs ExcelApi 1.9). Set them in Page Layout if you print the sheet.",
    charts,
    chartsNote: charts ? "" : "The chart was not added: this version of Excel does not let add-ins make charts.",
    requestBytes: REQUEST_BYTES,
    // Column filters are ExcelApi 1.2, below the manifest's minimum: every Excel that loads us has them.
    filters: true,
    filtersNote: "",
    slicers,
    slicersNote: slicers
      ? ""
      : "This version of Excel cannot add slicers from add-ins (it needs ExcelApi 1.10: Excel 2021, Microsoft 365 or Excel on the web). The filter buttons work without one.",
    tableResize: supports("1.13"),
    dataValidation,
    dataValidationNote: dataValidation
      ? ""
      : "Dropdowns were not added: this version of Excel does not support data validation from add-ins (it needs ExcelApi 1.8, in Excel 2021, Microsoft 365 and Excel on the web). Everything else was done.",
  };
}
