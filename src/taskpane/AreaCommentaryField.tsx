import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { WorkbookHost } from "../core/workbook-host";
import { readAreaCommentary, saveAreaCommentary } from "../workflows/area-commentary";
import { BusyIndicator } from "./BusyIndicator";
import { describeError } from "./describe-error";
import { MessageList } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  field: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch", "& p": { margin: 0 } },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  theme: { color: tokens.colorNeutralForeground2, "& p": { margin: `${tokens.spacingVerticalXS} 0` } },
});

export interface AreaCommentaryFieldProps {
  readonly host: WorkbookHost;
  readonly theme: string;
  /** The area; "" edits the commentary on the theme as a whole. */
  readonly area: string;
  readonly round: string;
}

type Loaded = { readonly phase: "loading" } | { readonly phase: "ready"; readonly shown: string; readonly themeText: string } | { readonly phase: "failed"; readonly problems: readonly string[] };

/**
 * The commentary of one area (or theme) for one round, beside its rating: read from the workbook's
 * Commentary table, edited here, saved through the workflow (which refuses if someone changed it in
 * the meantime, and then this field reads it again). The theme's own commentary, as a published
 * review writes it, is shown folded below for context.
 */
export function AreaCommentaryField({ host, theme, area, round }: AreaCommentaryFieldProps) {
  const styles = useStyles();
  const hintId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ phase: "loading" });
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ readonly ok: boolean; readonly lines: readonly string[] } | null>(null);
  const latest = useRef(0);

  /** Reads the commentary; with `keepDraft` the text being edited stays as typed (only what the workbook holds is refreshed). */
  const load = useCallback(async (keepDraft = false) => {
    const request = ++latest.current;
    if (!keepDraft) setLoaded({ phase: "loading" });
    try {
      const read = await readAreaCommentary(host, { theme, area, round });
      if (request !== latest.current) return;
      if (read.ok) {
        setLoaded({ phase: "ready", shown: read.text, themeText: read.themeText });
        if (!keepDraft) setText(read.text);
      } else setLoaded({ phase: "failed", problems: read.problems });
    } catch (error) {
      if (request === latest.current) setLoaded({ phase: "failed", problems: [describeError(error)] });
    }
  }, [host, theme, area, round]);

  useEffect(() => {
    setMessage(null);
    void load();
    const requests = latest;
    return () => {
      requests.current++;
    };
  }, [load]);

  const save = async () => {
    if (loaded.phase !== "ready") return;
    setSaving(true);
    setMessage(null);
    const result = await saveAreaCommentary(host, { theme, area, round, text, shown: loaded.shown }).catch((error: unknown) => ({ ok: false as const, problems: [describeError(error)] }));
    setSaving(false);
    if (result.ok) {
      setMessage({ ok: true, lines: [result.message, ...result.notices] });
      setLoaded({ ...loaded, shown: text.trim() });
    } else {
      setMessage({ ok: false, lines: result.problems });
      // The workbook may have changed meanwhile: learn what it holds now, keeping the user's draft to save again.
      await load(true);
    }
  };

  const label = `Commentary for ${round}`;
  if (loaded.phase === "loading") return <BusyIndicator activity={`Reading the ${round} commentary…`} />;
  if (loaded.phase === "failed") {
    return (
      <div className={styles.field} role="alert">
        <p>The commentary could not be read.</p>
        <MessageList items={loaded.problems} />
        <div>
          <Button onClick={() => void load()}>Read again</Button>
        </div>
      </div>
    );
  }
  const changed = text.trim() !== loaded.shown;
  return (
    <div className={styles.field}>
      <Field label={label} hint={{ id: hintId, children: "Kept in the workbook's Commentary table; a blank line starts a new paragraph. The report prints it under the area." }}>
        <Textarea value={text} resize="vertical" rows={5} disabled={saving} onChange={(_event, data) => setText(data.value)} />
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={saving || !changed} onClick={() => void save()}>
          Save commentary
        </Button>
        {saving && <BusyIndicator activity="Saving the commentary…" />}
      </div>
      {message !== null && (
        <div role={message.ok ? "status" : "alert"}>
          {message.ok ? <p>{message.lines[0]}</p> : <MessageList items={message.lines} />}
        </div>
      )}
      {message !== null && !message.ok && changed && (
        <details className={styles.theme}>
          <summary>What the workbook holds now</summary>
          {loaded.shown === "" ? <p>Nothing.</p> : loaded.shown.split("\n\n").map((paragraph, i) => <p key={i}>{paragraph}</p>)}
        </details>
      )}
      {area.trim() !== "" && loaded.themeText !== "" && (
        <details className={styles.theme}>
          <summary>The review&apos;s commentary on {theme} ({round})</summary>
          {loaded.themeText.split("\n\n").map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </details>
      )}
    </div>
  );
}
