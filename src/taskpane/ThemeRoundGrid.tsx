import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";
import type { AreaToRate } from "../core/rating-form";
import type { RatingScale } from "../core/rating-scale";
import type { Round } from "../core/rating-workbook";
import { DisclosureBody, DisclosureButton } from "./Disclosure";
import { RatingDropdown, describeCell, levelOf } from "./RatingDropdown";
import { RatingSwatch } from "./RatingSwatch";

const useStyles = makeStyles({
  // More rounds than fit scroll sideways inside this box; the pane itself never does.
  scroller: { overflowX: "auto", maxWidth: "100%", containerType: "inline-size" },
  // Fixed layout: every theme's grid has the same columns, so the rounds line up down the pane.
  table: { width: "100%", tableLayout: "fixed", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  head: {
    textAlign: "start",
    verticalAlign: "bottom",
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS}`,
    overflowWrap: "break-word",
  },
  selectedHead: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  areaName: {
    textAlign: "start",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // The area's name, and at its end the button that shows its notes and commentary.
  nameLine: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  toggle: { fontSize: tokens.fontSizeBase200, minHeight: "auto", paddingTop: 0, paddingBottom: 0 },
  cell: { verticalAlign: "middle", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, overflowWrap: "break-word" },
  level: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // A narrow older round's level breaks (hyphenated where the browser can) rather than running under the next column.
  levelText: { minWidth: 0, overflowWrap: "anywhere", hyphens: "auto" },
  // The round being rated stays in sight when older rounds scroll past.
  selectedCell: { position: "sticky", right: 0, backgroundColor: tokens.colorNeutralBackground1 },
  below: {
    position: "sticky",
    left: 0,
    maxWidth: "100cqi",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    boxSizing: "border-box",
  },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/** Narrowest an older round's column and the chosen round's may be before the grid scrolls sideways, in rem. */
const OLDER_MIN_REM = 4.25;
const CHOSEN_MIN_REM = 9;

/**
 * Column widths: the chosen round gets the larger share (its dropdown), the older rounds split the
 * rest; past what the pane holds the table keeps a minimum width and its box scrolls.
 */
function columnWidths(rounds: number): { chosen: string; older: string; minWidth: string } {
  const older = rounds - 1;
  const chosenShare = older === 0 ? 100 : older === 1 ? 60 : older === 2 ? 44 : 40;
  return {
    chosen: `${chosenShare}%`,
    older: older === 0 ? "0" : `${(100 - chosenShare) / older}%`,
    minWidth: `${CHOSEN_MIN_REM + older * OLDER_MIN_REM}rem`,
  };
}

export interface ThemeRoundGridProps {
  readonly theme: string;
  readonly areas: readonly AreaToRate[];
  readonly rounds: readonly Round[];
  /** The round being rated: its column holds the dropdowns; the others are shown, not edited. */
  readonly roundIndex: number;
  readonly scale: RatingScale;
  readonly onChoose: (area: AreaToRate, level: string | null) => void;
  /** The message of the area's last write (or null), shown under its ratings. */
  readonly message: (area: AreaToRate) => ReactNode;
  /** What the area's "Notes" button shows under its ratings: its notes and commentary. */
  readonly details: (area: AreaToRate) => ReactNode;
}

/**
 * The compact Rate view of one theme: a table with a column per round and, per area, its name across
 * the table and its ratings below. Only the chosen round's column can be changed; each dropdown is
 * named by its area and described by the previous round's rating, as in the list of fields.
 */
export function ThemeRoundGrid({ theme, areas, rounds, roundIndex, scale, onChoose, message, details }: ThemeRoundGridProps) {
  const styles = useStyles();
  const id = useId();
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const toggle = (row: number) =>
    setOpen((before) => {
      const after = new Set(before);
      if (!after.delete(row)) after.add(row);
      return after;
    });
  const round = rounds[roundIndex];
  const previousRound = rounds[roundIndex - 1];
  const widths = columnWidths(rounds.length);
  return (
    <div className={styles.scroller}>
      <table className={styles.table} style={{ minWidth: widths.minWidth }}>
        <caption className={styles.hidden}>
          {theme}: ratings by round{round === undefined ? "" : `; ${round.label} can be changed`}
        </caption>
        <colgroup>
          {rounds.map((r, i) => (
            <col key={r.column} style={{ width: i === roundIndex ? widths.chosen : widths.older }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {rounds.map((r, i) => (
              <th key={r.column} id={`${id}-round-${i}`} scope="col" className={mergeClasses(styles.head, i === roundIndex && styles.selectedHead, i === roundIndex && styles.selectedCell)}>
                {r.label}
              </th>
            ))}
          </tr>
        </thead>
        {areas.map((area) => {
          const areaId = `${id}-area-${area.row}`;
          const hintId = `${id}-hint-${area.row}`;
          const detailsId = `${id}-details-${area.row}`;
          const shown = open.has(area.row);
          const said = message(area);
          const hint = [
            previousRound !== undefined && area.previous !== null ? `${previousRound.label}: ${describeCell(area.previous)}` : "",
            area.current.match === "none" ? `The cell holds "${area.current.text}", which is not on the scale. Choose a level to replace it.` : "",
          ]
            .filter((part) => part !== "")
            .join(". ");
          return (
            <tbody key={area.row}>
              <tr>
                <th id={`${areaId}-head`} scope="rowgroup" colSpan={rounds.length} className={styles.areaName}>
                  <div className={styles.nameLine}>
                    <span id={areaId}>{area.area}</span>
                    <DisclosureButton className={styles.toggle} open={shown} onToggle={() => toggle(area.row)} controls={detailsId}>
                      Notes<span className={styles.hidden}> and commentary on {area.area}</span>
                      {area.notes !== "" ? " (written)" : ""}
                    </DisclosureButton>
                  </div>
                </th>
              </tr>
              <tr>
                {area.rounds.map((cell, i) =>
                  i === roundIndex ? (
                    <td key={i} headers={`${areaId}-head ${id}-round-${i}`} className={mergeClasses(styles.cell, styles.selectedCell)}>
                      <RatingDropdown area={area} scale={scale} onChoose={(level) => onChoose(area, level)} labelledBy={areaId} describedBy={hint === "" ? undefined : hintId} wrap />
                      {hint !== "" && (
                        <span id={hintId} className={styles.hidden}>
                          {hint}
                        </span>
                      )}
                    </td>
                  ) : (
                    <td key={i} headers={`${areaId}-head ${id}-round-${i}`} className={styles.cell}>
                      <span className={styles.level}>
                        <RatingSwatch level={levelOf(scale, cell)} />
                        <span className={styles.levelText} lang="en-GB">
                          {cell.match === "blank" ? "Not rated" : cell.match === "none" ? `${cell.text} (not on the scale)` : (cell.level ?? cell.text)}
                        </span>
                      </span>
                    </td>
                  ),
                )}
              </tr>
              {(said !== null || shown) && (
                <tr>
                  <td colSpan={rounds.length}>
                    <div className={styles.below}>
                      {said}
                      {shown && <DisclosureBody id={detailsId}>{details(area)}</DisclosureBody>}
                    </div>
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
