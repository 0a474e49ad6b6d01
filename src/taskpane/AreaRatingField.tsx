import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { AreaToRate } from "../core/rating-form";
import type { RatingCell } from "../core/rating-workbook";
import type { RatingScale, ScaleLevel } from "../core/rating-scale";
import { RatingSwatch } from "./RatingSwatch";

/** The option that clears the cell (a value no sensible level label has). */
const NOT_RATED = "(not rated)";
const NOT_RATED_TEXT = "Not rated";

const useStyles = makeStyles({
  control: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  dropdown: { flexGrow: 1, minWidth: 0 },
  option: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface AreaRatingFieldProps {
  readonly area: AreaToRate;
  readonly scale: RatingScale;
  /** Label of the round before the one being rated, or null for the first round. */
  readonly previousRound: string | null;
  /** Called with the chosen level's label, or null for "Not rated". */
  readonly onChoose: (level: string | null) => void;
}

function levelOf(scale: RatingScale, cell: RatingCell | null): ScaleLevel | undefined {
  if (cell === null || cell.level === null) return undefined;
  return scale.levels.find((l) => l.label === cell.level);
}

function describeCell(cell: RatingCell): string {
  if (cell.match === "blank") return "not rated";
  if (cell.match === "none") return `"${cell.text}" (not on the scale)`;
  return cell.level ?? cell.text;
}

/**
 * One area: its rating for the round as a dropdown of the scale (each level with its colour), and the
 * previous round's rating as the field's hint, which screen readers read after the area's name.
 */
export function AreaRatingField({ area, scale, previousRound, onChoose }: AreaRatingFieldProps) {
  const styles = useStyles();
  const { current, previous } = area;
  const currentLevel = levelOf(scale, current);
  const shown = current.match === "blank" ? NOT_RATED_TEXT : current.match === "none" ? current.text : (current.level ?? "");
  const hint =
    previousRound !== null && previous !== null ? (
      <span className={styles.hint}>
        <RatingSwatch level={levelOf(scale, previous)} />
        {`${previousRound}: ${describeCell(previous)}`}
      </span>
    ) : undefined;
  return (
    <Field
      label={area.area}
      hint={hint}
      validationState={current.match === "none" ? "warning" : "none"}
      validationMessage={
        current.match === "none" ? `The cell holds "${current.text}", which is not on the scale. Choose a level to replace it.` : undefined
      }
    >
      <div className={styles.control}>
        <RatingSwatch level={currentLevel} />
        <Dropdown
          className={styles.dropdown}
          value={shown}
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
    </Field>
  );
}
