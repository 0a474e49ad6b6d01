import { blockAddress } from "./a1";
import type { CellValue } from "./cell";
import type { Framework } from "./framework";
import { BLANK_FRAMEWORK, FRAMEWORK_PRESETS } from "./framework-presets";
import { labelKey } from "./label-key";
import type { PlanStep } from "./plan";
import { ABOUT_COLUMNS, ABOUT_DETAILS, LISTS_LAYOUT, LISTS_TABLE_STYLE, TABLES } from "./workbook-contract";

/**
 * What the workbook assesses, from the About table on the Lists sheet. Null where the workbook does
 * not say (an old workbook without the table, or a blank Value cell).
 */
export interface About {
  readonly organisation: string | null;
  readonly framework: string | null;
}

export const NOTHING_ABOUT: About = { organisation: null, framework: null };

/** Longest organisation name accepted from the pane; a name, not a paragraph. */
export const MAX_ORGANISATION = 200;

function text(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** The About table's rows, header first; unknown details (a user's "Assessor" row) are ignored. */
export function readAboutTable(rows: readonly (readonly unknown[])[]): About {
  const [header = [], ...body] = rows;
  const keys = header.map((cell) => labelKey(text(cell)));
  const detail = keys.indexOf(labelKey(ABOUT_COLUMNS[0]));
  const value = keys.indexOf(labelKey(ABOUT_COLUMNS[1]));
  if (detail < 0 || value < 0) return NOTHING_ABOUT;
  const find = (...names: string[]): string | null => {
    const row = body.find((r) => names.some((name) => labelKey(text(r[detail])) === labelKey(name)));
    const found = row === undefined ? "" : text(row[value]);
    return found === "" ? null : found;
  };
  return { organisation: find(ABOUT_DETAILS.organisation, "Organization", "Body", "Department"), framework: find(ABOUT_DETAILS.framework) };
}

export function aboutRows(about: About): CellValue[][] {
  return [
    [ABOUT_DETAILS.organisation, about.organisation],
    [ABOUT_DETAILS.framework, about.framework],
  ];
}

/** The About table on the Lists sheet, right of the other lists, and its column widths. */
export function aboutTableSteps(sheet: string, about: About): PlanStep[] {
  const left = LISTS_LAYOUT.aboutColumn;
  const rows = aboutRows(about);
  return [
    {
      kind: "addTable",
      sheet,
      table: TABLES.about,
      address: blockAddress({ top: 0, left, rows: 1 + rows.length, columns: ABOUT_COLUMNS.length }),
      header: [...ABOUT_COLUMNS],
      rows,
      style: LISTS_TABLE_STYLE,
    },
    {
      kind: "columnLayout",
      sheet,
      columns: [
        { column: left, width: 14, wrap: false },
        { column: left + 1, width: 40, wrap: true },
      ],
    },
  ];
}

/** The framework's name for the About table; null for the blank one, whose themes are the user's own. */
export function frameworkName(framework: Framework): string | null {
  if (framework.id === BLANK_FRAMEWORK.id) return null;
  const preset = FRAMEWORK_PRESETS.find((p) => p.id === framework.id && p.id !== BLANK_FRAMEWORK.id);
  return preset ? preset.name : framework.name.trim() === "" ? null : framework.name;
}

/**
 * The preset framework whose themes and areas these are (an imported review of the IMA framework),
 * by name ignoring case and spacing; null when they are some other framework's.
 */
export function recognisedFramework(themes: readonly { readonly name: string; readonly areas: readonly string[] }[]): Framework | null {
  const areasOf = (list: readonly { readonly areas: readonly string[] }[]) => list.flatMap((t) => t.areas.map(labelKey)).sort().join("\n");
  const wanted = areasOf(themes);
  return FRAMEWORK_PRESETS.find((p) => p.themes.length > 0 && areasOf(p.themes) === wanted) ?? null;
}

/** Why an organisation name cannot be used, or null. */
export function organisationProblem(organisation: string): string | null {
  if (organisation.trim().length > MAX_ORGANISATION) {
    return `The organisation's name is ${organisation.trim().length} characters long; keep it to ${MAX_ORGANISATION} at most.`;
  }
  return null;
}
