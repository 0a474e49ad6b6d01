import { Button, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { DraftCell, ImportDraft } from "./import-draft";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  theme: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, border: "none", minWidth: 0 },
  themeName: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  // One block per area: its name, then a line per round. Nothing is laid side by side that could
  // push a round out of a 320-pixel pane.
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  areaName: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  round: { display: "grid", gridTemplateColumns: "minmax(5.5em, auto) minmax(0, 1fr)", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  roundLabel: { overflowWrap: "anywhere" },
  select: { minWidth: 0 },
  uncertain: {
    padding: tokens.spacingHorizontalXS,
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `2px solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  check: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground1, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
});

export interface ImportPreviewProps {
  readonly draft: ImportDraft;
  readonly busy: boolean;
  readonly onRating: (index: number, rating: string) => void;
  readonly onWrite: () => void;
  readonly onStartAgain: () => void;
}

/** Why a reading is doubtful, in the report's own words rather than a line number nobody can see. */
function checkText(cell: DraftCell): string {
  return cell.found === null || cell.found.trim() === ""
    ? "Check: no rating was found here in the report."
    : `Check: the report reads “${cell.found.trim()}” here.`;
}

/** What was found, area by area with a line per round; each rating can be changed, doubtful ones are marked. */
export function ImportPreview({ draft, busy, onRating, onWrite, onStartAgain }: ImportPreviewProps) {
  const styles = useStyles();
  const noteId = useId();
  const idPrefix = useId();
  const { review } = draft;
  const uncertain = draft.cells.filter((c) => c.uncertain).length;
  const cellIndex = new Map(draft.cells.map((c, i) => [`${c.area}\u0000${c.round}`, i]));
  return (
    <div className={styles.stack}>
      <p>
        {review.organisation === null ? "Organisation not found" : `Organisation: ${review.organisation}`}. {review.themes.length} themes,{" "}
        {review.themes.reduce((n, t) => n + t.areas.length, 0)} areas, rounds {review.rounds.join(" and ")}; scale "{review.scale.name}".
      </p>
      {review.ratingsByHand !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{review.ratingsByHand}</MessageBarBody>
        </MessageBar>
      )}
      {uncertain > 0 && (
        <p id={noteId}>
          {uncertain === 1 ? "1 rating is" : `${uncertain} ratings are`} marked "Check": the report's layout could be read another way. Compare
          with the report and correct the rating if needed.
        </p>
      )}
      <div role="group" aria-label="Ratings found in the report" className={styles.stack}>
        {review.themes.map((theme, t) => (
          <section key={theme.name} className={styles.theme} aria-labelledby={`${idPrefix}-theme-${t}`}>
            <h3 id={`${idPrefix}-theme-${t}`} className={styles.themeName}>
              {theme.name}
            </h3>
            {theme.areas.map((area) => (
              <div key={area} className={styles.area} role="group" aria-label={area}>
                <p className={styles.areaName}>{area}</p>
                {review.rounds.map((round) => {
                  const index = cellIndex.get(`${area}\u0000${round}`);
                  const cell = index === undefined ? undefined : draft.cells[index];
                  if (index === undefined || cell === undefined) return null;
                  const selectId = `${idPrefix}-${index}`;
                  const checkId = `${selectId}-check`;
                  return (
                    <div key={round} className={cell.uncertain ? `${styles.round} ${styles.uncertain}` : styles.round}>
                      <label htmlFor={selectId} className={styles.roundLabel}>
                        {round}
                      </label>
                      <Select
                        id={selectId}
                        className={styles.select}
                        aria-label={`${area}, ${round}${cell.uncertain ? " (check)" : ""}`}
                        aria-describedby={cell.uncertain ? `${checkId} ${noteId}` : undefined}
                        value={cell.rating}
                        disabled={busy}
                        onChange={(_e, data) => onRating(index, data.value)}
                      >
                        <option value="">(no rating)</option>
                        {review.scale.levels.map((level) => (
                          <option key={level.label} value={level.label}>
                            {level.label}
                          </option>
                        ))}
                      </Select>
                      {cell.uncertain && (
                        <div id={checkId} className={styles.check}>
                          {checkText(cell)}
                        </div>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </section>
        ))}
      </div>
      <div>
        <p>
          {review.nextSteps.length === 1 ? "1 next step" : `${review.nextSteps.length} next steps`}, to add as "Not started" actions:
        </p>
        <ol className={styles.steps}>
          {review.nextSteps.map((step, i) => (
            <li key={i}>{step.text}</li>
          ))}
        </ol>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          Write into this workbook
        </Button>
        <Button onClick={onStartAgain} disabled={busy}>
          Start again
        </Button>
      </div>
    </div>
  );
}
