import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Framework } from "../core/framework";
import { FRAMEWORK_PRESETS } from "../core/framework-presets";

export interface FrameworkFieldProps {
  readonly framework: Framework;
  readonly onChange: (framework: Framework) => void;
  readonly disabled: boolean;
}

/** Picks the framework: a preset's themes and areas, or a blank one the user types. */
export function FrameworkField({ framework, onChange, disabled }: FrameworkFieldProps) {
  return (
    <Field label="Framework">
      <RadioGroup
        value={framework.id}
        disabled={disabled}
        onChange={(_event, data) => {
          const chosen = FRAMEWORK_PRESETS.find((preset) => preset.id === data.value);
          if (chosen !== undefined) onChange(chosen);
        }}
      >
        {FRAMEWORK_PRESETS.map((preset) => (
          <Radio key={preset.id} value={preset.id} label={preset.name} />
        ))}
      </RadioGroup>
    </Field>
  );
}
