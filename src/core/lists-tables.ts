import type { ActionStatus } from "./action-status";
import type { CellValue } from "./cell";
import { labelKey } from "./label-key";
import type { RatingScale, ScaleLevel } from "./rating-scale";
import { ALIAS_SEPARATOR, OPEN_NO, OPEN_YES, SCALE_COLUMNS, STATUS_COLUMNS } from "./workbook-contract";

/** The RatingScale table's rows for a scale, lowest level first. */
export function scaleRows(scale: RatingScale): CellValue[][] {
  return scale.levels.map((level, i) => [level.label, i + 1, level.fill, level.font, level.aliases.join(`${ALIAS_SEPARATOR} `)]);
}

export function statusRows(statuses: readonly ActionStatus[]): CellValue[][] {
  return statuses.map((status) => [status.label, status.open ? OPEN_YES : OPEN_NO, status.fill, status.font]);
}

/** What reading a Lists table gave: the value, or the precise reasons it could not be used. */
export type ListRead<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: string[] };

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return String(value).trim();
}

const DEFAULT_FILL = "#FFFFFF";
const DEFAULT_FONT = "#000000";

function colourOr(value: unknown, fallback: string): string {
  const t = text(value);
  if (/^#[0-9A-Fa-f]{6}$/.test(t)) return t.toUpperCase();
  if (/^[0-9A-Fa-f]{6}$/.test(t)) return `#${t.toUpperCase()}`;
  return fallback;
}

/**
 * Reads the RatingScale table (header row first) into a scale. Rows are ordered by Rank when every
 * row has a numeric rank, otherwise by their order in the table. Blank rows are skipped.
 */
export function readScaleTable(rows: readonly (readonly unknown[])[], sheet: string): ListRead<RatingScale> {
  const [header, ...body] = rows;
  const levelCol = header ? headerIndexLoose(header, SCALE_COLUMNS[0]) : undefined;
  if (!header || levelCol === undefined) {
    return { ok: false, problems: [`The RatingScale table on "${sheet}" has no "${SCALE_COLUMNS[0]}" column.`] };
  }
  const rankCol = headerIndexLoose(header, "Rank");
  const fillCol = headerIndexLoose(header, "Fill");
  const fontCol = headerIndexLoose(header, "Font");
  const aliasCol = headerIndexLoose(header, "Aliases");
  const entries: { level: ScaleLevel; rank: number | null; order: number }[] = [];
  body.forEach((row, order) => {
    const label = text(row[levelCol]);
    if (label === "") return;
    const rankCell = rankCol === undefined ? null : row[rankCol];
    const aliases = aliasCol === undefined ? "" : text(row[aliasCol]);
    entries.push({
      level: {
        label,
        aliases: aliases.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter((a) => a !== ""),
        fill: colourOr(fillCol === undefined ? "" : row[fillCol], DEFAULT_FILL),
        font: colourOr(fontCol === undefined ? "" : row[fontCol], DEFAULT_FONT),
      },
      rank: typeof rankCell === "number" && Number.isFinite(rankCell) ? rankCell : null,
      order,
    });
  });
  if (entries.length < 2) {
    return { ok: false, problems: [`The RatingScale table on "${sheet}" needs at least two levels; it has ${entries.length}.`] };
  }
  const ranked = entries.every((e) => e.rank !== null);
  entries.sort((a, b) => (ranked ? (a.rank as number) - (b.rank as number) : 0) || a.order - b.order);
  return { ok: true, value: { id: "workbook", name: "This workbook's scale", levels: entries.map((e) => e.level) } };
}

function headerIndexLoose(header: readonly unknown[], name: string): number | undefined {
  const i = header.findIndex((cell) => labelKey(text(cell)) === labelKey(name));
  return i < 0 ? undefined : i;
}

/** Reads the ActionStatuses table; a status is open unless its Open cell says No, False or Closed. */
export function readStatusTable(rows: readonly (readonly unknown[])[], sheet: string): ListRead<ActionStatus[]> {
  const [header, ...body] = rows;
  const statusCol = header ? headerIndexLoose(header, STATUS_COLUMNS[0]) : undefined;
  if (!header || statusCol === undefined) {
    return { ok: false, problems: [`The ActionStatuses table on "${sheet}" has no "${STATUS_COLUMNS[0]}" column.`] };
  }
  const openCol = headerIndexLoose(header, "Open");
  const fillCol = headerIndexLoose(header, "Fill");
  const fontCol = headerIndexLoose(header, "Font");
  const statuses: ActionStatus[] = [];
  for (const row of body) {
    const label = text(row[statusCol]);
    if (label === "") continue;
    const openText = openCol === undefined ? "" : labelKey(text(row[openCol]));
    const closed = openText === "no" || openText === "false" || openText === "closed" || row[openCol ?? -1] === false;
    statuses.push({
      label,
      open: !closed,
      fill: colourOr(fillCol === undefined ? "" : row[fillCol], DEFAULT_FILL),
      font: colourOr(fontCol === undefined ? "" : row[fontCol], DEFAULT_FONT),
    });
  }
  if (statuses.length === 0) return { ok: false, problems: [`The ActionStatuses table on "${sheet}" lists no statuses.`] };
  return { ok: true, value: statuses };
}
