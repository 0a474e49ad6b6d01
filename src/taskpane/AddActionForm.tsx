import { Button, Field, Input, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { NewAction } from "../core/add-action-plan";
import type { ActionsOverview } from "../workflows/action-counts";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AddActionFormProps {
  readonly overview: ActionsOverview;
  readonly busy: boolean;
  /** Resolves to true when the action was added, so the form can be emptied. */
  readonly onAdd: (action: NewAction) => Promise<boolean>;
}

/** A new action: the next step, where it belongs (theme and area from the Ratings table), who, when, how urgent. */
export function AddActionForm({ overview, busy, onAdd }: AddActionFormProps) {
  const styles = useStyles();
  const firstStatus = overview.statuses[0]?.label ?? "";
  const empty: NewAction = { nextStep: "", theme: "", area: "", owner: "", due: "", priority: "", status: firstStatus };
  const [draft, setDraft] = useState<NewAction>(empty);
  const [tried, setTried] = useState(false);
  const nextStepRef = useRef<HTMLTextAreaElement>(null);
  const areas = overview.themes.find((t) => t.theme === draft.theme)?.areas ?? [];
  const set = (change: Partial<NewAction>) => setDraft((d) => ({ ...d, ...change }));
  const missingText = tried && draft.nextStep.trim() === "";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (draft.nextStep.trim() === "") {
      setTried(true);
      nextStepRef.current?.focus();
      return;
    }
    if (await onAdd(draft)) {
      setDraft(empty);
      setTried(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <Field label="Next step" required validationMessage={missingText ? "Write the next step." : undefined}>
        <Textarea ref={nextStepRef} value={draft.nextStep} onChange={(_e, data) => set({ nextStep: data.value })} resize="vertical" />
      </Field>
      <Field label="Theme">
        <Select value={draft.theme} onChange={(_e, data) => set({ theme: data.value, area: "" })}>
          <option value="">(none)</option>
          {overview.themes.map((t) => (
            <option key={t.theme} value={t.theme}>
              {t.theme}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Area" hint={draft.theme === "" ? "Choose a theme first." : undefined}>
        <Select value={draft.area} disabled={draft.theme === ""} onChange={(_e, data) => set({ area: data.value })}>
          <option value="">(none)</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Owner">
        <Input value={draft.owner} onChange={(_e, data) => set({ owner: data.value })} />
      </Field>
      <Field label="Due date">
        <Input type="date" value={draft.due} onChange={(_e, data) => set({ due: data.value })} />
      </Field>
      <Field label="Priority">
        <Select value={draft.priority} onChange={(_e, data) => set({ priority: data.value })}>
          <option value="">(none)</option>
          {overview.priorities.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Status">
        <Select value={draft.status} onChange={(_e, data) => set({ status: data.value })}>
          {overview.statuses.map((s) => (
            <option key={s.label} value={s.label}>
              {s.label}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Add action
        </Button>
      </div>
    </form>
  );
}
