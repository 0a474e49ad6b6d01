import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { MessageList } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  field: { alignSelf: "stretch" },
});

export interface AddRoundFormProps {
  /** The label offered, e.g. "Review 2026"; the user may change it. */
  readonly suggestion: string;
  readonly latestRound: string | null;
  readonly busy: boolean;
  readonly onAdd: (label: string) => void;
  /** Why the last label was refused (the core's rules: a year, not a duplicate); shown at the field. */
  readonly problems?: readonly string[];
}

const NO_PROBLEMS: readonly string[] = [];

/**
 * A new round column right of the latest round. The label is checked for a blank here; the year and
 * duplicate rules are the core's, reported at the field if broken.
 */
export function AddRoundForm({ suggestion, latestRound, busy, onAdd, problems = NO_PROBLEMS }: AddRoundFormProps) {
  const styles = useStyles();
  const [label, setLabel] = useState(suggestion);
  const [offered, setOffered] = useState(suggestion);
  const [error, setError] = useState<string | undefined>(undefined);
  // A new suggestion (after a round was added) replaces the text; the form stays mounted, so the
  // keyboard focus stays where it was.
  if (offered !== suggestion) {
    setOffered(suggestion);
    setLabel(suggestion);
  }
  const inputRef = useRef<HTMLInputElement>(null);
  // The refusal appears at the field (tied to the input by the Field) and the form, button included,
  // is scrolled into sight; nothing scrolls when there is no refusal (the view opens at its top).
  const formRef = useRef<HTMLFormElement>(null);
  const refused = error !== undefined || problems.length > 0;
  useEffect(() => {
    if (refused) formRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [refused, error, problems]);
  const message = error ?? (problems.length === 0 ? undefined : problems.length === 1 ? problems[0] : <MessageList items={problems} />);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (label.trim() === "") {
      setError(`Type a label for the new round, such as "${suggestion}".`);
      inputRef.current?.focus();
      return;
    }
    setError(undefined);
    onAdd(label.trim());
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
      <Field
        className={styles.field}
        label="New round"
        hint={
          latestRound === null
            ? "The first round's column goes right of the Area column. The label needs a year."
            : `The column goes right of "${latestRound}", with the rating dropdown and colours. The label needs a year.`
        }
        validationMessage={message}
      >
        <Input ref={inputRef} value={label} onChange={(_event, data) => setLabel(data.value)} />
      </Field>
      <Button type="submit" disabledFocusable={busy}>
        Add round
      </Button>
    </form>
  );
}
