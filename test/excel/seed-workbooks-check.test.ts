import { existsSync } from "node:fs";
import path from "node:path";
import type { FindingKind } from "../../src/core/checks";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { checkOpenWorkbook } from "../../src/workflows/check-workbook";
import { SEED_RATINGS, type SeedRatings } from "../fixtures/seed-ratings";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type SeedValue } from "../office-fake";
import { ACTIONS_HEADER, seedWorkbook } from "../support/rating-workbook-data";

// Generous on a loaded machine (2 cores shared); a limit, not a timed assertion.
jest.setTimeout(60_000);

const SEEDS = path.resolve(__dirname, "../../../shared/seeds");
const TODAY = { todayIso: "2026-12-01" };

type Rows = SeedValue[][];

/** The seed's ratings as a Ratings table, theme written once per theme as in the reports. */
function ratingRows(seed: SeedRatings): Rows {
  let last = "";
  return [
    ["Theme", "Area", ...seed.rounds, "Notes"],
    ...seed.areas.map(([theme, area, first, second]) => {
      const shown = theme === last ? "" : theme;
      last = theme;
      return [shown, area, first, second, ""];
    }),
  ];
}

/** Actions in our own words, linked to the seed's areas, all in order. */
function actionRows(seed: SeedRatings): Rows {
  const area = (i: number) => seed.areas[i] ?? ["", "", "", ""];
  return [
    [...ACTIONS_HEADER],
    ["1", "Name a senior owner for the strategy", area(1)[0], area(1)[1], "Head of KIM", "2027-03-31", "High", "In progress", ""],
    ["2", "Set out records needs for the new platform", area(2)[0], area(2)[1], "CIO office", "2027-06-30", "Medium", "Not started", ""],
    ["3", "Review the disposal schedule", area(9)[0], area(9)[1], "", "2026-06-30", "Low", "Complete", "Closed at the board"],
  ];
}

interface Plant {
  readonly fault: string;
  readonly plant: (ratings: Rows, actions: Rows) => void;
  readonly kind: FindingKind;
  readonly sheet: string;
  readonly address: string;
}

function put(rows: Rows, row: number, column: number, value: SeedValue): void {
  const line = rows[row];
  if (!line) throw new Error(`no row ${row}`);
  line[column] = value;
}

const PLANTS: readonly Plant[] = [
  { fault: "a near miss", plant: (r) => put(r, 3, 3, "Progresing to satisfactory"), kind: "rating-not-on-scale", sheet: "Ratings", address: "D4" },
  { fault: "an alias", plant: (r) => put(r, 2, 2, "Development Area"), kind: "rating-variant", sheet: "Ratings", address: "C3" },
  { fault: "a case variant", plant: (r) => put(r, 8, 3, "good practice"), kind: "rating-variant", sheet: "Ratings", address: "D9" },
  { fault: "a blank in the latest round", plant: (r) => put(r, 6, 3, ""), kind: "rating-blank-latest", sheet: "Ratings", address: "D7" },
  { fault: "an area twice", plant: (r) => put(r, 8, 1, "Providing guidance"), kind: "area-duplicate", sheet: "Ratings", address: "B9" },
  { fault: "a blank round header", plant: (r) => put(r, 0, 2, ""), kind: "round-header-blank", sheet: "Ratings", address: "C1" },
  { fault: "a repeated round header", plant: (r) => put(r, 0, 3, String(r[0]?.[2])), kind: "round-header-duplicate", sheet: "Ratings", address: "D1" },
  { fault: "an action theme not in Ratings", plant: (_r, a) => put(a, 1, 2, "Information value"), kind: "action-theme-unknown", sheet: "Actions", address: "C2" },
  { fault: "an action area not in Ratings", plant: (_r, a) => put(a, 2, 3, "Cloud storage"), kind: "action-area-unknown", sheet: "Actions", address: "D3" },
  { fault: "an unknown status", plant: (_r, a) => put(a, 2, 7, "Paused"), kind: "action-status-unknown", sheet: "Actions", address: "H3" },
  { fault: "an open action without owner", plant: (_r, a) => put(a, 1, 4, ""), kind: "action-owner-missing", sheet: "Actions", address: "E2" },
  { fault: "a due date that is not a date", plant: (_r, a) => put(a, 2, 5, "after the move"), kind: "action-due-not-date", sheet: "Actions", address: "F3" },
  { fault: "an overdue action", plant: (_r, a) => put(a, 1, 5, "2026-11-01"), kind: "action-overdue", sheet: "Actions", address: "F2" },
];

async function check(ratings: Rows, actions: Rows) {
  const fake = createFakeExcel();
  seedWorkbook(fake, { ratings, actions });
  installFakeOffice(fake);
  const result = await checkOpenWorkbook(new ExcelWorkbookHost(detectCapabilities()), TODAY);
  uninstallFakeOffice();
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result;
}

const present = existsSync(SEEDS);
if (!present) console.warn(`Skipping the seed workbook checks: ${SEEDS} is absent.`);

(present ? describe : describe.skip)("the seeds' ratings as workbooks", () => {
  describe.each(SEED_RATINGS.map((seed) => [seed.seedFile, seed] as const))("%s", (_file, seed) => {
    it("is a seed that is there", () => {
      expect(existsSync(path.join(SEEDS, seed.seedFile))).toBe(true);
    });

    it("has no findings as entered", async () => {
      const result = await check(ratingRows(seed), actionRows(seed));
      expect(result.findings).toEqual([]);
      expect(result.areaCount).toBe(10);
    });

    it.each(PLANTS.map((p) => [p.fault, p] as const))("with %s planted, reports exactly that, at that cell", async (_fault, plant) => {
      const ratings = ratingRows(seed);
      const actions = actionRows(seed);
      plant.plant(ratings, actions);
      const result = await check(ratings, actions);
      expect(result.findings.map((f) => [f.kind, f.sheet, f.address])).toEqual([[plant.kind, plant.sheet, plant.address]]);
    });
  });
});
