import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useRef } from "react";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Look like the other fields' labels and hints, which Fluent's Field draws.
  legend: { padding: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  field: { flexGrow: 1 },
  remove: { marginTop: "26px" }, // level with the input, below the field label
});

/** A round as the form edits it; `key` keeps each input's identity when rounds are removed. */
export interface RoundDraft {
  readonly key: number;
  readonly label: string;
}

export interface RoundLabelsFieldProps {
  readonly rounds: readonly RoundDraft[];
  readonly errors: readonly (string | undefined)[];
  readonly disabled: boolean;
  readonly onChange: (rounds: RoundDraft[]) => void;
}

/** The round labels, oldest first; each becomes a column of the Ratings table. */
export function RoundLabelsField({ rounds, errors, disabled, onChange }: RoundLabelsFieldProps) {
  const styles = useStyles();
  const hintId = useId();
  const nextKey = useRef(rounds.reduce((max, round) => Math.max(max, round.key), 0) + 1);
  // The input to focus once it is rendered: the new one after "Add a round", a neighbour after "Remove".
  const focusKey = useRef<number | null>(null);

  const relabel = (key: number, label: string) =>
    onChange(rounds.map((round) => (round.key === key ? { key, label } : round)));
  const add = () => {
    const key = nextKey.current++;
    focusKey.current = key;
    onChange([...rounds, { key, label: "" }]);
  };
  const remove = (index: number) => {
    const remaining = rounds.filter((_round, i) => i !== index);
    focusKey.current = remaining[Math.max(0, index - 1)]?.key ?? null;
    onChange(remaining);
  };

  return (
    <fieldset className={styles.fieldset} aria-describedby={hintId}>
      <legend className={styles.legend}>Rounds</legend>
      <Text id={hintId} size={200} className={styles.hint}>
        Oldest first: the original assessment, then each review. Each round becomes a column of the Ratings table.
      </Text>
      {rounds.map((round, index) => (
        <div key={round.key} className={styles.row}>
          <Field
            className={styles.field}
            label={`Round ${index + 1}`}
            required
            validationMessage={errors[index]}
          >
            <Input
              value={round.label}
              disabled={disabled}
              onChange={(_event, data) => relabel(round.key, data.value)}
              ref={(element) => {
                if (element !== null && focusKey.current === round.key) {
                  focusKey.current = null;
                  element.focus();
                }
              }}
            />
          </Field>
          {rounds.length > 1 && (
            <Button
              className={styles.remove}
              disabled={disabled}
              aria-label={`Remove round ${index + 1}${round.label.trim() === "" ? "" : ` (${round.label.trim()})`}`}
              onClick={() => remove(index)}
            >
              Remove
            </Button>
          )}
        </div>
      ))}
      <div>
        <Button disabled={disabled} onClick={add}>
          Add a round
        </Button>
      </div>
    </fieldset>
  );
}
