import type { Theme } from "../core/framework";
import { labelKey } from "../core/label-key";

/** One thing wrong with the typed themes; `line` is 1-based, or null when it is about the text as a whole. */
export interface ThemesTextError {
  readonly line: number | null;
  readonly message: string;
}

export interface ParsedThemes {
  readonly themes: Theme[];
  readonly errors: ThemesTextError[];
}

interface ThemeDraft {
  readonly name: string;
  readonly areas: string[];
  /** Area key -> the line it was first typed on, to name that line when it is repeated. */
  readonly areaLines: Map<string, number>;
}

const LONGEST_QUOTE = 40;

function quote(text: string): string {
  return text.length > LONGEST_QUOTE ? `"${text.slice(0, LONGEST_QUOTE)}…"` : `"${text}"`;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Splits one line into theme and area. A tab separates them when the line has one, because that is
 * what pasting two columns from Excel gives; otherwise the first colon does, so areas may contain colons.
 */
function splitLine(line: string): { theme: string; area: string; extra: boolean } | null {
  if (line.includes("\t")) {
    const [theme = "", area = "", ...rest] = line.split("\t");
    return { theme: tidy(theme), area: tidy(area), extra: rest.some((cell) => tidy(cell) !== "") };
  }
  const colon = line.indexOf(":");
  if (colon < 0) return null;
  return { theme: tidy(line.slice(0, colon)), area: tidy(line.slice(colon + 1)), extra: false };
}

/**
 * Reads the themes and areas typed for a blank framework: one area per line as `Theme: Area` (or two
 * columns pasted from Excel). A line with no theme belongs to the theme above it, as in a report table
 * where the theme is written only once. Themes and areas keep the order they were first typed in.
 */
export function parseThemesText(text: string): ParsedThemes {
  const drafts: ThemeDraft[] = [];
  const byKey = new Map<string, ThemeDraft>();
  const errors: ThemesTextError[] = [];
  let previous: ThemeDraft | null = null;
  let seenContent = false;

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const isFirst = !seenContent;
    seenContent = true;

    const parts = splitLine(raw);
    if (parts === null) {
      errors.push({ line, message: `Line ${line} (${quote(tidy(raw))}) has no colon: write it as Theme: Area.` });
      return;
    }
    if (isFirst && labelKey(parts.theme) === "theme" && labelKey(parts.area) === "area") return; // pasted headers
    if (parts.extra) {
      errors.push({ line, message: `Line ${line} has more than two columns: paste only the Theme and Area columns.` });
      return;
    }
    if (parts.area === "") {
      errors.push({ line, message: `Line ${line} has no area after the theme ${quote(parts.theme)}.` });
      return;
    }

    let theme: ThemeDraft | null = previous;
    if (parts.theme !== "") {
      const key = labelKey(parts.theme);
      theme = byKey.get(key) ?? null;
      if (theme === null) {
        theme = { name: parts.theme, areas: [], areaLines: new Map() };
        byKey.set(key, theme);
        drafts.push(theme);
      }
    }
    if (theme === null) {
      errors.push({ line, message: `Line ${line} has no theme, and there is no theme above it for the area ${quote(parts.area)}.` });
      return;
    }
    previous = theme;

    const areaKey = labelKey(parts.area);
    const firstLine = theme.areaLines.get(areaKey);
    if (firstLine !== undefined) {
      errors.push({ line, message: `Line ${line} repeats the area ${quote(parts.area)} of ${quote(theme.name)}, already on line ${firstLine}.` });
      return;
    }
    theme.areaLines.set(areaKey, line);
    theme.areas.push(parts.area);
  });

  if (!seenContent) errors.push({ line: null, message: "Type at least one area, as Theme: Area." });
  else if (drafts.length === 0 && errors.length === 0) errors.push({ line: null, message: "Type at least one area under the Theme and Area headings." });

  return { themes: drafts.map(({ name, areas }) => ({ name, areas })), errors };
}
