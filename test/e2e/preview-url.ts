/** The address of the preview built and served once by global-setup.ts for all real-application suites. */
export function previewUrl(): string {
  const url = process.env.RATING_MATRIX_PREVIEW_URL;
  if (url === undefined || url === "") throw new Error("The preview was not built: run these tests through jest's real-apps project (global-setup.ts).");
  return url;
}
