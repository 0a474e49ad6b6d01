import { Button } from "@fluentui/react-components";
import { BusyIndicator } from "./BusyIndicator";

export interface RepairPanelProps {
  readonly rounds: readonly string[];
  readonly areaCount: number;
  readonly activity: string | null;
  readonly onRepair: () => void;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function describeRatings(rounds: readonly string[], areaCount: number): string {
  const areas = plural(areaCount, "area", "areas");
  if (rounds.length === 0) return `This workbook already has a Ratings table, with ${areas} and no rounds yet.`;
  return `This workbook already has a Ratings table, with ${areas} and ${plural(rounds.length, "round", "rounds")}: ${rounds.join(", ")}.`;
}

/** The workbook is set up already: offer to repair its formatting, never a second set-up. */
export function RepairPanel({ rounds, areaCount, activity, onRepair }: RepairPanelProps) {
  return (
    <>
      <p>{describeRatings(rounds, areaCount)}</p>
      <p>
        If the dropdowns or colours have gone missing (for example after copying and pasting), repair the
        formatting. This puts back the rating dropdowns and colours; it changes no values.
      </p>
      <div>
        <Button appearance="primary" onClick={onRepair} disabledFocusable={activity !== null}>
          Repair formatting
        </Button>
      </div>
      {activity !== null && <BusyIndicator activity={activity} />}
    </>
  );
}
