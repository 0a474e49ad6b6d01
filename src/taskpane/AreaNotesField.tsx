import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { saveAreaNotes } from "../workflows/area-notes";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { useReveal } from "./use-reveal";
import { MessageList } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, "& p": { margin: 0 } },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

export interface AreaNotesFieldProps {
  readonly host: WorkbookHost;
  readonly theme: string;
  readonly area: string;
  /** What the Notes cell holds, as last read or written. */
  readonly notes: string;
  /** After a save: the text now in the cell. */
  readonly onSaved: (text: string) => void;
  /** After a refusal: the workbook may have changed, so the list reads it again (the draft stays). */
  readonly onRefused: () => void;
}

type Message = { readonly ok: boolean; readonly lines: readonly string[] };

/** The area's Notes cell of the Ratings table, edited beside its rating and saved through the workflow. */
export function AreaNotesField({ host, theme, area, notes, onSaved, onRefused }: AreaNotesFieldProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState(notes);
  const [shown, setShown] = useState(notes);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useReveal<HTMLDivElement>(message);
  // The cell changed (read again, or saved): an untouched box follows it, an edited one keeps the user's text.
  if (shown !== notes) {
    setShown(notes);
    if (draft.trim() === shown) setDraft(notes);
  }

  const save = async () => {
    if (saving) return;
    setSaving(true);
    setMessage(null);
    const result = await saveAreaNotes(host, { theme, area, text: draft, expected: notes }).catch((error: unknown) => ({ ok: false as const, problems: [describeError(error)] }));
    setSaving(false);
    if (result.ok) {
      setMessage({ ok: true, lines: [result.message, ...result.notices] });
      onSaved(draft.trim());
    } else {
      setMessage({ ok: false, lines: result.problems });
      onRefused();
    }
  };

  const changed = draft.trim() !== notes;
  return (
    <div className={styles.field}>
      <Field
        label={
          <>
            Notes<span className={styles.hidden}> on {area}</span>
          </>
        }
        validationState={message !== null && !message.ok ? "error" : "none"}
        validationMessage={message !== null && !message.ok ? <MessageList items={message.lines} /> : undefined}
      >
        <Textarea value={draft} resize="vertical" rows={2} onChange={(_event, data) => setDraft(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button size="small" disabledFocusable={saving || !changed} onClick={() => void save()}>
          Save notes<span className={styles.hidden}> on {area}</span>
        </Button>
        {saving && <BusyIndicator activity="Saving the notes…" />}
      </div>
      {message !== null && message.ok && (
        <div ref={messageRef} role="status">
          {message.lines.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
    </div>
  );
}
