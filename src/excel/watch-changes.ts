/**
 * Reports user edits anywhere in the workbook (ExcelApi 1.9 `worksheets.onChanged`). The add-in's
 * own writes are skipped using `triggerSource` (ExcelApi 1.14); on 1.9-1.13 they are reported too,
 * which costs only an extra re-read. Without 1.9 nothing is watched and the caller is told so.
 */
export async function watchWorkbookChanges(listener: () => void): Promise<(() => Promise<void>) | null> {
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return null;
  const registration = await Excel.run(async (ctx) => {
    const handler = ctx.workbook.worksheets.onChanged.add(async (event) => {
      if (event.triggerSource === "ThisLocalAddin") return;
      listener();
    });
    await ctx.sync();
    return handler;
  });
  return async () => {
    // Removing needs the context the handler was added with.
    await Excel.run(registration.context, async (ctx) => {
      registration.remove();
      await ctx.sync();
    });
  };
}
