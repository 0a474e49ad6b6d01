/**
 * One thing the checks found wrong or worth a look in a rating workbook. This shape is shared by
 * the task pane's Check view and the command line's `check`: keep it stable (docs/checks.md).
 */
export interface Finding {
  /** Stable identifier of the kind of finding, e.g. "rating-not-on-scale". */
  readonly kind: FindingKind;
  /** "error": the workbook is wrong; "warning": worth attention (a blank, an overdue action). */
  readonly severity: "error" | "warning";
  readonly sheet: string;
  /** A1 address of the cell on `sheet` (e.g. "C5"); "" when the finding is about a sheet or table as a whole. */
  readonly address: string;
  /** What the cell holds, as shown to the user (long text shortened). */
  readonly found: string;
  /** What was expected there. */
  readonly expected: string;
  /** A plain sentence saying what is wrong, for someone who cannot see the cell. */
  readonly message: string;
  /** Present when the finding can be fixed automatically: the value to write into the cell. */
  readonly fix?: { readonly value: string };
  /** A likely intended value (a near miss such as "Satisfactroy"), offered but never applied by "Fix all". */
  readonly suggestion?: string;
}

export type FindingKind =
  | "workbook-structure"
  | "rating-not-on-scale"
  | "rating-variant"
  | "rating-blank-latest"
  | "area-blank"
  | "area-duplicate"
  | "round-header-blank"
  | "round-header-duplicate"
  | "no-rounds"
  | "action-theme-unknown"
  | "action-area-unknown"
  | "action-status-unknown"
  | "action-status-variant"
  | "action-owner-missing"
  | "action-due-not-date"
  | "action-overdue";

/** A heading for each kind, in the order the Check view lists the groups. */
export const FINDING_KIND_TITLES: Readonly<Record<FindingKind, string>> = {
  "workbook-structure": "The workbook cannot be read",
  "rating-not-on-scale": "Rating not on the scale",
  "rating-variant": "Rating spelt differently from the scale",
  "rating-blank-latest": "Not rated in the latest round",
  "area-blank": "Row without an area name",
  "area-duplicate": "Area listed twice",
  "round-header-blank": "Round column without a label",
  "round-header-duplicate": "Round label used twice",
  "no-rounds": "No round columns",
  "action-theme-unknown": "Action theme not in the Ratings table",
  "action-area-unknown": "Action area not in the Ratings table",
  "action-status-unknown": "Unknown action status",
  "action-status-variant": "Action status spelt differently from the list",
  "action-owner-missing": "Open action without an owner",
  "action-due-not-date": "Due date that is not a date",
  "action-overdue": "Overdue action",
};
