import { Field, Select } from "@fluentui/react-components";
import { usePaneSelectStyles } from "./pane-select-styles";

export interface ChoiceFieldProps {
  readonly label: string;
  readonly value: string;
  readonly choices: readonly string[];
  /** When given, a first option with this text stands for "" (left blank). */
  readonly noneLabel?: string;
  readonly hint?: string;
  readonly disabled?: boolean;
  readonly onChange: (value: string) => void;
}

/** A labelled native select of texts: keyboard- and screen-reader-friendly as it is. */
export function ChoiceField({ label, value, choices, noneLabel, hint, disabled = false, onChange }: ChoiceFieldProps) {
  const fit = usePaneSelectStyles();
  return (
    <Field label={label} hint={hint} className={fit.field}>
      <Select className={fit.root} select={{ className: fit.select }} value={value} disabled={disabled} onChange={(_event, data) => onChange(data.value)}>
        {noneLabel !== undefined && <option value="">{noneLabel}</option>}
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </Select>
    </Field>
  );
}
