import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CABINET_OFFICE_2015, HOME_OFFICE_2017, type SeedRatings } from "../../fixtures/seed-ratings";

/** The shared seed reviews (../shared/seeds beside the repository); absent on some machines. */
export const SEEDS_DIR = join(__dirname, "..", "..", "..", "..", "shared", "seeds");

export const SEEDS = {
  homeOffice: "home-office-2017-progress-review.txt",
  cabinetOffice: "cabinet-office-2015-progress-review.txt",
} as const;

export const seedsPresent = existsSync(join(SEEDS_DIR, SEEDS.homeOffice)) && existsSync(join(SEEDS_DIR, SEEDS.cabinetOffice));

if (!seedsPresent) {
  console.warn(`Skipping the seed review tests: ${SEEDS_DIR} is absent.`);
}

export function seedText(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), "utf8");
}

export const S = "Satisfactory";
export const DA = "Development area";
export const GP = "Good practice";
export const PS = "Progressing to satisfactory";
export const PG = "Progressing to good practice";

/** Acceptance results of issue 7; the ratings are the published facts of test/fixtures/seed-ratings.ts. */
function gridOf(seed: SeedRatings): string[][] {
  return seed.areas.map(([, area, first, second]) => [area, first, second]);
}

export const EXPECTED = {
  homeOffice: {
    organisation: "Home Office",
    rounds: HOME_OFFICE_2017.rounds,
    ratings: gridOf(HOME_OFFICE_2017),
    nextSteps: 11,
    firstStep: "Identifying a senior owner for the information strategy and providing an endorsement",
    lastStep: "Utilise macro-appraisal methodologies to achieve compliance with the transition to the 20 year rule.",
  },
  cabinetOffice: {
    organisation: "Cabinet Office",
    rounds: CABINET_OFFICE_2015.rounds,
    ratings: gridOf(CABINET_OFFICE_2015),
    nextSteps: 6,
  },
} as const;

/** The four themes, in report order, as both seeds have them. */
export const THEMES = [...new Set(HOME_OFFICE_2017.areas.map(([theme]) => theme))];
