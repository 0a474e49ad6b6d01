import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { isOverdue } from "../core/action-progress";
import type { ActionItem } from "../core/rating-workbook";
import { longDate } from "./long-date";

/** More rows than a pane can usefully show; a filter narrows the list. */
const MAX_SHOWN = 100;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  item: { minWidth: 0 },
  pick: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    minWidth: 0,
    textAlign: "left",
    font: "inherit",
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  picked: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  // Long next steps wrap, even a word longer than the pane; nothing is cut off.
  step: { overflowWrap: "anywhere", fontWeight: tokens.fontWeightSemibold },
  facts: { display: "flex", flexWrap: "wrap", gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`, minWidth: 0, color: tokens.colorNeutralForeground2 },
  fact: { overflowWrap: "anywhere", minWidth: 0 },
  badge: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: "anywhere",
  },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3 },
});

function dueText(item: ActionItem): string {
  if (item.due !== null) return `Due ${longDate(item.due)}`;
  const raw = typeof item.dueRaw === "string" ? item.dueRaw.trim() : "";
  return raw === "" ? "No due date" : `Due "${raw}" (text)`;
}

export interface ActionListProps {
  readonly items: readonly ActionItem[];
  readonly total: number;
  /** The filters in words ("status Blocked, owner Jo Park"), or "" for none. */
  readonly filtersText: string;
  readonly today: string;
  /** The row picked for Change status (sheet row), or null. */
  readonly picked: number | null;
  readonly onPick: (item: ActionItem) => void;
}

/**
 * The actions the filters show, each with its owner, due date and status; picking one chooses it
 * in Change status below.
 */
export function ActionList({ items, total, filtersText, today, picked, onPick }: ActionListProps) {
  const styles = useStyles();
  const noteId = useId();
  const shown = items.slice(0, MAX_SHOWN);
  const count = items.length === total ? `All ${total} actions` : `${items.length} of ${total} actions`;
  const label = filtersText === "" ? count : `${count} (filtered by ${filtersText})`;
  return (
    <>
      <p id={noteId} className={styles.note}>
        {label}
        {items.length > MAX_SHOWN ? `; the first ${MAX_SHOWN} are listed, a filter narrows the list` : ""}. Pick one to change its status.
      </p>
      {items.length === 0 ? (
        <p className={styles.note}>No action matches the filters.</p>
      ) : (
        <ul className={styles.list} aria-label="Actions shown" aria-describedby={noteId}>
          {shown.map((item) => {
            const status = item.statusText.trim();
            const late = isOverdue(item, today);
            return (
              <li key={item.row} className={styles.item}>
                <button type="button" className={mergeClasses(styles.pick, picked === item.row && styles.picked)} aria-pressed={picked === item.row} onClick={() => onPick(item)}>
                  <span className={styles.step}>
                    {item.ref !== "" ? `${item.ref}: ` : ""}
                    {item.nextStep}
                  </span>
                  <span className={styles.facts}>
                    <span className={styles.fact}>{item.owner.trim() === "" ? "No owner" : item.owner.trim()}</span>
                    <span className={mergeClasses(styles.fact, late && styles.overdue)}>
                      {dueText(item)}
                      {late ? " (overdue)" : ""}
                    </span>
                    <span className={styles.badge} style={item.status ? { backgroundColor: item.status.fill, color: item.status.font } : undefined}>
                      {status === "" ? "No status" : status}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
