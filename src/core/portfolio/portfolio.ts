import { labelKey } from "../label-key";
import type { Movement } from "../summary/round-comparison";
import type { DigestScale, NotRead, WorkbookDigest } from "./workbook-digest";

/** One row of the Portfolio table: an area of one organisation's workbook. */
export interface PortfolioRow {
  readonly organisation: string;
  readonly workbook: string;
  readonly theme: string;
  readonly area: string;
  readonly latestRound: string;
  readonly latestRating: string;
  readonly previousRound: string;
  readonly previousRating: string;
  readonly movement: Movement;
  readonly openActions: number;
  readonly overdueActions: number;
}

/** A workbook that was read (its rows are in the Portfolio table) but is left off the heat map. */
export interface NotCompared {
  readonly workbook: string;
  readonly reason: string;
}

export interface HeatMapArea {
  readonly theme: string;
  readonly area: string;
  /**
   * Per organisation (HeatMap.organisations order): the latest rating (canonical level, or the text
   * as written when it is not on the scale), "" when not rated, null when that workbook has no such area.
   */
  readonly cells: readonly (string | null)[];
}

export interface HeatMap {
  /** The scale every compared workbook uses; its colours colour the map. */
  readonly scale: DigestScale;
  readonly framework: string | null;
  /** Column headings: the organisation, with the workbook's name where two share one. */
  readonly organisations: readonly string[];
  readonly areas: readonly HeatMapArea[];
  /** Per level of the scale (lowest first), then "Not rated" and "No such area": how many areas, per organisation. */
  readonly counts: readonly { readonly label: string; readonly counts: readonly number[] }[];
  /** Per organisation, all its open and overdue actions (those naming no area too, as imported next steps). */
  readonly actions: readonly { readonly label: string; readonly counts: readonly number[] }[];
  readonly notCompared: readonly NotCompared[];
}

export interface Portfolio {
  readonly rows: readonly PortfolioRow[];
  /** Null when no workbook could be read. */
  readonly heatMap: HeatMap | null;
  readonly notRead: readonly NotRead[];
  /** Workbooks read. */
  readonly read: number;
}

export const NOT_RATED = "Not rated";
export const NO_SUCH_AREA = "No such area";
/** Every open (overdue) action of the workbook, those naming no area too. */
export const OPEN_ACTIONS = "Open, all";
export const OVERDUE_ACTIONS = "Overdue, all";

const byText = (a: string, b: string): number => a.localeCompare(b, "en-GB", { sensitivity: "base", numeric: true });

/** The name a workbook goes by: its organisation, or its file when the About table names none. */
function shownName(digest: WorkbookDigest): string {
  return digest.organisation ?? fileStem(digest.workbook);
}

/** "folder/home-office.xlsx" -> "home-office". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.xlsx$/i, "");
}

function scaleKey(scale: DigestScale): string {
  return scale.levels.map((l) => labelKey(l.label)).join("\n");
}

/**
 * Compares workbooks already read. Every workbook read gives its rows to the Portfolio table. The
 * heat map compares only workbooks on one scale (the same levels in the same order, the scale most
 * of them use) and one framework (when their About tables name one); an area is matched by its name
 * ignoring case and spacing. Every other workbook is listed with the reason it was left off, and an
 * area a workbook does not have shows as such: nothing is converted or guessed. The result does not
 * depend on the order the workbooks arrive in (they are read in parallel).
 */
export function comparePortfolio(digests: readonly WorkbookDigest[], notRead: readonly NotRead[]): Portfolio {
  const sorted = [...digests].sort((a, b) => byText(shownName(a), shownName(b)) || byText(a.workbook, b.workbook));
  const rows: PortfolioRow[] = sorted.flatMap((d) =>
    d.areas.map((a) => ({
      organisation: d.organisation ?? "",
      workbook: d.workbook,
      theme: a.theme,
      area: a.area,
      latestRound: a.latestRound,
      latestRating: a.latestRating,
      previousRound: a.previousRound,
      previousRating: a.previousRating,
      movement: a.movement,
      openActions: a.openActions,
      overdueActions: a.overdueActions,
    })),
  );
  return {
    rows,
    heatMap: sorted.length === 0 ? null : heatMap(sorted),
    notRead: [...notRead].sort((a, b) => byText(a.workbook, b.workbook)),
    read: sorted.length,
  };
}

