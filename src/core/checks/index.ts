import type { RatingWorkbook } from "../rating-workbook";
import { actionDueDateProblems } from "./action-due-dates";
import { actionLinkProblems } from "./action-links";
import { actionsWithoutOwner } from "./action-owners";
import { actionStatusProblems } from "./action-statuses";
import { areaNameProblems } from "./area-names";
import type { Check, CheckOptions } from "./check-options";
import { FINDING_KIND_TITLES, type Finding, type FindingKind } from "./finding";
import { latestRoundBlanks } from "./latest-round-blank";
import { ratingsOffScale } from "./rating-off-scale";
import { ratingVariants } from "./rating-variant";
import { roundHeaderProblems } from "./round-headers";

export type { CheckOptions } from "./check-options";
export { FINDING_KIND_TITLES, type Finding, type FindingKind } from "./finding";
export { fixPlan } from "./fix-plan";

/** Every check, in the order their findings are listed. */
const CHECKS: readonly Check[] = [
  roundHeaderProblems,
  ratingsOffScale,
  ratingVariants,
  latestRoundBlanks,
  areaNameProblems,
  actionLinkProblems,
  actionStatusProblems,
  actionsWithoutOwner,
  actionDueDateProblems,
];

/**
 * Everything wrong or worth a look in a workbook the reader understood. Pure and deterministic:
 * the same model and day give the same findings in the same order.
 */
export function checkWorkbook(model: RatingWorkbook, options: CheckOptions): Finding[] {
  return CHECKS.flatMap((check) => check(model, options));
}

export interface FindingGroup {
  readonly kind: FindingKind;
  readonly title: string;
  readonly findings: readonly Finding[];
}

/** Findings grouped by kind, groups in the order of FINDING_KIND_TITLES, empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return (Object.keys(FINDING_KIND_TITLES) as FindingKind[])
    .map((kind) => ({ kind, title: FINDING_KIND_TITLES[kind], findings: findings.filter((f) => f.kind === kind) }))
    .filter((group) => group.findings.length > 0);
}
