/**
 * Worksheet names as Excel allows them: 1 to 31 characters, none of \ / ? * : [ ], not starting or
 * ending with an apostrophe, not "History", unique ignoring case.
 */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*:[\]]/g;

function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleUpperCase("en-GB") === b.toLocaleUpperCase("en-GB");
}

/** `text` made into a valid sheet name (forbidden characters become "-"), at most `max` characters. */
export function validSheetName(text: string, max = MAX_SHEET_NAME): string {
  let name = text.replace(FORBIDDEN, "-").replace(/[\u0000-\u001F]/g, " ").trim();
  name = [...name].slice(0, max).join("");
  name = name.replace(/^'+/, "").replace(/'+$/, "").trim();
  if (name === "" || sameSheetName(name, "History")) name = name === "" ? "Sheet" : `${name} sheet`;
  return [...name].slice(0, max).join("");
}

/**
 * A valid name for a new sheet, based on `wanted`, that no sheet in `taken` has: the name itself,
 * else "name (2)", "name (3)"..., shortening the base so the whole stays within 31 characters.
 */
export function uniqueSheetName(wanted: string, taken: readonly string[]): string {
  const base = validSheetName(wanted);
  const isTaken = (name: string): boolean => taken.some((t) => sameSheetName(t, name));
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const stem = validSheetName(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "").trimEnd();
    const name = `${stem}${suffix}`;
    if (!isTaken(name)) return name;
  }
}

export function isSameSheetName(a: string, b: string): boolean {
  return sameSheetName(a, b);
}
