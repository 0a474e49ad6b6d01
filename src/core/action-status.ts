import { labelKey } from "./label-key";
import type { HexColour } from "./rating-scale";

export interface ActionStatus {
  readonly label: string;
  /** Open statuses still need work: they count towards "open" and "overdue". */
  readonly open: boolean;
  readonly fill: HexColour;
  readonly font: HexColour;
}

export const DEFAULT_STATUSES: readonly ActionStatus[] = [
  { label: "Not started", open: true, fill: "#F2F2F2", font: "#3A3A3A" },
  { label: "In progress", open: true, fill: "#FFEB9C", font: "#7F4F00" },
  { label: "Blocked", open: true, fill: "#FFC7CE", font: "#9C0006" },
  { label: "Complete", open: false, fill: "#C6EFCE", font: "#006100" },
];

export const DEFAULT_PRIORITIES: readonly string[] = ["High", "Medium", "Low"];

/** The status a cell's text names, ignoring case and spacing; undefined when it names none. */
export function findStatus(statuses: readonly ActionStatus[], text: string): ActionStatus | undefined {
  const key = labelKey(text);
  return key === "" ? undefined : statuses.find((status) => labelKey(status.label) === key);
}
