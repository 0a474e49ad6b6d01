import { Button, Field, Select, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ActionsFilter } from "../core/action-filter-plan";
import type { ActionCounts } from "../core/action-counts";
import { featureUnavailable } from "../core/skip-policy";
import type { HostCapabilities } from "../core/workbook-host";
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
  /** What the host can do: the core's skip policy disables a button, with its reason, before any click. */
  readonly capabilities: HostCapabilities;
  readonly onAddSlicer: () => void;
  /** The owners to choose from, and the owner the add-in last filtered to ("" no owner, null every owner). */
  readonly owners: { readonly names: readonly string[]; readonly someUnowned: boolean };
  readonly owner: string | null;
}

/**
 * Status chips (toggle buttons: each click filters the table to the chosen statuses), All open,
 * Overdue and Clear. Each click is one change in Excel. On a host without filters (the browser
 * preview's .xlsx file) or slicers, those buttons are disabled and say why.
 */
export function ActionFilterBar({ counts, active, busy, onFilter, capabilities, onAddSlicer, owners, owner }: ActionFilterBarProps) {
  const styles = useStyles();
  const fit = usePaneSelectStyles();
  const slicerNoteId = useId();
  const filtersNoteId = useId();
  const noFilters = featureUnavailable(capabilities, "filters");
  const noSlicers = featureUnavailable(capabilities, "slicers");
  const filterDisabled = busy || noFilters !== null;
  const filterDescribedBy = noFilters === null ? undefined : filtersNoteId;
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
            disabledFocusable={filterDisabled}
            aria-describedby={filterDescribedBy}
            onClick={() => toggle(chip.key)}
          >
            {chip.label}
          </ToggleButton>
        ))}
      </div>
      <div role="group" aria-label="Quick filters" className={styles.group}>
        <ToggleButton
          checked={active?.kind === "allOpen"}
          appearance={active?.kind === "allOpen" ? "primary" : "secondary"}
          disabledFocusable={filterDisabled}
          aria-describedby={filterDescribedBy}
          onClick={() => onFilter({ kind: "allOpen" })}
        >
          All open
        </ToggleButton>
        <ToggleButton
          checked={active?.kind === "overdue"}
          appearance={active?.kind === "overdue" ? "primary" : "secondary"}
          disabledFocusable={filterDisabled}
          aria-describedby={filterDescribedBy}
          onClick={() => onFilter({ kind: "overdue", today: counts.today })}
        >
          Overdue
        </ToggleButton>
        <Button disabledFocusable={filterDisabled} aria-describedby={filterDescribedBy} onClick={() => onFilter({ kind: "clear" })}>
          Clear filters
        </Button>
      </div>
      <Field label="Owner" className={fit.field}>
        <Select
          className={fit.root}
          // Cut short with an ellipsis in a narrow pane: the whole name is in the tooltip and the open list.
          select={{ className: fit.select, title: owner === null ? "Every owner" : owner === "" ? "No owner" : owner }}
          value={owner === null ? ANY_OWNER : owner}
          disabled={filterDisabled}
          aria-describedby={filterDescribedBy}
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
      {noFilters !== null && (
        <p id={filtersNoteId} className={styles.note}>
          {noFilters}
        </p>
      )}
      <div className={styles.group}>
        <Button
          disabledFocusable={busy || noSlicers !== null}
          aria-describedby={noSlicers === null ? undefined : slicerNoteId}
          onClick={noSlicers === null ? onAddSlicer : undefined}
        >
          Add status slicer
        </Button>
        {noSlicers !== null && (
          <p id={slicerNoteId} className={styles.note}>
            {noSlicers}
          </p>
        )}
      </div>
    </>
  );
}
