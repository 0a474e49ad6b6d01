import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent, type FormEvent } from "react";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
});

export interface ReportSourceFormProps {
  readonly busy: boolean;
  readonly onText: (text: string) => void;
  readonly onFile: (file: File) => void;
}

/** Paste the report's text, or choose its PDF. */
export function ReportSourceForm({ busy, onText, onFile }: ReportSourceFormProps) {
  const styles = useStyles();
  const fileId = useId();
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onText(text);
  };
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) onFile(file);
    event.target.value = "";
  };
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <div className={styles.row}>
        <label htmlFor={fileId}>Choose the report's PDF</label>
        <input id={fileId} type="file" accept=".pdf,application/pdf,.txt,text/plain" onChange={choose} disabled={busy} />
      </div>
      <Field label="Or paste the report's text" hint="Copy everything from the PDF viewer (Ctrl+A, Ctrl+C) and paste it here.">
        <Textarea value={text} onChange={(_e, data) => setText(data.value)} rows={6} resize="vertical" disabled={busy} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy || text.trim() === ""}>
          Read the pasted text
        </Button>
      </div>
    </form>
  );
}
