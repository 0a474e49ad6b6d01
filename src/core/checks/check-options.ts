import type { RatingWorkbook } from "../rating-workbook";
import type { Finding } from "./finding";

export interface CheckOptions {
  /** Today as "YYYY-MM-DD" in the local time of the computer running Excel (see localIsoDate). */
  readonly todayIso: string;
}

/** One kind of check: reads the model, returns what it found in row order. Never throws. */
export type Check = (model: RatingWorkbook, options: CheckOptions) => Finding[];
