import { Field, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { AreaToRate } from "../core/rating-form";
import type { RatingScale } from "../core/rating-scale";
import { RatingDropdown, describeCell, levelOf } from "./RatingDropdown";
import { RatingSwatch } from "./RatingSwatch";

const useStyles = makeStyles({
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
});

export interface AreaRatingFieldProps {
  readonly area: AreaToRate;
  readonly scale: RatingScale;
  /** Label of the round before the one being rated, or null for the first round. */
  readonly previousRound: string | null;
  /** Called with the chosen level's label, or null for "Not rated". */
  readonly onChoose: (level: string | null) => void;
  /** What goes under the rating: the Notes, the commentary, the message of the last write. */
  readonly children?: ReactNode;
}

/**
 * One area: its rating for the round as a dropdown of the scale (each level with its colour), and the
 * previous round's rating as the field's hint, which screen readers read after the area's name.
 */
export function AreaRatingField({ area, scale, previousRound, onChoose, children }: AreaRatingFieldProps) {
  const styles = useStyles();
  const { current, previous } = area;
  const hint =
    previousRound !== null && previous !== null ? (
      <span className={styles.hint}>
        <RatingSwatch level={levelOf(scale, previous)} />
        {`${previousRound}: ${describeCell(previous)}`}
      </span>
    ) : undefined;
  return (
    <div className={styles.area}>
      <Field
        label={area.area}
        hint={hint}
        validationState={current.match === "none" ? "warning" : "none"}
        validationMessage={
          current.match === "none" ? `The cell holds "${current.text}", which is not on the scale. Choose a level to replace it.` : undefined
        }
      >
        <RatingDropdown area={area} scale={scale} onChoose={onChoose} />
      </Field>
      {children}
    </div>
  );
}
