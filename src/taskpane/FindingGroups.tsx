import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { groupFindings, type Finding, type FindingGroup } from "../core/checks";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

/** Long groups (thousands of overdue actions) show this many until asked for more. */
const FIRST_SHOWN = 50;

interface GroupProps {
  readonly group: FindingGroup;
  readonly busy: boolean;
  readonly onGoTo: (finding: Finding) => void;
  readonly onFix: (finding: Finding, value: string) => void;
}

function Group({ group, busy, onGoTo, onFix }: GroupProps) {
  const styles = useStyles();
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  const count = group.findings.length;
  return (
    <section className={styles.group} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {`${group.title} (${count})`}
      </h3>
      <ul className={styles.list}>
        {shown.map((finding) => (
          <FindingItem key={`${finding.sheet}!${finding.address}:${finding.kind}`} finding={finding} busy={busy} onGoTo={onGoTo} onFix={onFix} />
        ))}
      </ul>
      {shown.length < count && (
        <div>
          <Button size="small" onClick={() => setShowAll(true)}>{`Show all ${count}`}</Button>
        </div>
      )}
    </section>
  );
}

export interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  readonly busy: boolean;
  readonly onGoTo: (finding: Finding) => void;
  readonly onFix: (finding: Finding, value: string) => void;
}

/** The findings grouped by kind, each group headed with its count. */
export function FindingGroups({ findings, busy, onGoTo, onFix }: FindingGroupsProps) {
  return (
    <>
      {groupFindings(findings).map((group) => (
        <Group key={group.kind} group={group} busy={busy} onGoTo={onGoTo} onFix={onFix} />
      ))}
    </>
  );
}
