import { Button, Field, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type ReactNode } from "react";
import { labelKey } from "../core/label-key";
import { areasToRate, nextUnrated, roundProgress, type AreaToRate } from "../core/rating-form";
import { suggestRoundLabel } from "../core/round-suggestion";
import type { WorkbookHost } from "../core/workbook-host";
import { addRound } from "../workflows/add-round";
import { rateArea } from "../workflows/rate-area";
import { AddRoundForm } from "./AddRoundForm";
import { AreaCommentaryField } from "./AreaCommentaryField";
import { AreaNotesField } from "./AreaNotesField";
import { AreaRatingField } from "./AreaRatingField";
import { BlockedPanel } from "./BlockedPanel";
import { BusyIndicator } from "./BusyIndicator";
import { Disclosure, DisclosureBody, DisclosureButton } from "./Disclosure";
import { NoRatingsTable } from "./NoRatingsTable";
import { saveCompactChoice, savedCompactChoice } from "./rate-layout-choice";
import { ThemeRoundGrid } from "./ThemeRoundGrid";
import { useRatings } from "./use-ratings";
import { useReveal } from "./use-reveal";
import { useWorkflowRun } from "./use-workflow-run";
import { WorkflowResultMessage } from "./WorkflowResultMessage";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, "& p": { margin: 0 } },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  roundField: { flexGrow: 1, minWidth: 0 },
  progress: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  theme: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  themeHeading: { display: "flex", flexWrap: "wrap", alignItems: "baseline", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS },
  themeToggle: { fontSize: tokens.fontSizeBase200 },
  area: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" },
});

/**
 * A theme's areas under its heading, as a region screen-reader users can jump between; the button
 * beside the heading opens the theme's own commentary under it.
 */
