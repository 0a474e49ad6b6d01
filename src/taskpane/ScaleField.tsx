import { Field, Select } from "@fluentui/react-components";
import type { RatingScale } from "../core/rating-scale";
import { SCALE_PRESETS } from "../core/scale-presets";

function levelLabels(scale: RatingScale): string {
  return scale.levels.map((level) => level.label).join(", ");
}

export interface ScaleFieldProps {
  readonly scale: RatingScale;
  readonly onChange: (scale: RatingScale) => void;
  readonly disabled: boolean;
}

/**
 * Picks the rating scale; the hint lists the chosen scale's levels, lowest first. A native select
 * (Fluent's Select) rather than a Dropdown: it is keyboard- and screen-reader-friendly as it is, and
 * leaves the popup-positioning code out of the first paint.
 */
export function ScaleField({ scale, onChange, disabled }: ScaleFieldProps) {
  return (
    <Field label="Rating scale" hint={`Levels, lowest first: ${levelLabels(scale)}.`}>
      <Select
        value={scale.id}
        disabled={disabled}
        onChange={(_event, data) => {
          const chosen = SCALE_PRESETS.find((preset) => preset.id === data.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {SCALE_PRESETS.map((preset) => (
          <option key={preset.id} value={preset.id}>
            {preset.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
