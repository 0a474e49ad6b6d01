import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

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

/** Acceptance results of issue 7: [area, first round, second round] for each seed. */
export const EXPECTED = {
  homeOffice: {
    organisation: "Home Office",
    rounds: ["IMA 2015", "Review 2017"],
    ratings: [
      ["Communicating and realising value", S, S],
      ["Managing information as an asset", DA, S],
      ["Supporting information through technology", DA, PS],
      ["Digital continuity and IT change", DA, DA],
      ["Recognising information risk", S, S],
      ["Establishing control", DA, S],
      ["Providing guidance", S, GP],
      ["Measuring impact", GP, GP],
      ["Oversight of records and selection", S, PG],
      ["Implementing disposal decisions", S, S],
    ],
    nextSteps: 11,
    firstStep: "Identifying a senior owner for the information strategy and providing an endorsement",
    lastStep: "Utilise macro-appraisal methodologies to achieve compliance with the transition to the 20 year rule.",
  },
  cabinetOffice: {
    organisation: "Cabinet Office",
    rounds: ["IMA 2013", "Review 2015"],
    ratings: [
      ["Communicating and realising value", S, S],
      ["Managing information as an asset", DA, S],
      ["Supporting information through technology", DA, PS],
      ["Digital continuity and IT change", S, S],
      ["Recognising information risk", DA, DA],
      ["Establishing control", S, S],
      ["Providing guidance", S, PG],
      ["Measuring impact", S, S],
      ["Oversight of records and selection", GP, GP],
      ["Implementing disposal decisions", S, S],
    ],
    nextSteps: 6,
  },
} as const;

export const THEMES = [
  "The value of information",
  "Digital information and supporting technology",
  "Information risk, governance and oversight",
  "Records, review and transfer",
];
