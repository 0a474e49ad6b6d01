import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/checks";

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} 0` },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  message: { margin: 0, overflowWrap: "anywhere" },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly busy: boolean;
  readonly onGoTo: (finding: Finding) => void;
  readonly onFix: (finding: Finding, value: string) => void;
}

/** One finding: where it is (a button that selects the cell), what is wrong, and its fix if any. */
export function FindingItem({ finding, busy, onGoTo, onFix }: FindingItemProps) {
  const styles = useStyles();
  const place = finding.address === "" ? finding.sheet : `${finding.sheet}!${finding.address}`;
  return (
    <li className={styles.item}>
      <p className={styles.message}>{finding.message}</p>
      <div className={styles.actions}>
        {finding.address !== "" && (
          <Button size="small" onClick={() => onGoTo(finding)}>
            {`Go to ${place}`}
          </Button>
        )}
        {finding.fix !== undefined && (
          <Button size="small" aria-label={`Fix ${place}`} disabledFocusable={busy} onClick={() => onFix(finding, finding.fix?.value ?? "")}>
            Fix
          </Button>
        )}
        {finding.fix === undefined && finding.suggestion !== undefined && (
          <Button
            size="small"
            aria-label={`Use "${finding.suggestion}" in ${place}`}
            disabledFocusable={busy}
            onClick={() => onFix(finding, finding.suggestion ?? "")}
          >
            {`Use "${finding.suggestion}"`}
          </Button>
        )}
      </div>
    </li>
  );
}
