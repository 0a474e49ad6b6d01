import { commentaryText, type CommentaryKey } from "../commentary";
import { isOverdue } from "../action-progress";
import { labelKey } from "../label-key";
import { matchRating, type HexColour } from "../rating-scale";
import type { RatingWorkbook } from "../rating-workbook";
import { MOVEMENT_COLOURS, movementText } from "../summary/movement-marks";
import { buildSummary } from "../summary/next-steps-summary";
import type { Movement } from "../summary/round-comparison";

/**
 * The progress-review report as plain data, the way published reviews are set out: a title with
 * the organisation and the rounds, a table per theme of its areas' ratings by round (in the scale's
 * colours) with the movement, the review's commentary under each theme and area, the areas needing
 * attention, and the next steps with owner, due date and status. A writer at the edge (src/docx)
 * turns it into a document; the same model could feed HTML or PDF.
 */
export interface ReviewReport {
  /** e.g. "Home Office: progress review". */
  readonly title: string;
  /** e.g. "IMA 2015 to Review 2017". */
  readonly subtitle: string;
  readonly organisation: string | null;
  readonly framework: string | null;
  /** Rounds shown, oldest first. */
  readonly rounds: readonly string[];
  /** The two rounds the movement compares: the last two shown. */
  readonly compared: readonly [string, string];
  readonly target: string;
  readonly headline: string;
  readonly themes: readonly ReportTheme[];
  readonly attention: readonly ReportAttention[];
  readonly nextSteps: readonly ReportNextStep[];
  /** "YYYY-MM-DD". */
  readonly madeOn: string;
}

export interface Shaded {
  readonly text: string;
  /** Colours from the scale (or the status list, or the movement); null: plain. */
  readonly fill: HexColour | null;
  readonly font: HexColour | null;
}

export interface ReportTheme {
  readonly name: string;
  readonly areas: readonly ReportArea[];
  /** What the review says about the theme as a whole, per round (rounds without any left out). */
  readonly commentary: readonly RoundText[];
}

export interface ReportArea {
  readonly name: string;
  /** One per round shown, in order. */
  readonly ratings: readonly Shaded[];
  readonly movement: Movement;
  /** With its symbol: "▲ Improved". */
  readonly movementText: Shaded;
  readonly commentary: readonly RoundText[];
}

export interface RoundText {
  readonly round: string;
  /** Paragraphs. */
  readonly paragraphs: readonly string[];
}

export interface ReportAttention {
  readonly theme: string;
  readonly area: string;
  readonly rating: Shaded;
  readonly why: string;
}

export interface ReportNextStep {
  readonly ref: string;
  readonly text: string;
  readonly theme: string;
  readonly area: string;
  readonly owner: string;
  /** An ISO date when the cell holds a date, else its text. */
  readonly due: string;
  readonly status: Shaded;
  readonly overdue: boolean;
}

export interface ReportOptions {
  /** Rounds to show, by label (any order, at least two); every round of the workbook by default. */
  readonly rounds?: readonly string[];
  /** The level areas should reach; the scale's target by default. */
  readonly target?: string;
  readonly todayIso: string;
}

export type ReportBuild = { readonly ok: true; readonly report: ReviewReport } | { readonly ok: false; readonly problems: readonly string[] };

const PLAIN = { fill: null, font: null } as const;

