import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { RatingScale } from "../core/rating-scale";
import { SCALE_PRESETS } from "../core/scale-presets";

const useStyles = makeStyles({
  levels: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

function levelLabels(scale: RatingScale): string {
  return scale.levels.map((level) => level.label).join(", ");
}

export interface ScaleFieldProps {
  readonly scale: RatingScale;
  readonly onChange: (scale: RatingScale) => void;
  readonly disabled: boolean;
}

/** Picks the rating scale; each option lists its levels, lowest first. */
export function ScaleField({ scale, onChange, disabled }: ScaleFieldProps) {
  const styles = useStyles();
  return (
    <Field label="Rating scale" hint={`Levels, lowest first: ${levelLabels(scale)}.`}>
      <Dropdown
        value={scale.name}
        selectedOptions={[scale.id]}
        disabled={disabled}
        onOptionSelect={(_event, data) => {
          const chosen = SCALE_PRESETS.find((preset) => preset.id === data.optionValue);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {SCALE_PRESETS.map((preset) => (
          <Option key={preset.id} value={preset.id} text={preset.name}>
            <div>
              <div>{preset.name}</div>
              <div className={styles.levels}>{levelLabels(preset)}</div>
            </div>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
