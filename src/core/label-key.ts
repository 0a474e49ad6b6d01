const PLAIN = /^[\x20-\x7E]*$/;

/**
 * The comparison key for anything people type by hand: headers, level labels, statuses, area names.
 * Case, accents written as combined characters, runs of spaces and non-breaking spaces, and curly
 * quotes do not distinguish two labels.
 */
export function labelKey(text: string): string {
  // Plain ASCII with single spaces (almost every cell) needs only trimming and lower case; this
  // path gives the same key as the full one, several times faster (checks call it per cell).
  if (PLAIN.test(text) && !text.includes("  ")) return text.trim().toLowerCase();
  return fullLabelKey(text);
}

/** labelKey without its ASCII shortcut: the definition the shortcut must agree with. */
export function fullLabelKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\s\u00A0]+/g, " ")
    .trim()
    .toLocaleLowerCase("en-GB");
}
