import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { MessageList } from "./WorkflowResultMessage";

export interface BlockedPanelProps {
  readonly title: string;
  readonly problems: readonly string[];
  readonly onCheckAgain: () => void;
  readonly disabled: boolean;
}

/** Why the workbook cannot be set up as it is, and a way to look again once the user has fixed it. */
export function BlockedPanel({ title, problems, onCheckAgain, disabled }: BlockedPanelProps) {
  return (
    <>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <MessageList items={problems} />
        </MessageBarBody>
      </MessageBar>
      <p>Fix this in Excel, then check the workbook again.</p>
      <div>
        <Button onClick={onCheckAgain} disabledFocusable={disabled}>
          Check again
        </Button>
      </div>
    </>
  );
}
