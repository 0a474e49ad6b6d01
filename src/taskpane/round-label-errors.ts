import { labelKey } from "../core/label-key";

/**
 * The mistakes the form catches before anything is sent to Excel: a blank round label, or one used
 * twice. Deeper rules (a year in the label, reserved names, length) are the core's, reported after.
 * Returns one entry per label: the error, or undefined when the label is fine.
 */
export function roundLabelErrors(labels: readonly string[]): (string | undefined)[] {
  const firstIndex = new Map<string, number>();
  return labels.map((label, index) => {
    const key = labelKey(label);
    if (key === "") return "Type a label for this round, such as \"Review 2019\".";
    const first = firstIndex.get(key);
    if (first !== undefined) return `Round ${first + 1} already has this label.`;
    firstIndex.set(key, index);
    return undefined;
  });
}