/** Builds the report from a workbook; refuses, with reasons, what the summary would refuse. */
export function buildReviewReport(workbook: RatingWorkbook, options: ReportOptions): ReportBuild {
  const labels = workbook.ratings.rounds.map((r) => r.label);
  const chosen = chooseRounds(labels, options.rounds);
  if ("problem" in chosen) return { ok: false, problems: [chosen.problem] };
  const [earlier, later] = chosen.slice(-2) as [number, number];
  const compared: [string, string] = [labels[earlier] as string, labels[later] as string];
  const built = buildSummary(workbook, { rounds: compared, todayIso: options.todayIso, ...(options.target !== undefined ? { target: options.target } : {}) });
  if (!built.ok) return built;
  const { summary } = built;
  const { scale, ratings, commentary, about } = workbook;
  const shaded = (text: string): Shaded => {
    const match = text === "" ? null : matchRating(scale, text);
    return match && match.kind !== "none" ? { text: match.level.label, fill: match.level.fill, font: match.level.font } : { text, ...PLAIN };
  };
  const roundTexts = (key: Omit<CommentaryKey, "round">): RoundText[] =>
    commentary === null
      ? []
      : chosen.flatMap((index) => {
          const round = labels[index] as string;
          const text = commentaryText(commentary.paragraphs, { ...key, round });
          return text === "" ? [] : [{ round, paragraphs: text.split("\n\n") }];
        });

  const themes: { name: string; areas: ReportArea[]; commentary: RoundText[] }[] = [];
  ratings.areas.forEach((area, i) => {
    const movement = summary.comparison.areas[i]?.movement ?? "not rated";
    const colours = MOVEMENT_COLOURS[movement];
    const entry: ReportArea = {
      name: area.area,
      ratings: chosen.map((index) => shaded(area.ratings[index]?.level ?? area.ratings[index]?.text ?? "")),
      movement,
      movementText: { text: movementText(movement), fill: colours?.fill ?? null, font: colours?.font ?? null },
      commentary: roundTexts({ theme: area.theme, area: area.area }),
    };
    const theme = themes.find((t) => labelKey(t.name) === labelKey(area.theme));
    if (theme) theme.areas.push(entry);
    else themes.push({ name: area.theme, areas: [entry], commentary: roundTexts({ theme: area.theme, area: "" }) });
  });

  const attention: ReportAttention[] = summary.comparison.areas
    .filter((a) => a.attention.length > 0)
    .map((a) => ({ theme: a.theme, area: a.area, rating: shaded(a.later), why: a.attention.join("; ") }));
  const nextSteps: ReportNextStep[] = (workbook.actions?.items ?? []).map((item) => {
    const status = item.status;
    return {
      ref: item.ref,
      text: item.nextStep,
      theme: item.theme,
      area: item.area,
      owner: item.owner,
      due: item.due ?? (item.dueRaw === null || item.dueRaw === undefined ? "" : String(item.dueRaw).trim()),
      status: status ? { text: status.label, fill: status.fill, font: status.font } : { text: item.statusText, ...PLAIN },
      overdue: isOverdue(item, options.todayIso),
    };
  });

  const shown = chosen.map((i) => labels[i] as string);
  return {
    ok: true,
    report: {
      title: about.organisation === null ? "Progress review" : `${about.organisation}: progress review`,
      subtitle: `${shown[0] ?? ""} to ${shown[shown.length - 1] ?? ""}`,
      organisation: about.organisation,
      framework: about.framework,
      rounds: shown,
      compared,
      target: summary.comparison.target,
      headline: summary.headline,
      themes,
      attention,
      nextSteps,
      madeOn: options.todayIso,
    },
  };
}

/** Indexes of the rounds to show, oldest first: the named ones, or all of them. */
function chooseRounds(labels: readonly string[], wanted?: readonly string[]): number[] | { problem: string } {
  if (wanted === undefined) {
    if (labels.length < 2) return { problem: `The Ratings table has ${labels.length === 1 ? "only one round" : "no rounds"}; a progress review compares two. Add a round first.` };
    return labels.map((_, i) => i);
  }
  const indexes: number[] = [];
  const missing: string[] = [];
  for (const label of wanted) {
    const index = labels.findIndex((l) => labelKey(l) === labelKey(label));
    if (index < 0) missing.push(label);
    else if (!indexes.includes(index)) indexes.push(index);
  }
  if (missing.length > 0) return { problem: `The Ratings table has no round ${missing.map((m) => `"${m}"`).join(" or ")}. Its rounds are: ${labels.join(", ")}.` };
  if (indexes.length < 2) return { problem: "Choose at least two different rounds for the report." };
  return indexes.sort((a, b) => a - b);
}
