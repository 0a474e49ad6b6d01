import { Button, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { ImportDraft } from "./import-draft";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  scroll: { overflowX: "auto" },
  table: { borderCollapse: "collapse", width: "100%", "& th, & td": { padding: tokens.spacingHorizontalXS, textAlign: "left", verticalAlign: "top" } },
  theme: { fontWeight: tokens.fontWeightSemibold, paddingTop: tokens.spacingVerticalS },
  uncertain: { backgroundColor: tokens.colorPaletteYellowBackground2, outline: `2px solid ${tokens.colorPaletteYellowBorder2}` },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
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

/** What was found, as a grid of areas by rounds; each rating can be changed, doubtful ones are marked. */
export function ImportPreview({ draft, busy, onRating, onWrite, onStartAgain }: ImportPreviewProps) {
  const styles = useStyles();
  const noteId = useId();
  const { review } = draft;
  const uncertain = draft.cells.filter((c) => c.uncertain).length;
  const cellIndex = new Map(draft.cells.map((c, i) => [`${c.area}\u0000${c.round}`, i]));
  return (
    <div className={styles.stack}>
      <p>
        {review.organisation === null ? "Organisation not found" : `Organisation: ${review.organisation}`}. {review.themes.length} themes,{" "}
        {review.themes.reduce((n, t) => n + t.areas.length, 0)} areas, rounds {review.rounds.join(" and ")}; scale "{review.scale.name}".
      </p>
      {uncertain > 0 && (
        <p id={noteId}>
          {uncertain === 1 ? "1 rating is" : `${uncertain} ratings are`} marked "check": the report's layout could be read another way. Compare
          with the report and correct the rating if needed.
        </p>
      )}
      <div className={styles.scroll}>
        <table className={styles.table} aria-label="Ratings found in the report">
          <thead>
            <tr>
              <th scope="col">Area</th>
              {review.rounds.map((round) => (
                <th key={round} scope="col">
                  {round}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {review.themes.flatMap((theme) => [
              <tr key={`theme-${theme.name}`}>
                <th scope="colgroup" colSpan={review.rounds.length + 1} className={styles.theme}>
                  {theme.name}
                </th>
              </tr>,
              ...theme.areas.map((area) => (
                <tr key={`${theme.name}-${area}`}>
                  <th scope="row">{area}</th>
                  {review.rounds.map((round) => {
                    const index = cellIndex.get(`${area}\u0000${round}`);
                    const cell = index === undefined ? undefined : draft.cells[index];
                    if (index === undefined || cell === undefined) return <td key={round} />;
                    return (
                      <td key={round} className={cell.uncertain ? styles.uncertain : undefined}>
                        <Select
                          aria-label={`${area}, ${round}${cell.uncertain ? " (check)" : ""}`}
                          aria-describedby={cell.uncertain ? noteId : undefined}
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
                        <div className={styles.note}>
                          {cell.uncertain ? "Check: " : ""}line {cell.line}
                        </div>
                      </td>
                    );
                  })}
                </tr>
              )),
            ])}
          </tbody>
        </table>
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
