import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ReplaceSummaryPromptProps {
  readonly sheet: string;
  readonly onReplace: () => void;
  readonly onSecondSheet: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before replacing a summary sheet the add-in made today. Inline rather than a modal: the pane
 * is narrow, and focus moves to the question; Escape cancels.
 */
export function ReplaceSummaryPrompt({ sheet, onReplace, onSecondSheet, onCancel }: ReplaceSummaryPromptProps) {
  const styles = useStyles();
  const titleId = useId();
  const textId = useId();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={textId}
      className={styles.box}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <h3 id={titleId} className={styles.title}>
        Replace “{sheet}”?
      </h3>
      <p id={textId}>
        Rating Matrix made this sheet earlier today. Replacing it deletes the sheet and anything typed on it, then
        writes it again. No other sheet is changed.
      </p>
      <div className={styles.buttons}>
        <Button ref={first} appearance="primary" onClick={onReplace}>
          Replace the sheet
        </Button>
        <Button onClick={onSecondSheet}>Make a second sheet</Button>
        <Button onClick={onCancel}>Cancel</Button>
      </div>
    </div>
  );
}
