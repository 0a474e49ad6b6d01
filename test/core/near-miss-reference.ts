import { labelKey } from "../../src/core/label-key";

// The near-miss search as it was before issue 14: every text against every candidate. It is the
// definition the indexed search in src/core/checks/near-miss.ts must agree with, kept here as the
// oracle of its property test.

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Satisfactroy" is one
 * edit from "Satisfactory"). Gives up, returning `limit + 1`, once the distance must exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      current.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] as number;
}

/** How many edits still count as a typing slip for a word of this length. */
function slipAllowance(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 5)));
}

/**
 * The one candidate `text` is a typing slip of, compared ignoring case and spacing; null when none
 * is close enough or two are equally close (we never guess between two).
 */
export function referenceNearestLabel(text: string, candidates: readonly { readonly key: string; readonly label: string }[]): string | null {
  const key = labelKey(text);
  if (key === "" || key.length > 200) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const limit = slipAllowance(candidate.key.length);
    const d = editDistance(key, candidate.key, limit);
    if (d > limit) continue;
    if (d < bestDistance) {
      best = candidate.label;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && candidate.label !== best) {
      tie = true;
    }
  }
  return tie ? null : best;
}