/** The key most of the items have (the first of them on a tie); null when none has one. */
function mostCommon<T>(items: readonly T[], key: (item: T) => string | null): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const n = (counts.get(k) ?? 0) + 1;
    counts.set(k, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = k;
  }
  return best;
}

function heatMap(digests: readonly WorkbookDigest[]): HeatMap {
  const scaleWanted = mostCommon(digests, (d) => scaleKey(d.scale));
  const onScale = digests.filter((d) => scaleKey(d.scale) === scaleWanted);
  const reference = onScale[0] as WorkbookDigest;
  const frameworkOf = (d: WorkbookDigest) => (d.framework === null ? null : labelKey(d.framework));
  const frameworkWanted = mostCommon(onScale, frameworkOf);
  const framework = onScale.find((d) => frameworkOf(d) === frameworkWanted)?.framework ?? null;
  const notCompared: NotCompared[] = [];
  const compared: WorkbookDigest[] = [];
  const levelList = (s: DigestScale) => s.levels.map((l) => l.label).join(" < ");
  for (const d of digests) {
    if (scaleKey(d.scale) !== scaleWanted) {
      notCompared.push({ workbook: d.workbook, reason: `Its scale (${levelList(d.scale)}) is not the one compared here (${levelList(reference.scale)}).` });
    } else if (frameworkWanted !== null && frameworkOf(d) !== null && frameworkOf(d) !== frameworkWanted) {
      notCompared.push({ workbook: d.workbook, reason: `Its framework "${d.framework ?? ""}" is not the one compared here ("${framework ?? ""}").` });
    } else if (d.areas.length === 0) {
      notCompared.push({ workbook: d.workbook, reason: "Its Ratings table lists no areas." });
    } else {
      compared.push(d);
    }
  }
  const names = compared.map(shownName);
  const keys = names.map(labelKey);
  const uses = new Map<string, number>();
  for (const key of keys) uses.set(key, (uses.get(key) ?? 0) + 1);
  const organisations = names.map((name, i) => ((uses.get(keys[i] ?? "") ?? 0) > 1 ? `${name} (${fileStem(compared[i]?.workbook ?? "")})` : name));
  // Areas in the order the first workbooks list them; one a later workbook adds goes at the end.
  const areaRows = new Map<string, { theme: string; area: string; cells: (string | null)[] }>();
  compared.forEach((d, column) => {
    for (const a of d.areas) {
      const key = labelKey(a.area);
      let row = areaRows.get(key);
      if (!row) {
        row = { theme: a.theme, area: a.area, cells: compared.map(() => null) };
        areaRows.set(key, row);
      }
      // An area listed twice in one workbook: its first row counts, as the reader reads the first.
      if (row.cells[column] === null) row.cells[column] = a.latestRating;
    }
  });
  const areas = [...areaRows.values()];
  const levels = reference.scale.levels;
  const levelOf = new Map(levels.map((l) => [labelKey(l.label), l.label]));
  const countColumn = (column: number, wanted: (cell: string | null) => boolean) => areas.filter((a) => wanted(a.cells[column] ?? null)).length;
  const isLevel = (cell: string | null) => cell !== null && levelOf.has(labelKey(cell));
  const counts = [
    ...levels.map((l) => ({ label: l.label, counts: compared.map((_, c) => countColumn(c, (cell) => cell !== null && labelKey(cell) === labelKey(l.label))) })),
    { label: NOT_RATED, counts: compared.map((_, c) => countColumn(c, (cell) => cell !== null && !isLevel(cell))) },
    { label: NO_SUCH_AREA, counts: compared.map((_, c) => countColumn(c, (cell) => cell === null)) },
  ];
  const actions = [
    { label: OPEN_ACTIONS, counts: compared.map((d) => d.openActions) },
    { label: OVERDUE_ACTIONS, counts: compared.map((d) => d.overdueActions) },
  ];
  return { scale: reference.scale, framework, organisations, areas, counts, actions, notCompared };
}
