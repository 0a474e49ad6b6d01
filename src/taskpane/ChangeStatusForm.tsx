import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ActionItem } from "../core/rating-workbook";
import type { ActionsOverview } from "../workflows/action-counts";
import type { ActionChange, ActionIdentity } from "../workflows/update-action-status";
import { usePaneSelectStyles } from "./pane-select-styles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

function describeAction(item: ActionItem): string {
  const text = item.nextStep.length > 70 ? `${item.nextStep.slice(0, 69)}…` : item.nextStep;
  const name = item.ref !== "" ? `${item.ref}: ${text}` : text;
  return `${name} (${item.statusText === "" ? "no status" : item.statusText})`;
}

export interface ChangeStatusFormProps {
  readonly overview: ActionsOverview;
  readonly busy: boolean;
  /** The sheet row of the chosen action (the list can choose it too); null: the first. */
  readonly row: number | null;
  readonly onRowChange: (row: number) => void;
  readonly onChange: (action: ActionIdentity, change: ActionChange) => void;
}

/** The status, update and due date of one action, starting from what its row holds now. */
function ChangeFields({ item, overview, busy, onChange }: { item: ActionItem; overview: ActionsOverview; busy: boolean; onChange: ChangeStatusFormProps["onChange"] }) {
  const fit = usePaneSelectStyles();
  const startDue = item.due ?? "";
  const [status, setStatus] = useState(item.status?.label ?? "");
  const [update, setUpdate] = useState(item.update);
  const [due, setDue] = useState(startDue);
  const [tried, setTried] = useState(false);
  const hasUpdate = overview.actions.columns.update >= 0;
  const hasDue = overview.actions.columns.due >= 0;
  const dueAsText = item.due === null && typeof item.dueRaw === "string" && item.dueRaw.trim() !== "" ? item.dueRaw.trim() : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (status === "") {
      setTried(true);
      return;
    }
    // Only what the user changed is sent: a cell left alone is never rewritten.
    onChange(
      { row: item.row, ref: item.ref, nextStep: item.nextStep },
      { status, ...(hasUpdate && update !== item.update ? { update } : {}), ...(hasDue && due !== startDue ? { due } : {}) },
    );
  };

  return (
    <form onSubmit={submit} noValidate style={{ display: "contents" }}>
      <Field
        label="New status"
        className={fit.field}
        hint={item.status === undefined ? `Now ${item.statusText.trim() === "" ? "blank" : `"${item.statusText.trim()}", not in the status list`}.` : undefined}
        validationMessage={tried && status === "" ? "Choose the status to set." : undefined}
      >
        <Select className={fit.root} select={{ className: fit.select }} value={status} onChange={(_e, data) => setStatus(data.value)}>
          {item.status === undefined && <option value="">(choose a status)</option>}
          {overview.statuses.map((st) => (
            <option key={st.label} value={st.label}>
              {st.label}
            </option>
          ))}
        </Select>
      </Field>
      {hasUpdate && (
        <Field label="Update" hint="What has happened since the last review.">
          <Textarea value={update} onChange={(_e, data) => setUpdate(data.value)} resize="vertical" />
        </Field>
      )}
      {hasDue && (
        <Field label="New due date" hint={dueAsText !== null ? `The cell holds "${dueAsText}" as text; pick a date to replace it.` : undefined}>
          <Input type="date" value={due} onChange={(_e, data) => setDue(data.value)} />
        </Field>
      )}
      <div>
        <Button type="submit" disabledFocusable={busy}>
          Change status
        </Button>
      </div>
    </form>
  );
}

/** Picks an action and changes its status (and its update and due date); only changed cells are written. */
export function ChangeStatusForm({ overview, busy, row, onRowChange, onChange }: ChangeStatusFormProps) {
  const styles = useStyles();
  const fit = usePaneSelectStyles();
  const items = overview.actions.items;
  const chosen = items.find((item) => item.row === row) ?? items[0];

  if (items.length === 0 || !chosen) return <p>There are no actions yet.</p>;
  // The fields start again from the row whenever another action is chosen or the row changes.
  const key = `${chosen.row}|${chosen.statusText}|${chosen.update}|${String(chosen.dueRaw)}`;
  return (
    <div className={styles.form}>
      <Field label="Action" className={fit.field}>
        <Select
          className={fit.root}
          // Cut short in a narrow pane: the whole next step is in the tooltip (and in the list above).
          select={{ className: fit.select, title: `${chosen.ref !== "" ? `${chosen.ref}: ` : ""}${chosen.nextStep}` }}
          value={String(chosen.row)}
          onChange={(_e, data) => onRowChange(Number(data.value))}
        >
          {items.map((item) => (
            <option key={item.row} value={String(item.row)}>
              {describeAction(item)}
            </option>
          ))}
        </Select>
      </Field>
      <ChangeFields key={key} item={chosen} overview={overview} busy={busy} onChange={onChange} />
    </div>
  );
}
