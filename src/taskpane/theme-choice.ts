/**
 * The user's own choice of light or dark, kept in the browser's storage so it survives reopening the
 * pane (or, in the preview, opening another workbook). Excel tells an add-in its theme only at start
 * and has no theme-changed event, so the switch is how people correct it; once they have used it,
 * their choice wins over what Office or the system says.
 */
const KEY = "rating-matrix.theme";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage refused (private mode, a locked-down WebView): the choice lasts this session only
  }
}

/** true (dark) or false (light) when the user chose; null when they never did. */
export function savedDarkChoice(): boolean | null {
  const saved = storage()?.getItem(KEY) ?? null;
  return saved === "dark" ? true : saved === "light" ? false : null;
}

export function saveDarkChoice(dark: boolean): void {
  try {
    storage()?.setItem(KEY, dark ? "dark" : "light");
  } catch {
    // a full or refused storage only means the choice is not remembered
  }
}

/** The system's dark setting (the browser's `prefers-color-scheme`), for the preview outside Office. */
export function systemPrefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}
