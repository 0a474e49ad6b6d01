import type { RatingScale } from "../core/rating-scale";
import type { RatingsTable } from "../core/rating-workbook";
import { lacksRatingsTable, readWorkbook } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed } from "./workflow-result";

export type RatingsRead =
  | { readonly ok: true; readonly ratings: RatingsTable; readonly scale: RatingScale }
  /** `noRatingsTable`: the workbook is not a rating workbook yet (offer Set up or Import). */
  | { readonly ok: false; readonly problems: readonly string[]; readonly noRatingsTable?: boolean };

/** The Ratings table and the scale, for the Rate view; reading never writes. */
export async function readRatings(host: WorkbookHost): Promise<RatingsRead> {
  try {
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message), noRatingsTable: lacksRatingsTable(read.problems) };
    return { ok: true, ratings: read.workbook.ratings, scale: read.workbook.scale };
  } catch (error) {
    const result = failed(error);
    return { ok: false, problems: result.ok ? [] : result.problems };
  }
}
