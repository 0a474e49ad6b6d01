import type { RatingWorkbook } from "../core/rating-workbook";
import { lacksRatingsTable, readWorkbook } from "../core/read-workbook";
import { chooseRounds } from "../core/summary/round-comparison";
import { targetLevel } from "../core/summary/target-level";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";

/** What the Summary view offers: the rounds (oldest first) and the scale's levels (lowest first). */
export type SummaryChoices =
  | {
      readonly kind: "ready";
      readonly rounds: readonly string[];
      readonly levels: readonly string[];
      readonly target: string;
      /** The workbook as read, so the view can say what the sheet will contain (summaryOutline) without reading again. */
      readonly workbook: RatingWorkbook;
    }
  /** `noRatingsTable`: the workbook is not a rating workbook yet (offer Set up or Import). */
  | { readonly kind: "blocked"; readonly problems: readonly string[]; readonly noRatingsTable?: boolean };

export async function summaryChoices(host: WorkbookHost): Promise<SummaryChoices> {
  const read = readWorkbook(await host.read(CONTRACT_READ));
  if (!read.ok) return { kind: "blocked", problems: read.problems.map((p) => p.message), noRatingsTable: lacksRatingsTable(read.problems) };
  const { ratings, scale } = read.workbook;
  const latest = chooseRounds(ratings);
  if ("problem" in latest) return { kind: "blocked", problems: [latest.problem] };
  const rounds = ratings.rounds.map((r) => r.label);
  return { kind: "ready", rounds, levels: scale.levels.map((l) => l.label), target: targetLevel(scale), workbook: read.workbook };
}
