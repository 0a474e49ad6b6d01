/**
 * Whether the Rate view shows each theme as a compact grid of rounds (the default) or one field per
 * area, remembered in the browser's storage as the theme choice is, so it survives reopening the pane.
 */
const KEY = "rating-matrix.rate-layout";

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null; // storage refused: the choice lasts this session only
  }
}

/** True for the compact grid; the grid unless the user chose the list of fields. */
export function savedCompactChoice(): boolean {
  return storage()?.getItem(KEY) !== "fields";
}

export function saveCompactChoice(compact: boolean): void {
  try {
    storage()?.setItem(KEY, compact ? "grid" : "fields");
  } catch {
    // a full or refused storage only means the choice is not remembered
  }
}
