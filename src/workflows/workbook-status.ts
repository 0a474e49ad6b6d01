import { labelKey } from "../core/label-key";
import { findRatingsColumns } from "../core/ratings-columns";
import { readScaleTable } from "../core/lists-tables";
import { DEFAULT_SCALE } from "../core/scale-presets";
import { SHEETS, TABLES } from "../core/workbook-contract";
import type { WorkbookHost } from "../core/workbook-host";
import { findTable } from "../core/workbook-lookup";
import { CONTRACT_READ } from "./contract-read";

export type WorkbookStatus =
  | { readonly kind: "empty" }
  | { readonly kind: "set-up"; readonly rounds: readonly string[]; readonly areaCount: number }
  | { readonly kind: "blocked"; readonly problems: readonly string[] };

/** Whether the workbook is ready for Set up, already set up, or in the way of both. */
export async function inspectWorkbook(host: WorkbookHost): Promise<WorkbookStatus> {
  const snapshot = await host.read(CONTRACT_READ);
  const ratings = findTable(snapshot, TABLES.ratings);
  if (!ratings) {
    const busy = snapshot.sheets.filter(
      (sheet) => sheet.usedAddress !== null && Object.values(SHEETS).some((name) => labelKey(name) === labelKey(sheet.name)),
    );
    if (busy.length === 0) return { kind: "empty" };
    return {
      kind: "blocked",
      problems: busy.map(
        (sheet) => `The sheet "${sheet.name}" already has content but no ${TABLES.ratings} table. Rename that sheet, or move its content, so Set up can create the workbook.`,
      ),
    };
  }
  const scaleTable = findTable(snapshot, TABLES.scale);
  const scaleRead = scaleTable ? readScaleTable(scaleTable.values, scaleTable.sheet) : null;
  const scale = scaleRead?.ok ? scaleRead.value : DEFAULT_SCALE;
  const [header = [], ...body] = ratings.values;
  const columns = findRatingsColumns(header, body, scale);
  const rounds = "missing" in columns ? [] : columns.rounds.map((r) => r.label);
  const areaCount = "missing" in columns ? 0 : body.filter((row) => String(row[columns.area] ?? "").trim() !== "").length;
  return { kind: "set-up", rounds, areaCount };
}
