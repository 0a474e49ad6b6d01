// Large and adversarial .xlsx workbooks for the command-line benches, written by the .xlsx host
// exactly as `init` and the add-in lay them out (Ratings, Actions and Lists tables, dropdowns,
// colours), then filled with generated ratings and actions.
import { writeFileSync } from "node:fs";
import { columnLetter } from "../src/core/a1";
import { isoDateToSerial } from "../src/core/excel-date";
import type { Framework } from "../src/core/framework";
import { IMA_2015_SCALE } from "../src/core/scale-presets";
import { ACTIONS_COLUMNS, DUE_DATE_FORMAT, TABLE_STYLE } from "../src/core/workbook-contract";
import { repairFormatting } from "../src/workflows/repair-formatting";
import { setUpWorkbook } from "../src/workflows/set-up-workbook";
import { findSheet } from "../src/xlsx/apply-xlsx-plan";
import { newXlsx, saveXlsx } from "../src/xlsx/xlsx-file";

/** The most characters an Excel cell holds. */
export const LONGEST_CELL = 32_767;
const LEVELS = IMA_2015_SCALE.levels.map((l) => l.label);
const STATUSES = ["Not started", "In progress", "Complete", "Blocked"];

export interface WorkbookShape {
  readonly areas: number;
  readonly rounds: number;
  readonly actions: number;
  /** The text of the rating cell of area `area` (0-based) in round `round`. */
  readonly rating?: (area: number, round: number) => string | null;
  /** Next step, theme, area and status of action `i` (0-based). */
  readonly action?: (i: number) => { nextStep: string; theme: string; area: string; status: string };
}

/** Theme `t`'s name: ten areas to a theme. */
export const themeName = (area: number): string => `Theme ${Math.floor(area / 10) + 1}`;
export const areaName = (area: number): string => `Area ${area + 1}`;

/** Levels in turn along each row and down each column. */
export const tidyRating = (area: number, round: number): string => LEVELS[(area + round) % LEVELS.length] ?? "";

/**
 * The workbook: each action names a theme that exists and an area that exists, but mostly
 * under another theme (action i: theme i mod 100, area i mod 1,000), so nine in ten links are wrong
 * and each wrong area is looked up for a near miss.
 */
export const mostlyWrongLinks = (i: number, areas: number) => ({
  nextStep: `Next step number ${i + 1}, written out as a sentence of ordinary length`,
  theme: `Theme ${(i % 100) + 1}`,
  area: `Area ${(i % areas) + 1}`,
  status: STATUSES[i % STATUSES.length] ?? "",
});

function framework(areas: number): Framework {
  const themes = Math.ceil(areas / 10);
  return {
    id: "bench",
    name: `${areas} areas`,
    themes: Array.from({ length: themes }, (_, t) => ({
      name: `Theme ${t + 1}`,
      areas: Array.from({ length: Math.min(10, areas - t * 10) }, (_, a) => areaName(t * 10 + a)),
    })),
  };
}

/** Round labels, each naming a year, oldest first. */
function roundLabels(rounds: number): string[] {
  return Array.from({ length: rounds }, (_, r) => (r === 0 ? `IMA ${2026 - rounds}` : `Review ${2026 - rounds + r}`));
}

/** Writes the workbook to `file`. */
export async function writeWorkbook(file: string, shape: WorkbookShape): Promise<void> {
  const host = newXlsx();
  const rounds = roundLabels(shape.rounds);
  const setUp = await setUpWorkbook(host, { framework: framework(shape.areas), scale: IMA_2015_SCALE, rounds });
  if (!setUp.ok) throw new Error(setUp.problems.join(" "));
  const rating = shape.rating ?? tidyRating;
  // Round columns from C, ten at a time.
  for (let first = 0; first < shape.rounds; first += 10) {
    const width = Math.min(10, shape.rounds - first);
    const from = columnLetter(2 + first);
    const to = columnLetter(2 + first + width - 1);
    await host.apply({
      title: "Rate",
      steps: [
        {
          kind: "setValues",
          sheet: "Ratings",
          address: `${from}2:${to}${shape.areas + 1}`,
          values: Array.from({ length: shape.areas }, (_, a) => Array.from({ length: width }, (_, c) => rating(a, first + c))),
        },
      ],
    });
  }
  findSheet(host.workbook, "Actions")?.removeTable("Actions");
  const due = isoDateToSerial("2026-06-30");
  const action = shape.action ?? ((i: number) => mostlyWrongLinks(i, shape.areas));
  await host.apply({
    title: "Actions",
    steps: [
      {
        kind: "addTable",
        sheet: "Actions",
        table: "Actions",
        address: `A1:I${shape.actions + 1}`,
        header: [...ACTIONS_COLUMNS],
        rows: Array.from({ length: shape.actions }, (_, i) => {
          const a = action(i);
          return [`A-${i + 1}`, a.nextStep, a.theme, a.area, `Owner ${i % 37}`, due, ["High", "Medium", "Low"][i % 3] ?? null, a.status, ""];
        }),
        style: TABLE_STYLE,
        numberFormats: ACTIONS_COLUMNS.map((c) => (c === "Due" ? DUE_DATE_FORMAT : null)),
      },
    ],
  });
  const repaired = await repairFormatting(host);
  if (!repaired.ok) throw new Error(repaired.problems.join(" "));
  writeFileSync(file, await saveXlsx(host));
}

/** `text` with two neighbouring letters swapped at a place that depends on `seed` (a typing slip). */
export function slip(text: string, seed: number): string {
  const at = 1 + (seed % Math.max(1, text.length - 2));
  return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
}

/** A distinct text of exactly the most characters a cell holds. */
export function longestText(seed: number): string {
  const head = `Text ${seed} `;
  return head + "x".repeat(LONGEST_CELL - head.length);
}
