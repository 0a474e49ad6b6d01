import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect } from "react";
import { useReveal } from "./use-reveal";
import type { WorkflowOutcome } from "./use-workflow-run";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** Plain lines as a list under a title; problems and notices are read one by one. */
export function MessageList({ items }: { items: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * Success (with any notices as a warning) or the problems that stopped a workflow, scrolled into
 * sight when it appears; place it next to the control that started the workflow.
 */
export function WorkflowResultMessage({ outcome, revealKey }: { outcome: WorkflowOutcome; revealKey?: unknown }) {
  const styles = useStyles();
  const ref = useReveal<HTMLDivElement>(outcome);
  // Scrolled into sight again when `revealKey` changes: the view re-read the workbook and grew above it.
  useEffect(() => {
    if (revealKey !== undefined) ref.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [revealKey, ref]);
  const { result } = outcome;
  if (!result.ok) {
    return (
      <MessageBar ref={ref} intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{outcome.failureTitle}</MessageBarTitle>
          <MessageList items={result.problems} />
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div ref={ref} className={styles.stack}>
      <MessageBar intent="success" layout="multiline" role="status">
        <MessageBarBody>
          <MessageBarTitle>{outcome.successTitle}</MessageBarTitle>
          <div>{result.message}</div>
        </MessageBarBody>
      </MessageBar>
      {result.notices.length > 0 && (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>
            <MessageBarTitle>Please note</MessageBarTitle>
            <MessageList items={result.notices} />
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
