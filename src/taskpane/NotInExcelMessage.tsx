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
      </MessageBarBody>
    </MessageBar>
  );
}
