import { Switch } from "@fluentui/react-components";

export interface ThemeToggleProps {
  readonly dark: boolean;
  readonly onChange: (dark: boolean) => void;
}

/** Excel tells add-ins its theme only at start-up, so the user can switch by hand. */
export function ThemeToggle({ dark, onChange }: ThemeToggleProps) {
  return <Switch label="Dark theme" checked={dark} onChange={(_event, data) => onChange(data.checked)} />;
}
