import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { AreaToRate } from "../core/rating-form";
import type { RatingScale } from "../core/rating-scale";
import type { Round } from "../core/rating-workbook";
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
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXXS}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { verticalAlign: "middle", padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, overflowWrap: "break-word" },
  level: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  // The round being rated stays in sight when older rounds scroll past.
  selectedCell: { position: "sticky", right: 0, backgroundColor: tokens.colorNeutralBackground1 },
  below: { position: "sticky", left: 0, maxWidth: "100cqi", padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalXS}`, boxSizing: "border-box" },
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
  const chosenShare = older === 0 ? 100 : older === 1 ? 60 : older === 2 ? 50 : 40;
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
  /** What goes under an area's row: its notes and commentary, the message of its last write. */
  readonly below: (area: AreaToRate) => ReactNode;
}

/**
 * The compact Rate view of one theme: a table with a column per round and, per area, its name across
 * the table and its ratings below. Only the chosen round's column can be changed; each dropdown is
 * named by its area and described by the previous round's rating, as in the list of fields.
 */
export function ThemeRoundGrid({ theme, areas, rounds, roundIndex, scale, onChoose, below }: ThemeRoundGridProps) {
  const styles = useStyles();
  const id = useId();
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
          const extra = below(area);
          const hint = [
            previousRound !== undefined && area.previous !== null ? `${previousRound.label}: ${describeCell(area.previous)}` : "",
            area.current.match === "none" ? `The cell holds "${area.current.text}", which is not on the scale. Choose a level to replace it.` : "",
          ]
            .filter((part) => part !== "")
            .join(". ");
          return (
            <tbody key={area.row}>
              <tr>
                <th id={areaId} scope="rowgroup" colSpan={rounds.length} className={styles.areaName}>
                  {area.area}
                </th>
              </tr>
              <tr>
                {area.rounds.map((cell, i) =>
                  i === roundIndex ? (
                    <td key={i} headers={`${areaId} ${id}-round-${i}`} className={mergeClasses(styles.cell, styles.selectedCell)}>
                      <RatingDropdown area={area} scale={scale} onChoose={(level) => onChoose(area, level)} labelledBy={areaId} describedBy={hint === "" ? undefined : hintId} wrap />
                      {hint !== "" && (
                        <span id={hintId} className={styles.hidden}>
                          {hint}
                        </span>
                      )}
                    </td>
                  ) : (
                    <td key={i} headers={`${areaId} ${id}-round-${i}`} className={styles.cell}>
                      <span className={styles.level}>
                        <RatingSwatch level={levelOf(scale, cell)} />
                        {cell.match === "blank" ? "Not rated" : cell.match === "none" ? `${cell.text} (not on the scale)` : (cell.level ?? cell.text)}
                      </span>
                    </td>
                  ),
                )}
              </tr>
              {extra !== null && (
                <tr>
                  <td colSpan={rounds.length}>
                    <div className={styles.below}>{extra}</div>
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
