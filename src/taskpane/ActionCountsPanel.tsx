import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ActionCounts, OpenGroup } from "../core/action-counts";
import { longDate } from "./long-date";

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  badge: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  totals: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { textAlign: "left", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}` } },
  number: { textAlign: "right" },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function GroupTable({ caption, heading, groups, none }: { caption: string; heading: string; groups: readonly OpenGroup[]; none: string }) {
  const styles = useStyles();
  if (groups.length === 0) return null;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className={styles.number}>
            Open
          </th>
        </tr>
      </thead>
      <tbody>
        {groups.map((group) => (
          <tr key={group.name}>
            <th scope="row">{group.name === "" ? none : group.name}</th>
            <td className={styles.number}>{group.open}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Counts per status in the status colours (the label is always written, colour is never the only cue). */
export function ActionCountsPanel({ counts }: { counts: ActionCounts }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.totals}>
        <span>{plural(counts.total, "action", "actions")}</span>
        <span>{counts.open} open</span>
        <span>
          {counts.overdue} overdue <span aria-hidden="true">·</span> <span>due before {longDate(counts.today)}</span>
        </span>
      </div>
      <ul className={styles.list} aria-label="Actions by status">
        {counts.statuses.map(({ status, count }) => (
          <li key={status.label} className={styles.item}>
            <span className={styles.badge} style={{ backgroundColor: status.fill, color: status.font }}>
              {status.label}
              {status.open ? "" : " (closed)"}
            </span>
            <span>{count}</span>
          </li>
        ))}
        {counts.blank > 0 && (
          <li className={styles.item}>
            <span className={styles.badge}>No status</span>
            <span>{counts.blank}</span>
          </li>
        )}
        {counts.unknown.map((unknown) => (
          <li key={unknown.text} className={styles.item}>
            <span className={styles.badge}>{unknown.text} (not in the list)</span>
            <span>{unknown.count}</span>
          </li>
        ))}
      </ul>
      {counts.unknown.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Statuses not in the status list</MessageBarTitle>
            These are counted as open. Pick a status from the dropdown, or add the status to the ActionStatuses table on the
            Lists sheet:
            <ul>
              {counts.unknown.map((unknown) => (
                <li key={unknown.text}>
                  "{unknown.text}": {plural(unknown.count, "action", "actions")} ({unknown.cells.join(", ")})
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <GroupTable caption="Open actions per owner" heading="Owner" groups={counts.openByOwner} none="No owner" />
      <GroupTable caption="Open actions per theme" heading="Theme" groups={counts.openByTheme} none="No theme" />
    </>
  );
}
