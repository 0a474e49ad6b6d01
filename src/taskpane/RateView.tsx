import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState, type ReactNode } from "react";
import { labelKey } from "../core/label-key";
import { areasToRate, type AreaToRate } from "../core/rating-form";
import { suggestRoundLabel } from "../core/round-suggestion";
import type { WorkbookHost } from "../core/workbook-host";
import { addRound } from "../workflows/add-round";
import { rateArea } from "../workflows/rate-area";
import { AddRoundForm } from "./AddRoundForm";
import { AreaRatingField } from "./AreaRatingField";
import { BlockedPanel } from "./BlockedPanel";
import { BusyIndicator } from "./BusyIndicator";
import { useRatings } from "./use-ratings";
import { useWorkflowRun } from "./use-workflow-run";
import { NoRatingsTable } from "./NoRatingsTable";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  roundField: { flexGrow: 1 },
  theme: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // The latest result stays in sight at the bottom of the pane, however long the list.
  messages: {
    position: "sticky",
    bottom: 0,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    ":empty": { display: "none" },
  },
});

/** A theme's areas under its heading, as a region screen-reader users can jump between. */
function ThemeSection({ theme, children }: { theme: string; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.theme} aria-labelledby={id}>
      <h3 id={id} className={styles.subheading}>
        {theme}
      </h3>
      {children}
    </section>
  );
}

/** Rate areas: pick a round, choose each area's level beside its previous rating; add a round. */
export function RateView({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const headingId = useId();
  const { state, refresh, showWritten } = useRatings(host);
  const workflow = useWorkflowRun();
  const [chosenRound, setChosenRound] = useState<string | null>(null);
  const busy = workflow.activity !== null;

  const ready = state.phase === "ready" ? state : null;
  const rounds = useMemo(() => ready?.ratings.rounds ?? [], [ready]);
  const chosenIndex = chosenRound === null ? -1 : rounds.findIndex((r) => labelKey(r.label) === labelKey(chosenRound));
  const roundIndex = chosenIndex >= 0 ? chosenIndex : rounds.length - 1;
  const round = rounds[roundIndex];
  const themes = useMemo(() => (ready && roundIndex >= 0 ? areasToRate(ready.ratings, roundIndex) : []), [ready, roundIndex]);
  const suggestion = suggestRoundLabel(
    rounds.map((r) => r.label),
    new Date().getFullYear(),
  );

  const rate = async (area: AreaToRate, level: string | null) => {
    if (round === undefined) return;
    const result = await workflow.run({
      activity: `Writing the rating of "${area.area}"…`,
      successTitle: "Rating written",
      failureTitle: "The rating was not written",
      work: () => rateArea(host, { round: round.label, theme: area.theme, area: area.area, level, expected: area.current.text }),
    });
    // On success show what was written; otherwise look again, so the list shows what the workbook holds.
    if (result.ok) showWritten(area.row, roundIndex, level);
    else refresh();
  };

  const add = async (label: string) => {
    const result = await workflow.run({
      activity: `Adding the round "${label}"…`,
      successTitle: "Round added",
      failureTitle: "The round was not added",
      work: () => addRound(host, label),
    });
    if (result.ok) {
      setChosenRound(label);
      refresh();
    }
  };

  return (
    <section className={styles.view} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Rate areas
      </h2>
      {state.phase === "reading" && <BusyIndicator activity="Reading the ratings…" />}
      {state.phase === "failed" && state.noRatingsTable && <NoRatingsTable purpose="rate areas" onCheckAgain={refresh} />}
      {state.phase === "failed" && !state.noRatingsTable && (
        <BlockedPanel title="The ratings could not be read" problems={state.problems} onCheckAgain={refresh} disabled={busy} />
      )}
      {ready && (
        <>
          <div className={styles.toolbar}>
            {round !== undefined ? (
              <Field className={styles.roundField} label="Round">
                <Select value={round.label} onChange={(_event, data) => setChosenRound(data.value)}>
                  {rounds.map((r) => (
                    <option key={r.column} value={r.label}>
                      {r.label}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : (
              <p className={styles.roundField}>The Ratings table has no rounds yet. Add the first one below.</p>
            )}
            <Button onClick={refresh} disabledFocusable={ready.refreshing}>
              Refresh
            </Button>
          </div>
          {ready.refreshing && <BusyIndicator activity="Reading the ratings again…" />}
          {round !== undefined && themes.length === 0 && (
            <p>The Ratings table has no areas yet. Type them into its Theme and Area columns in Excel, then refresh.</p>
          )}
          {round !== undefined &&
            themes.map((group) => (
              <ThemeSection key={labelKey(group.theme)} theme={group.theme}>
                {group.areas.map((area) => (
                  <AreaRatingField
                    key={area.row}
                    area={area}
                    scale={ready.scale}
                    previousRound={rounds[roundIndex - 1]?.label ?? null}
                    onChoose={(level) => void rate(area, level)}
                  />
                ))}
              </ThemeSection>
            ))}
          <h3 className={styles.subheading}>Add a round</h3>
          <AddRoundForm
            suggestion={suggestion}
            latestRound={rounds[rounds.length - 1]?.label ?? null}
            busy={busy}
            onAdd={(label) => void add(label)}
          />
        </>
      )}
      <div className={styles.messages}>
        {workflow.activity !== null && <BusyIndicator activity={workflow.activity} />}
        {workflow.outcome !== null && <WorkflowResultMessage outcome={workflow.outcome} />}
      </div>
    </section>
  );
}
