import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useRef, useState, type FormEvent } from "react";
import type { NewAction } from "../core/add-action-plan";
import type { ActionsOverview } from "../workflows/action-counts";
import { ChoiceField } from "./ChoiceField";

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
      <ChoiceField label="Theme" value={draft.theme} choices={overview.themes.map((t) => t.theme)} noneLabel="(none)" onChange={(theme) => set({ theme, area: "" })} />
      <ChoiceField
        label="Area"
        value={draft.area}
        choices={areas}
        noneLabel="(none)"
        hint={draft.theme === "" ? "Choose a theme first." : undefined}
        disabled={draft.theme === ""}
        onChange={(area) => set({ area })}
      />
      <Field label="Owner">
        <Input value={draft.owner} onChange={(_e, data) => set({ owner: data.value })} />
      </Field>
      <Field label="Due date">
        <Input type="date" value={draft.due} onChange={(_e, data) => set({ due: data.value })} />
      </Field>
      <ChoiceField label="Priority" value={draft.priority} choices={overview.priorities} noneLabel="(none)" onChange={(priority) => set({ priority })} />
      <ChoiceField label="Status" value={draft.status} choices={overview.statuses.map((st) => st.label)} onChange={(status) => set({ status })} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Add action
        </Button>
      </div>
    </form>
  );
}
