import { Button, Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ActionsFilter } from "../core/action-filter-plan";
import type { ActionCounts } from "../core/action-counts";
import { usePaneSelectStyles } from "./pane-select-styles";

/** The Owner select's value for "every owner" (an owner's name is never this). */
const ANY_OWNER = "\u0000any";

const useStyles = makeStyles({
  group: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, margin: 0 },
});

/** A chip per status found or listed; "" stands for "no status". */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
}

export function filterChips(counts: ActionCounts): FilterChip[] {
  return [
    ...counts.statuses.map(({ status }) => ({ key: status.label, label: status.label })),
    ...counts.unknown.map((u) => ({ key: u.text, label: u.text })),
    ...(counts.blank > 0 ? [{ key: "", label: "No status" }] : []),
  ];
}

export interface ActionFilterBarProps {
  readonly counts: ActionCounts;
  /** The filter the add-in last applied (null: none, or unknown). */
  readonly active: ActionsFilter | null;
  readonly busy: boolean;
  readonly onFilter: (filter: ActionsFilter) => void;
  /** The owners to choose from, and the owner the add-in last filtered to ("" no owner, null every owner). */
  readonly owners: { readonly names: readonly string[]; readonly someUnowned: boolean };
  readonly owner: string | null;
  readonly slicer: { readonly available: boolean; readonly note: string; readonly onAdd: () => void };
}

/**
 * Status chips (toggle buttons: each click filters the table to the chosen statuses), All open,
 * Overdue and Clear. Each click is one change in Excel.
 */
export function ActionFilterBar({ counts, active, busy, onFilter, owners, owner, slicer }: ActionFilterBarProps) {
  const styles = useStyles();
  const fit = usePaneSelectStyles();
  const slicerNoteId = useId();
  const chosen = active?.kind === "statuses" ? new Set([...active.labels, ...(active.blanks ? [""] : [])]) : new Set<string>();
  const toggle = (key: string) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    if (next.size === 0) onFilter({ kind: "clear" });
    else onFilter({ kind: "statuses", labels: [...next].filter((k) => k !== ""), blanks: next.has("") });
  };
  return (
    <>
      <div role="group" aria-label="Show actions with status" className={styles.group}>
        {filterChips(counts).map((chip) => (
          <ToggleButton
            key={chip.key}
            size="small"
            shape="circular"
            checked={chosen.has(chip.key)}
            // Fluent's checked grey is hard to tell from unchecked: a chosen status is filled.
            appearance={chosen.has(chip.key) ? "primary" : "secondary"}
            disabledFocusable={busy}
            onClick={() => toggle(chip.key)}
          >
            {chip.label}
          </ToggleButton>
        ))}
      </div>
      <div role="group" aria-label="Quick filters" className={styles.group}>
        <ToggleButton checked={active?.kind === "allOpen"} appearance={active?.kind === "allOpen" ? "primary" : "secondary"} disabledFocusable={busy} onClick={() => onFilter({ kind: "allOpen" })}>
          All open
        </ToggleButton>
        <ToggleButton
          checked={active?.kind === "overdue"}
          appearance={active?.kind === "overdue" ? "primary" : "secondary"}
          disabledFocusable={busy}
          onClick={() => onFilter({ kind: "overdue", today: counts.today })}
        >
          Overdue
        </ToggleButton>
        <Button disabledFocusable={busy} onClick={() => onFilter({ kind: "clear" })}>
          Clear filters
        </Button>
      </div>
      <Field label="Owner" className={fit.field}>
        <Select
          className={fit.root}
          // Cut short with an ellipsis in a narrow pane: the whole name is in the tooltip and the open list.
          select={{ className: fit.select, title: owner === null ? "Every owner" : owner === "" ? "No owner" : owner }}
          value={owner === null ? ANY_OWNER : owner}
          onChange={(_e, data) => onFilter({ kind: "owner", owner: data.value === ANY_OWNER ? null : data.value })}
        >
          <option value={ANY_OWNER}>Every owner</option>
          {owners.names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          {owners.someUnowned && <option value="">No owner</option>}
        </Select>
      </Field>
      <div className={styles.group}>
        <Button
          disabledFocusable={busy || !slicer.available}
          aria-describedby={slicer.available ? undefined : slicerNoteId}
          onClick={slicer.available ? slicer.onAdd : undefined}
        >
          Add status slicer
        </Button>
        {!slicer.available && (
          <p id={slicerNoteId} className={styles.note}>
            {slicer.note}
          </p>
        )}
      </div>
    </>
  );
}