function ThemeSection({ theme, commentary, children }: { theme: string; commentary: ReactNode; children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  const commentaryId = useId();
  const [open, setOpen] = useState(false);
  return (
    <section className={styles.theme} aria-labelledby={id}>
      <div className={styles.themeHeading}>
        <h3 id={id} className={styles.subheading}>
          {theme}
        </h3>
        <DisclosureButton className={styles.themeToggle} open={open} onToggle={() => setOpen(!open)} controls={commentaryId}>
          Commentary<span className={styles.hidden}> on the theme {theme}</span>
        </DisclosureButton>
      </div>
      {open && <DisclosureBody id={commentaryId}>{commentary}</DisclosureBody>}
      {children}
    </section>
  );
}

/** What the last write was about, so its message appears next to the control that started it. */
type Target = { readonly kind: "area"; readonly row: number } | { readonly kind: "round" };

/**
 * Rate areas: pick a round, see how many areas are rated and jump to the next one that is not,
 * choose each area's level (in a grid of rounds, or one field per area), write its notes and
 * commentary, add a round.
 */
export function RateView({ host }: { host: WorkbookHost }) {
  const styles = useStyles();
  const headingId = useId();
  const { state, refresh, showWritten, showNotes } = useRatings(host);
  const workflow = useWorkflowRun();
  const [chosenRound, setChosenRound] = useState<string | null>(null);
  const [compact, setCompact] = useState(savedCompactChoice);
  const [target, setTarget] = useState<Target | null>(null);
  const [roundProblems, setRoundProblems] = useState<readonly string[]>([]);
  const listRef = useRef<HTMLDivElement>(null);
  /** The area whose rating last had focus: "Next unrated" looks on from there. */
  const lastRow = useRef<number | null>(null);
  const busy = workflow.activity !== null;

  const ready = state.phase === "ready" ? state : null;
  const rounds = useMemo(() => ready?.ratings.rounds ?? [], [ready]);
  const chosenIndex = chosenRound === null ? -1 : rounds.findIndex((r) => labelKey(r.label) === labelKey(chosenRound));
  const roundIndex = chosenIndex >= 0 ? chosenIndex : rounds.length - 1;
  const round = rounds[roundIndex];
  const themes = useMemo(() => (ready && roundIndex >= 0 ? areasToRate(ready.ratings, roundIndex) : []), [ready, roundIndex]);
  const progress = roundProgress(themes);
  // Another round: "Next unrated" starts again from the first area.
  const roundLabel = round?.label;
  useEffect(() => {
    lastRow.current = null;
  }, [roundLabel]);
  const suggestion = suggestRoundLabel(
    rounds.map((r) => r.label),
    new Date().getFullYear(),
  );

  const rate = async (area: AreaToRate, level: string | null) => {
    if (round === undefined) return;
    setTarget({ kind: "area", row: area.row });
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
    setTarget({ kind: "round" });
    setRoundProblems([]);
    const result = await workflow.run({
      activity: `Adding the round "${label}"…`,
      successTitle: "Round added",
      failureTitle: "The round was not added",
      work: () => addRound(host, label),
    });
    if (result.ok) {
      setChosenRound(label);
      refresh();
    } else setRoundProblems(result.problems);
  };

  const switchLayout = (next: boolean) => {
    setCompact(next);
    saveCompactChoice(next);
  };

  const rememberFocus = (event: FocusEvent<HTMLDivElement>) => {
    const row = (event.target as HTMLElement).closest("[data-rating-row]")?.getAttribute("data-rating-row");
    if (row !== null && row !== undefined) lastRow.current = Number(row);
  };

  const goToNextUnrated = () => {
    const next = nextUnrated(themes, lastRow.current);
    if (next === null) return;
    lastRow.current = next.row;
    const control = listRef.current?.querySelector<HTMLElement>(`[data-rating-row="${next.row}"]`);
    control?.focus();
    control?.scrollIntoView({ block: "center", inline: "nearest" });
  };

  /** The busy sign or result of the last write, under the area it was about. */
  const messageFor = (area: AreaToRate): ReactNode => {
    if (target?.kind !== "area" || target.row !== area.row) return null;
    if (workflow.activity !== null) return <BusyIndicator activity={workflow.activity} />;
    return workflow.outcome !== null ? <WorkflowResultMessage outcome={workflow.outcome} /> : null;
  };

  const notesField = (area: AreaToRate) => (
    <AreaNotesField host={host} theme={area.theme} area={area.area} notes={area.notes} onSaved={(text) => showNotes(area.row, text)} onRefused={refresh} />
  );
  const commentaryField = (area: AreaToRate) =>
    round === undefined ? null : <AreaCommentaryField key={round.label} host={host} theme={area.theme} area={area.area} round={round.label} />;

  const roundOutcome = target?.kind === "round" && workflow.outcome !== null && workflow.outcome.result.ok ? workflow.outcome : null;
  // The list above grows a column once the new round is read: the message is brought back into sight.
  const roundMessageRef = useReveal<HTMLDivElement>(roundOutcome === null ? null : ready);

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
          {round !== undefined && themes.length > 0 && (
            <div className={styles.progress}>
              <p>
                {progress.rated === progress.total
                  ? `All ${progress.total} rated in ${round.label}`
                  : `${progress.rated} of ${progress.total} rated in ${round.label}`}
              </p>
              <Button disabledFocusable={progress.rated === progress.total} onClick={goToNextUnrated}>
                Next unrated
              </Button>
            </div>
          )}
          {round !== undefined && themes.length > 0 && (
            <Switch label="Compact grid of rounds" checked={compact} onChange={(_event, data) => switchLayout(data.checked)} />
          )}
          {round !== undefined && themes.length === 0 && (
            <p>The Ratings table has no areas yet. Type them into its Theme and Area columns in Excel, then refresh.</p>
          )}
          {round !== undefined && themes.length > 0 && (
            <div ref={listRef} className={styles.view} onFocus={rememberFocus}>
              {themes.map((group) => (
                <ThemeSection
                  key={labelKey(group.theme)}
                  theme={group.theme}
                  commentary={round === undefined ? null : <AreaCommentaryField key={round.label} host={host} theme={group.areas[0]?.theme ?? group.theme} area="" round={round.label} />}
                >
                  {compact ? (
                    <ThemeRoundGrid
                      theme={group.theme}
                      areas={group.areas}
                      rounds={rounds}
                      roundIndex={roundIndex}
                      scale={ready.scale}
                      onChoose={(area, level) => void rate(area, level)}
                      message={messageFor}
                      details={(area) => (
                        <>
                          {notesField(area)}
                          {commentaryField(area)}
                        </>
                      )}
                    />
                  ) : (
                    group.areas.map((area) => (
                      <AreaRatingField
                        key={area.row}
                        area={area}
                        scale={ready.scale}
                        previousRound={rounds[roundIndex - 1]?.label ?? null}
                        onChoose={(level) => void rate(area, level)}
                      >
                        {messageFor(area)}
                        {notesField(area)}
                        <Disclosure label={<>Commentary<span className={styles.hidden}> on {area.area}</span></>}>{commentaryField(area)}</Disclosure>
                      </AreaRatingField>
                    ))
                  )}
                </ThemeSection>
              ))}
            </div>
          )}
          <h3 className={styles.subheading}>Add a round</h3>
          <AddRoundForm
            suggestion={suggestion}
            latestRound={rounds[rounds.length - 1]?.label ?? null}
            busy={busy}
            problems={roundProblems}
            onAdd={(label) => void add(label)}
          />
          {target?.kind === "round" && workflow.activity !== null && <BusyIndicator activity={workflow.activity} />}
          {roundOutcome !== null && (
            <div ref={roundMessageRef}>
              <WorkflowResultMessage outcome={roundOutcome} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
