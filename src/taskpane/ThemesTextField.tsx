import { Field, Textarea } from "@fluentui/react-components";
import type { ParsedThemes } from "./parse-themes-text";
import { MessageList } from "./WorkflowResultMessage";

/** More than this many errors would push the rest of the form out of sight. */
const MOST_ERRORS_SHOWN = 8;

export interface ThemesTextFieldProps {
  readonly text: string;
  readonly parsed: ParsedThemes;
  readonly showErrors: boolean;
  readonly disabled: boolean;
  readonly onChange: (text: string) => void;
  readonly onBlur: () => void;
}

function summary(parsed: ParsedThemes): string {
  const themes = parsed.themes.length;
  const areas = parsed.themes.reduce((sum, theme) => sum + theme.areas.length, 0);
  return `${themes} ${themes === 1 ? "theme" : "themes"}, ${areas} ${areas === 1 ? "area" : "areas"}.`;
}

function ErrorMessage({ parsed }: { parsed: ParsedThemes }) {
  const [only] = parsed.errors;
  if (parsed.errors.length === 1 && only !== undefined) return <>{only.message}</>;
  const lines = parsed.errors.slice(0, MOST_ERRORS_SHOWN).map((error) => error.message);
  const hidden = parsed.errors.length - MOST_ERRORS_SHOWN;
  if (hidden > 0) lines.push(`…and ${hidden} more ${hidden === 1 ? "problem" : "problems"}.`);
  return (
    <>
      {parsed.errors.length} lines need fixing:
      <MessageList items={lines} />
    </>
  );
}

/** The themes and areas of a blank framework, typed one area per line. */
export function ThemesTextField({ text, parsed, showErrors, disabled, onChange, onBlur }: ThemesTextFieldProps) {
  const hasErrors = showErrors && parsed.errors.length > 0;
  const hint =
    "One area per line, written as Theme: Area, for example \"Records, review and transfer: Implementing disposal decisions\". " +
    "You can also paste the Theme and Area columns from Excel; a row with a blank theme belongs to the theme above it." +
    (parsed.errors.length === 0 ? ` You have typed ${summary(parsed)}` : "");
  return (
    <Field
      label="Themes and areas"
      required
      hint={hint}
      validationState={hasErrors ? "error" : "none"}
      validationMessage={hasErrors ? <ErrorMessage parsed={parsed} /> : undefined}
    >
      <Textarea
        value={text}
        resize="vertical"
        rows={8}
        disabled={disabled}
        placeholder={"The value of information: Communicating and realising value\nThe value of information: Managing information as an asset"}
        onChange={(_event, data) => onChange(data.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}
