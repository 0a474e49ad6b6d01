import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { frameworkName, MAX_ORGANISATION } from "../core/about";
import type { Framework } from "../core/framework";
import { BLANK_FRAMEWORK, DEFAULT_FRAMEWORK } from "../core/framework-presets";
import type { RatingScale } from "../core/rating-scale";
import { DEFAULT_SCALE } from "../core/scale-presets";
import type { SetUpOptions } from "../workflows/set-up-workbook";
import { BusyIndicator } from "./BusyIndicator";
import { FrameworkField } from "./FrameworkField";
import { parseThemesText } from "./parse-themes-text";
import { roundLabelErrors } from "./round-label-errors";
import { RoundLabelsField, type RoundDraft } from "./RoundLabelsField";
import { ScaleField } from "./ScaleField";
import { ThemesTextField } from "./ThemesTextField";

const DEFAULT_ROUNDS: readonly RoundDraft[] = [
  { key: 1, label: "IMA 2015" },
  { key: 2, label: "Review 2017" },
];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
});

export interface SetUpFormProps {
  /** What is running, e.g. "Creating the rating workbook…"; null when the form can be used. */
  readonly activity: string | null;
  readonly onCreate: (options: SetUpOptions) => void;
}

/** Framework, scale and rounds for a new rating workbook, checked for obvious slips before it is sent. */
export function SetUpForm({ activity, onCreate }: SetUpFormProps) {
  const styles = useStyles();
  const formRef = useRef<HTMLFormElement>(null);
  const [framework, setFramework] = useState<Framework>(DEFAULT_FRAMEWORK);
  const [scale, setScale] = useState<RatingScale>(DEFAULT_SCALE);
  const [rounds, setRounds] = useState<RoundDraft[]>([...DEFAULT_ROUNDS]);
  const [themesText, setThemesText] = useState("");
  const [themesTouched, setThemesTouched] = useState(false);
  const [organisation, setOrganisation] = useState("");
  const [attempts, setAttempts] = useState(0);

  const isBlank = framework.id === BLANK_FRAMEWORK.id;
  const parsedThemes = useMemo(() => parseThemesText(themesText), [themesText]);
  const roundErrors = roundLabelErrors(rounds.map((round) => round.label));
  const busy = activity !== null;

  // After a refused attempt, take the keyboard to the first field that needs attention.
  useEffect(() => {
    if (attempts === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const themesInvalid = isBlank && parsedThemes.errors.length > 0;
    if (themesInvalid || roundErrors.some((error) => error !== undefined)) {
      setThemesTouched(true);
      setAttempts((count) => count + 1);
      return;
    }
    const chosen = isBlank ? { ...BLANK_FRAMEWORK, themes: parsedThemes.themes } : framework;
    onCreate({
      framework: chosen,
      scale,
      rounds: rounds.map((round) => round.label.trim()),
      about: { organisation: organisation.trim() === "" ? null : organisation.trim(), framework: frameworkName(chosen) },
    });
  };

  return (
    <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
      <Field label="Organisation" hint="The body assessed, e.g. Home Office (optional). The summary and the report name it; it is kept in the About table on the Lists sheet.">
        <Input value={organisation} maxLength={MAX_ORGANISATION} disabled={busy} onChange={(_event, data) => setOrganisation(data.value)} />
      </Field>
      <FrameworkField framework={framework} onChange={setFramework} disabled={busy} />
      {isBlank && (
        <ThemesTextField
          text={themesText}
          parsed={parsedThemes}
          showErrors={themesTouched}
          disabled={busy}
          onChange={setThemesText}
          onBlur={() => setThemesTouched(true)}
        />
      )}
      <ScaleField scale={scale} onChange={setScale} disabled={busy} />
      <RoundLabelsField rounds={rounds} errors={roundErrors} disabled={busy} onChange={setRounds} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Create rating workbook
        </Button>
        {activity !== null && <BusyIndicator activity={activity} />}
      </div>
    </form>
  );
}
