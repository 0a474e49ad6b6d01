import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useOpenView } from "./view-navigation";

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface NoRatingsTableProps {
  /** What the view would show, e.g. "rate areas"; completes "To rate areas, …". */
  readonly purpose: string;
  readonly onCheckAgain: () => void;
}

/**
 * A workbook with no Ratings table is not broken, it is new: offer the two ways to start one instead
 * of an error to fix in Excel.
 */
export function NoRatingsTable({ purpose, onCheckAgain }: NoRatingsTableProps) {
  const styles = useStyles();
  const openView = useOpenView();
  return (
    <>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This workbook has no Ratings table yet</MessageBarTitle>
          {`To ${purpose}, first set up a rating workbook, or import the ratings of a published review.`}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        {openView !== null && (
          <>
            <Button appearance="primary" onClick={() => openView("set-up")}>
              Set up a rating workbook
            </Button>
            <Button onClick={() => openView("import")}>Import a review</Button>
          </>
        )}
        <Button onClick={onCheckAgain}>Check again</Button>
      </div>
    </>
  );
}
