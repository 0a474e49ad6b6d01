import { blockAddress } from "../../src/core/a1";
import { scaleRows, statusRows } from "../../src/core/lists-tables";
import type { ActionField, RatingWorkbook, TableSource } from "../../src/core/rating-workbook";
import { SCALE_COLUMNS, STATUS_COLUMNS } from "../../src/core/workbook-contract";
import type { TableSnapshot, WorkbookSnapshot } from "../../src/core/workbook-snapshot";

const ACTION_HEADERS: Record<ActionField, string> = {
  ref: "Ref",
  nextStep: "Next step",
  theme: "Theme",
  area: "Area",
  owner: "Owner",
  due: "Due",
  priority: "Priority",
  status: "Status",
  update: "Update",
};

/** An empty grid the size of a table's block, header row first. */
function blankBlock(source: TableSource): unknown[][] {
  return Array.from({ length: source.bodyRows + 1 }, () => Array.from({ length: source.columns }, () => ""));
}

function tableAt(name: string, source: TableSource, values: unknown[][]): TableSnapshot {
  const address = blockAddress({ top: source.headerRow, left: source.left, rows: values.length, columns: source.columns });
  return { name, sheet: source.sheet, address: `${source.sheet}!${address}`, values };
}

/**
 * Writes a model back into the grids it describes, each value at the cell its address names: the
 * inverse of readWorkbook for the parts the model keeps (free columns come back blank).
 */
export function snapshotOfModel(model: RatingWorkbook): WorkbookSnapshot {
  const { ratings, actions } = model;
  const grid = blankBlock(ratings.source);
  const at = (source: TableSource, row: number, column: number, value: unknown, target: unknown[][]) => {
    const line = target[row - source.headerRow];
    if (line) line[column - source.left] = value;
  };
  at(ratings.source, ratings.source.headerRow, ratings.themeColumn, "Theme", grid);
  at(ratings.source, ratings.source.headerRow, ratings.areaColumn, "Area", grid);
  for (const round of ratings.rounds) at(ratings.source, ratings.source.headerRow, round.column, round.label, grid);
  if (ratings.notesColumn !== null) at(ratings.source, ratings.source.headerRow, ratings.notesColumn, "Notes", grid);
  for (const area of ratings.areas) {
    at(ratings.source, area.row, ratings.themeColumn, area.themeCarried ? "" : area.theme, grid);
    at(ratings.source, area.row, ratings.areaColumn, area.area, grid);
    area.ratings.forEach((cell, i) => {
      const round = ratings.rounds[i];
      if (round) at(ratings.source, area.row, round.column, cell.raw, grid);
    });
    if (ratings.notesColumn !== null) at(ratings.source, area.row, ratings.notesColumn, area.notes, grid);
  }
  const tables: TableSnapshot[] = [tableAt(ratings.source.table ?? "Ratings", ratings.source, grid)];
  if (actions) {
    const actionGrid = blankBlock(actions.source);
    const fields = Object.keys(ACTION_HEADERS) as ActionField[];
    for (const field of fields) {
      if (actions.columns[field] >= 0) at(actions.source, actions.source.headerRow, actions.columns[field], ACTION_HEADERS[field], actionGrid);
    }
    for (const item of actions.items) {
      const values: Record<ActionField, unknown> = { ...item, due: item.dueRaw, status: item.statusText };
      for (const field of fields) {
        if (actions.columns[field] >= 0) at(actions.source, item.row, actions.columns[field], values[field], actionGrid);
      }
    }
    tables.push(tableAt(actions.source.table ?? "Actions", actions.source, actionGrid));
  }
  const scale = [[...SCALE_COLUMNS], ...scaleRows(model.scale)];
  const statuses = [[...STATUS_COLUMNS], ...statusRows(model.statuses)];
  tables.push(
    { name: "RatingScale", sheet: "Lists", address: `Lists!${blockAddress({ top: 0, left: 0, rows: scale.length, columns: SCALE_COLUMNS.length })}`, values: scale },
    { name: "ActionStatuses", sheet: "Lists", address: `Lists!${blockAddress({ top: 0, left: 6, rows: statuses.length, columns: STATUS_COLUMNS.length })}`, values: statuses },
  );
  return {
    sheetNames: [...new Set(tables.map((t) => t.sheet))],
    tableNames: tables.map((t) => ({ name: t.name, sheet: t.sheet })),
    tables,
    sheets: [],
    names: [],
  };
}
