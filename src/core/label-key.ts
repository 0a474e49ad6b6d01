/**
 * The comparison key for anything people type by hand: headers, level labels, statuses, area names.
 * Case, accents written as combined characters, runs of spaces and non-breaking spaces, and curly
 * quotes do not distinguish two labels.
 */
export function labelKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\s\u00A0]+/g, " ")
    .trim()
    .toLocaleLowerCase("en-GB");
}
