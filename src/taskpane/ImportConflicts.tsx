import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { RatingConflict } from "../workflows/import-review";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export interface ImportConflictsProps {
  readonly conflicts: readonly RatingConflict[];
  readonly busy: boolean;
  readonly onReplace: () => void;
  readonly onKeep: () => void;
}

/** Ratings already in the workbook that the import would change: nothing is written until the user says. */
export function ImportConflicts({ conflicts, busy, onReplace, onKeep }: ImportConflictsProps) {
  const styles = useStyles();
  const n = conflicts.length;
  return (
    <div className={styles.stack}>
      <MessageBar intent="warning" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{n === 1 ? "1 rating in the workbook differs" : `${n} ratings in the workbook differ`}</MessageBarTitle>
          Nothing has been written yet.
          <ul className={styles.list}>
            {conflicts.map((c) => (
              <li key={c.id}>
                {c.area}, {c.round} ({c.sheet}!{c.address}): "{c.existing}" in the workbook, "{c.imported}" in the report
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onKeep} disabled={busy}>
          Keep the workbook's ratings
        </Button>
        <Button onClick={onReplace} disabled={busy}>
          {n === 1 ? "Replace it with the report's" : `Replace these ${n} with the report's`}
        </Button>
      </div>
    </div>
  );
}
