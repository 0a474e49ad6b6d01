import type { Theme } from "@fluentui/react-components";

/**
 * Fluent's dark theme, loaded only when someone wants it: it is 2 KiB of the first paint that most
 * people, in Excel's light themes, never use.
 */
let loaded: Theme | null = null;

export function loadedDarkTheme(): Theme | null {
  return loaded;
}

export async function loadDarkTheme(): Promise<Theme> {
  loaded ??= (await import(/* webpackChunkName: "dark-theme" */ "./dark-theme-tokens")).webDarkTheme;
  return loaded;
}
