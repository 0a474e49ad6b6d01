import { Dropdown, Option, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { AreaToRate } from "../core/rating-form";
import type { RatingCell } from "../core/rating-workbook";
import type { RatingScale, ScaleLevel } from "../core/rating-scale";
import { RatingSwatch } from "./RatingSwatch";

/** The option that clears the cell (a value no sensible level label has). */
const NOT_RATED = "(not rated)";
export const NOT_RATED_TEXT = "Not rated";

const useStyles = makeStyles({
  control: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  dropdown: { flexGrow: 1, minWidth: 0 },
  // In a narrow grid cell a long level ("Progressing to good practice") wraps rather than running out.
  wrapping: { whiteSpace: "normal", textAlign: "start", overflowWrap: "break-word", height: "auto", minHeight: "24px" },
  option: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function levelOf(scale: RatingScale, cell: RatingCell | null): ScaleLevel | undefined {
  if (cell === null || cell.level === null) return undefined;
  return scale.levels.find((l) => l.label === cell.level);
}

/** What a rating cell holds, in words: the level, "not rated", or the text that is not on the scale. */
export function describeCell(cell: RatingCell): string {
  if (cell.match === "blank") return "not rated";
  if (cell.match === "none") return `"${cell.text}" (not on the scale)`;
  return cell.level ?? cell.text;
}

export interface RatingDropdownProps {
  readonly area: AreaToRate;
  readonly scale: RatingScale;
  /** Called with the chosen level's label, or null for "Not rated"; not called for the level already there. */
  readonly onChoose: (level: string | null) => void;
  /** Outside a Fluent Field: the ids of the element(s) naming and describing it. */
  readonly labelledBy?: string;
  readonly describedBy?: string;
  /** A narrow grid cell: the small dropdown, and the shown level wraps onto more lines. */
  readonly wrap?: boolean;
}

/**
 * An area's rating for one round: the level's colour, then a dropdown of the scale (each level with
 * its colour, and "Not rated" to clear). `data-rating-row` lets "Next unrated" find it.
 */
export function RatingDropdown({ area, scale, onChoose, labelledBy, describedBy, wrap = false }: RatingDropdownProps) {
  const styles = useStyles();
  const { current } = area;
  const currentLevel = levelOf(scale, current);
  const shown = current.match === "blank" ? NOT_RATED_TEXT : current.match === "none" ? current.text : (current.level ?? "");
  return (
    <div className={styles.control}>
      <RatingSwatch level={currentLevel} />
      <Dropdown
        className={styles.dropdown}
        size={wrap ? "small" : "medium"}
        button={{ className: mergeClasses(wrap && styles.wrapping) }}
        value={shown}
        data-rating-row={area.row}
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        selectedOptions={currentLevel ? [currentLevel.label] : current.match === "blank" ? [NOT_RATED] : []}
        onOptionSelect={(_event, data) => {
          const chosen = data.optionValue ?? NOT_RATED;
          if (chosen === NOT_RATED ? current.match === "blank" : current.match === "exact" && current.level === chosen) return;
          onChoose(chosen === NOT_RATED ? null : chosen);
        }}
      >
        <Option value={NOT_RATED} text={NOT_RATED_TEXT}>
          <span className={styles.option}>
            <RatingSwatch level={undefined} />
            {NOT_RATED_TEXT}
          </span>
        </Option>
        {scale.levels.map((level) => (
          <Option key={level.label} value={level.label} text={level.label}>
            <span className={styles.option}>
              <RatingSwatch level={level} />
              {level.label}
            </span>
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
