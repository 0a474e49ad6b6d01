import { labelKey } from "../label-key";
import { normaliseRating, type RatingScale } from "../rating-scale";
import { bestPresetFor } from "../scale-guess";
import { nextSteps, type FoundNextStep } from "./next-steps";
import { frameworkFromHeadings } from "./framework-headings";
import { findOrganisation } from "./organisation";
import { ratingPhrases } from "./rating-phrases";
import { readRatingTable, type FoundTable } from "./rating-table";
import { reportLines, type ReportLine } from "./report-lines";
import { tableRegions, type TableRegion } from "./table-regions";
import { themeCommentary, type FoundCommentary } from "./theme-commentary";

/** One area's rating in one round, as imported. */
export interface ImportedRating {
  readonly theme: string;
  readonly area: string;
  readonly round: string;
  /** The scale level's canonical label, or null when the report had no readable rating here. */
  readonly rating: string | null;
  /** The phrase as the report wrote it (pieces joined), or null. */
  readonly found: string | null;
  /** 1-based line of the text the rating came from. */
  readonly line: number;
  /** The layout admits another reading: check this cell before writing it. */
  readonly uncertain: boolean;
}

export interface ImportedTheme {
  readonly name: string;
  readonly areas: readonly string[];
}

export interface ImportedReview {
  readonly organisation: string | null;
  readonly scale: RatingScale;
  readonly rounds: readonly string[];
  readonly themes: readonly ImportedTheme[];
  readonly ratings: readonly ImportedRating[];
  readonly nextSteps: readonly FoundNextStep[];
  /** What the review says under each theme's table, for the earlier and the later round. */
  readonly commentary: readonly FoundCommentary[];
  /** Set when the report gave its ratings in a form the text does not keep: they are to be entered by hand. */
  readonly ratingsByHand?: string;
}

export type ReviewParse =
  | { readonly kind: "review"; readonly review: ImportedReview }
  | { readonly kind: "not-a-review"; readonly message: string };

export const NO_RATING_TABLE = "no rating table found";

function mergeRounds(tables: readonly FoundTable[]): string[] {
  const rounds: string[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    for (const round of table.rounds) {
      if (!seen.has(labelKey(round))) rounds.push(round);
      seen.add(labelKey(round));
    }
  }
  return rounds;
}

function distinctTexts(texts: readonly string[]): string[] {
  return [...new Set(texts)];
}

/**
 * A report with no rating words (older reports coloured a matrix instead) whose headings name a
 * known framework: its areas, the round, empty ratings and a sentence saying they are entered by hand.
 */
function reviewWithoutRatingWords(text: string, lines: readonly ReportLine[]): ReviewParse {
  const known = frameworkFromHeadings(lines);
  if (known === null) return { kind: "not-a-review", message: NO_RATING_TABLE };
  const { framework, round } = known;
  return {
    kind: "review",
    review: {
      organisation: findOrganisation(text),
      scale: bestPresetFor([]),
      rounds: [round],
      themes: framework.themes.map((theme) => ({ name: theme.name, areas: [...theme.areas] })),
      ratings: framework.themes.flatMap((theme) => theme.areas.map((area) => ({ theme: theme.name, area, round, rating: null, found: null, line: 0, uncertain: false }))),
      nextSteps: nextSteps(lines),
      commentary: [],
      ratingsByHand: `The report names the areas of the framework "${framework.name}" but gives no rating in words (its ratings were probably colours in a matrix): the areas and the round "${round}" are set up with empty ratings, to be entered by hand from the report.`,
    },
  };
}

/**
 * Reads the text of a published review (pasted, or extracted from its PDF): the organisation, the
 * rounds, each theme's areas with their ratings, and the Next steps list. Text with no rating
 * table is refused with "no rating table found" rather than guessed at.
 */
export function parseReview(text: string): ReviewParse {
  const lines = reportLines(text);
  const phrases = ratingPhrases();
  const tables: FoundTable[] = [];
  const regionsRead: TableRegion[] = [];
  let rounds: readonly string[] = [];
  tableRegions(lines, phrases).forEach((region, i) => {
    const table = readRatingTable(region.theme === "" ? `Theme ${i + 1}` : region.theme, region.lines, phrases, rounds);
    if (table === null) return;
    tables.push(table);
    regionsRead.push(region);
    rounds = table.rounds;
  });
  if (tables.length === 0) return reviewWithoutRatingWords(text, lines);
  // Each distinct phrase is looked up once: a long report repeats the same few phrases.
  const phrasesFound = distinctTexts(tables.flatMap((t) => t.ratings.flatMap((r) => (r.text === null ? [] : [r.text]))));
  const scale = bestPresetFor(phrasesFound);
  const canonical = new Map(phrasesFound.map((text) => [text, normaliseRating(scale, text)]));
  const ratings: ImportedRating[] = tables.flatMap((table) =>
    table.ratings.map((r) => {
      const rating = r.text === null ? null : (canonical.get(r.text) ?? null);
      return { theme: table.theme, area: r.area, round: r.round, rating, found: r.text, line: r.line, uncertain: r.uncertain || rating === null };
    }),
  );
  return {
    kind: "review",
    review: {
      organisation: findOrganisation(text),
      scale,
      rounds: mergeRounds(tables),
      themes: tables.map((t) => ({ name: t.theme, areas: t.areas })),
      ratings,
      nextSteps: nextSteps(lines),
      commentary: themeCommentary(lines, regionsRead, tables.map((t) => t.theme), mergeRounds(tables)),
    },
  };
}
