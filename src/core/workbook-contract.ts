/**
 * The names the add-in gives to what it owns in a workbook. docs/workbook-format.md describes the
 * same contract for people; keep the two in step.
 */
export const SHEETS = {
  ratings: "Ratings",
  actions: "Actions",
  lists: "Lists",
} as const;

export const TABLES = {
  ratings: "Ratings",
  actions: "Actions",
  scale: "RatingScale",
  statuses: "ActionStatuses",
  priorities: "ActionPriorities",
  about: "About",
  commentary: "Commentary",
} as const;

/** The sheet the Commentary table is made on, the first time a commentary is written. */
export const COMMENTARY_SHEET = "Commentary";

/** Defined names the dropdowns point at; each refers to a Lists table column, so it grows with it. */
export const NAMES = {
  ratingLevels: "RatingLevels",
  statuses: "StatusList",
  priorities: "PriorityList",
} as const;

export const RATINGS_COLUMNS = { theme: "Theme", area: "Area", notes: "Notes" } as const;

/**
 * Column widths (in characters) of the Ratings sheet, as Set up and Add round lay them out; all wrap
 * text. A round is wide enough for the longest IMA level ("Progressing to good practice") on one line,
 * so rating a cell later never needs a taller row; the others are narrow enough to print one page wide.
 */
export const RATINGS_WIDTHS = { theme: 24, area: 30, round: 26, notes: 36 } as const;

export const ACTIONS_COLUMNS = [
  "Ref",
  "Next step",
  "Theme",
  "Area",
  "Owner",
  "Due",
  "Priority",
  "Status",
  "Update",
] as const;

export type ActionsColumn = (typeof ACTIONS_COLUMNS)[number];

export const SCALE_COLUMNS = ["Level", "Rank", "Fill", "Font", "Aliases"] as const;
export const STATUS_COLUMNS = ["Status", "Open", "Fill", "Font"] as const;
export const PRIORITY_COLUMNS = ["Priority"] as const;
/** The About table: one row per detail of what the workbook assesses. */
export const ABOUT_COLUMNS = ["Detail", "Value"] as const;
export const ABOUT_DETAILS = { organisation: "Organisation", framework: "Framework" } as const;
/** The Commentary table: one row per paragraph of an area's (or, with Area blank, a theme's) commentary for a round. */
export const COMMENTARY_COLUMNS = ["Theme", "Area", "Round", "Commentary"] as const;

/** Separator of aliases within one Aliases cell. */
export const ALIAS_SEPARATOR = ";";

/** Values of the Open column of the statuses table. */
export const OPEN_YES = "Yes";
export const OPEN_NO = "No";

export const TABLE_STYLE = "TableStyleMedium2";
export const LISTS_TABLE_STYLE = "TableStyleLight9";

/** Lists sheet layout: each table starts on row 1, one blank column between tables. */
export const LISTS_LAYOUT = {
  scaleColumn: 0,
  statusesColumn: SCALE_COLUMNS.length + 1,
  prioritiesColumn: SCALE_COLUMNS.length + 1 + STATUS_COLUMNS.length + 1,
  aboutColumn: SCALE_COLUMNS.length + 1 + STATUS_COLUMNS.length + 1 + PRIORITY_COLUMNS.length + 1,
} as const;

/** Due dates are shown as ISO dates so they read the same in every locale. */
export const DUE_DATE_FORMAT = "yyyy-mm-dd";
