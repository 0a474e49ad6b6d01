import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ScaleLevel } from "../core/rating-scale";

const useStyles = makeStyles({
  swatch: {
    display: "inline-block",
    flexShrink: 0,
    width: "14px",
    height: "14px",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: "middle",
  },
  empty: { backgroundColor: "transparent", border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
});

/**
 * The level's colours as the cell shows them. Decoration only (hidden from screen readers): the
 * level's name is always written beside it, so no one depends on the colour.
 */
export function RatingSwatch({ level }: { level: ScaleLevel | undefined }) {
  const styles = useStyles();
  if (level === undefined) return <span aria-hidden="true" className={mergeClasses(styles.swatch, styles.empty)} />;
  return <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: level.fill, borderColor: level.font }} />;
}
