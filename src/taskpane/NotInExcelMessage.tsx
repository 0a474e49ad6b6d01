import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

const OPEN_FROM_EXCEL = "Rating Matrix works inside Excel. Open a workbook in Excel, then choose Rating Matrix on the Home tab.";

/** Shown when the pane runs outside Excel (or Excel did not answer), where nothing in it could work. */
export function NotInExcelMessage({ reason }: { reason?: string | undefined }) {
  const detail = reason?.trim() ?? "";
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Rating Matrix is not connected to Excel</MessageBarTitle>
        <div>{detail === "" ? OPEN_FROM_EXCEL : detail}</div>
        <div>
          {/* A plain link: Fluent's Link would add 1.5 KiB to the first paint for this one message. */}
          To try it without Excel, <a href="preview.html">open the preview</a>: the same task pane on a sample
          workbook or an .xlsx file of your own.
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
