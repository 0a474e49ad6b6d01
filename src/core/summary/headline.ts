import type { ActionOverview } from "./action-overview";
import type { RoundComparison } from "./round-comparison";

function areas(n: number): string {
  return `${n} ${n === 1 ? "area" : "areas"}`;
}

/** "5 areas improved" / "1 area improved" / "none improved" for a later clause. */
function countOrNone(n: number, verb: string): string {
  return n === 0 ? `none ${verb}` : `${n} ${verb}`;
}

function isAre(n: number): string {
  return n === 1 ? "is" : "are";
}

/**
 * The one plain sentence at the top of the summary, e.g. "5 areas improved, none declined and 5 are
 * unchanged since IMA 2015; 2 areas are below Satisfactory; 11 of 11 actions are open, none overdue."
 * `actions` is null when the workbook has no Actions table.
 */
export function headline(comparison: RoundComparison, actions: ActionOverview | null): string {
  const count = (movement: string): number => comparison.areas.filter((a) => a.movement === movement).length;
  const improved = count("improved");
  const declined = count("declined");
  const unchanged = count("unchanged");
  const newlyRated = count("newly rated");
  const notRated = count("not rated");
  const below = comparison.areas.filter((a) => a.attention.some((reason) => reason.startsWith("Below "))).length;

  const first = improved === 0 ? "No areas improved" : `${areas(improved)} improved`;
  const unchangedText = unchanged === 0 ? "none are unchanged" : `${unchanged} ${isAre(unchanged)} unchanged`;
  const parts = [`${first}, ${countOrNone(declined, "declined")} and ${unchangedText} since ${comparison.earlierRound}`];
  if (newlyRated > 0) parts.push(`${areas(newlyRated)} ${isAre(newlyRated)} newly rated in ${comparison.laterRound}`);
  if (notRated > 0) parts.push(`${areas(notRated)} ${notRated === 1 ? "has" : "have"} no rating in ${comparison.laterRound}`);
  parts.push(below === 0 ? `no areas are below ${comparison.target}` : `${areas(below)} ${isAre(below)} below ${comparison.target}`);
  parts.push(actionsClause(actions));
  return `${parts.join("; ")}.`;
}

function actionsClause(actions: ActionOverview | null): string {
  if (actions === null) return "the workbook has no Actions table";
  if (actions.total === 0) return "there are no actions";
  const of = `${actions.open === 0 ? "none" : actions.open} of ${actions.total} ${actions.total === 1 ? "action" : "actions"}`;
  const verb = actions.open === 1 || (actions.open === 0 && actions.total === 1) ? "is" : "are";
  const overdue = actions.open === 0 ? "" : `, ${actions.overdue === 0 ? "none" : actions.overdue} overdue`;
  const unlisted =
    actions.unlisted === 0 ? "" : ` (${actions.unlisted} with a status not on the list)`;
  return `${of} ${verb} open${overdue}${unlisted}`;
}
