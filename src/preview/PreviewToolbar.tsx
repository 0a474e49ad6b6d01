import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  intro: { margin: 0, marginRight: tokens.spacingHorizontalL },
  hidden: { display: "none" },
});

export interface PreviewToolbarProps {
  readonly onOpen: (file: File) => void;
  readonly onSample: () => void;
  readonly onEmpty: () => void;
  readonly onDownload: () => void;
  readonly busy: boolean;
}

/** Choose the workbook the preview works on, and take the result away. */
export function PreviewToolbar({ onOpen, onSample, onEmpty, onDownload, busy }: PreviewToolbarProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.bar}>
      <p className={styles.intro}>
        <strong>Preview outside Excel.</strong> The task pane works on a copy of a workbook in this browser tab.
      </p>
      <Button onClick={() => input.current?.click()} disabled={busy}>
        Open a workbook…
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label="Open a workbook"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onOpen(file);
        }}
      />
      <Button onClick={onSample} disabled={busy}>
        Load the sample workbook
      </Button>
      <Button onClick={onEmpty} disabled={busy}>
        New empty workbook
      </Button>
      <Button appearance="primary" onClick={onDownload} disabled={busy}>
        Download workbook
      </Button>
    </div>
  );
}
