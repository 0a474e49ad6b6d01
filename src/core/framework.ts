import { labelKey } from "./label-key";

export interface Theme {
  readonly name: string;
  readonly areas: readonly string[];
}

/** What is assessed: themes, each with its areas, in report order. */
export interface Framework {
  readonly id: string;
  readonly name: string;
  readonly themes: readonly Theme[];
}

/** Problems that make a framework unusable, in plain words; empty when it is sound. */
export function frameworkProblems(framework: Framework): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const theme of framework.themes) {
    if (labelKey(theme.name) === "") problems.push("A theme has no name.");
    if (theme.areas.length === 0) problems.push(`The theme "${theme.name}" has no areas.`);
    for (const area of theme.areas) {
      const key = `${labelKey(theme.name)}\u0000${labelKey(area)}`;
      if (labelKey(area) === "") problems.push(`The theme "${theme.name}" has an area with no name.`);
      else if (seen.has(key)) problems.push(`The area "${area}" appears twice under "${theme.name}".`);
      seen.add(key);
    }
  }
  return problems;
}

/** Number of areas across all themes. */
export function areaCount(framework: Framework): number {
  return framework.themes.reduce((sum, theme) => sum + theme.areas.length, 0);
}
