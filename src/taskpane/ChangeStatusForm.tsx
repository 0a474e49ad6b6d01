import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { ActionItem } from "../core/rating-workbook";
import type { ActionsOverview } from "../workflows/action-counts";
import type { ActionIdentity } from "../workflows/update-action-status";
import { ChoiceField } from "./ChoiceField";
import { usePaneSelectStyles } from "./pane-select-styles";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

function describeAction(item: ActionItem): string {
  const text = item.nextStep.length > 70 ? `${item.nextStep.slice(0, 69)}…` : item.nextStep;
  const name = item.ref !== "" ? `${item.ref}: ${text}` : text;
  return `${name} (${item.statusText === "" ? "no status" : item.statusText})`;
}

export interface ChangeStatusFormProps {
  readonly overview: ActionsOverview;
  readonly busy: boolean;
  readonly onChange: (action: ActionIdentity, status: string) => void;
}

/** Picks an action and its new status; the change is one cell in Excel. */
export function ChangeStatusForm({ overview, busy, onChange }: ChangeStatusFormProps) {
  const styles = useStyles();
  const fit = usePaneSelectStyles();
  const items = overview.actions.items;
  const [row, setRow] = useState<string>(items[0] ? String(items[0].row) : "");
  const [status, setStatus] = useState(overview.statuses[0]?.label ?? "");
  const chosen = items.find((item) => String(item.row) === row) ?? items[0];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy || !chosen) return;
    onChange({ row: chosen.row, ref: chosen.ref, nextStep: chosen.nextStep }, status);
  };

  if (items.length === 0) return <p>There are no actions yet.</p>;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <Field label="Action" className={fit.field}>
        <Select className={fit.root} select={{ className: fit.select }} value={chosen ? String(chosen.row) : ""} onChange={(_e, data) => setRow(data.value)}>
          {items.map((item) => (
            <option key={item.row} value={String(item.row)}>
              {describeAction(item)}
            </option>
          ))}
        </Select>
      </Field>
      <ChoiceField label="New status" value={status} choices={overview.statuses.map((st) => st.label)} onChange={setStatus} />
      <div>
        <Button type="submit" disabledFocusable={busy}>
          Change status
        </Button>
      </div>
    </form>
  );
}
