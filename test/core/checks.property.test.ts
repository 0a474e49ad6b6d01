import fc from "fast-check";
import { checkWorkbook, fixPlan } from "../../src/core/checks";
import { matchRating, normaliseRating } from "../../src/core/rating-scale";
import { readWorkbook } from "../../src/core/read-workbook";
import type { RatingWorkbook } from "../../src/core/rating-workbook";
import { SCALE_PRESETS } from "../../src/core/scale-presets";
import { parseBlock } from "../../src/core/a1";
import { snapshotOfModel } from "../support/model-grids";
import { snapshotOf, ACTIONS_HEADER, type WorkbookData } from "../support/rating-workbook-data";

// Generous on a loaded machine (2 cores shared); a limit, not a timed assertion.
jest.setTimeout(60_000);

const TODAY = { todayIso: "2026-12-01" };
const scaleArb = fc.constantFrom(...SCALE_PRESETS);

/** Text a person might type for a level: the label or an alias, in any case, with stray spaces. */
function spellingArb(spellings: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...spellings), fc.array(fc.boolean(), { maxLength: 40 }), fc.constantFrom("", " ", "  ", "\u00A0"), fc.constantFrom("", " "))
    .map(([text, upper, before, after]) => before + [...text].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join("") + after);
}

const cellArb = (spellings: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: spellingArb(spellings) },
    { weight: 2, arbitrary: fc.constant("") },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    { weight: 1, arbitrary: fc.integer({ min: -5, max: 50_000 }) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!", "#FORMULA") },
  );

const workbookArb = scaleArb.chain((scale) => {
  const spellings = scale.levels.flatMap((l) => [l.label, ...l.aliases]);
  const rounds = fc.uniqueArray(fc.integer({ min: 1990, max: 2039 }), { minLength: 1, maxLength: 4 }).map((years) => years.map((y) => `Review ${y}`));
  return rounds.chain((labels) => {
    const row = fc.tuple(
      fc.oneof(fc.constant(""), fc.string({ maxLength: 10 })),
      fc.oneof(fc.constant(""), fc.string({ maxLength: 10 })),
      fc.array(cellArb(spellings), { minLength: labels.length, maxLength: labels.length }),
    );
    const action = fc.tuple(fc.string({ maxLength: 6 }), fc.string({ maxLength: 8 }), fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.string({ maxLength: 10 })), fc.constantFrom("", "Not started", "in progress", "Complete", "Someday"));
    return fc.record({
      scale: fc.constant(scale),
      rows: fc.array(row, { maxLength: 12 }),
      actions: fc.array(action, { maxLength: 6 }),
      origin: fc.record({ top: fc.integer({ min: 0, max: 4 }), left: fc.integer({ min: 0, max: 3 }) }),
    }).map(({ scale: s, rows, actions, origin }): WorkbookData => ({
      scale: s,
      origin,
      ratings: [["Theme", "Area", ...labels], ...rows.map(([theme, area, cells]) => [theme, area, ...cells])],
      actions: [ACTIONS_HEADER, ...actions.map(([ref, owner, due, status]) => ACTIONS_HEADER.map((h) => ({ Ref: ref, Owner: owner, Due: due, Status: status })[h as "Ref"] ?? ""))],
    }));
  });
});

function read(data: WorkbookData): RatingWorkbook {
  const result = readWorkbook(snapshotOf(data));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.workbook;
}

/** Applies a fix plan to the model's own grids, the way a host would write the cells. */
function applyFixes(model: RatingWorkbook): RatingWorkbook {
  const snapshot = snapshotOfModel(model);
  for (const step of fixPlan(checkWorkbook(model, TODAY)).steps) {
    if (step.kind !== "setValues") continue;
    const table = snapshot.tables.find((t) => t.sheet === step.sheet && t.name !== "RatingScale" && t.name !== "ActionStatuses");
    const block = table ? parseBlock(table.address) : null;
    const cell = parseBlock(step.address);
    if (!table || !block || !cell) throw new Error("fix outside a table");
    const line = table.values[cell.top - block.top] as unknown[];
    line[cell.left - block.left] = step.values[0]?.[0];
  }
  const result = readWorkbook(snapshot);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.workbook;
}

describe("laws", () => {
  it("normalising a rating twice is the same as once", () => {
    fc.assert(
      fc.property(scaleArb.chain((scale) => fc.tuple(fc.constant(scale), fc.oneof(spellingArb(scale.levels.flatMap((l) => [l.label, ...l.aliases])), fc.string()))), ([scale, text]) => {
        const once = normaliseRating(scale, text);
        const twice = once === null ? null : normaliseRating(scale, once);
        expect(twice).toBe(once);
        if (once !== null) expect(matchRating(scale, once).kind).toBe("exact");
      }),
    );
  });

  it("fixing twice is the same as fixing once: after Fix all nothing is left to fix", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        const fixed = applyFixes(read(data));
        const remaining = checkWorkbook(fixed, TODAY);
        expect(remaining.filter((f) => f.fix !== undefined)).toEqual([]);
        expect(fixPlan(remaining).steps).toEqual([]);
      }),
    );
  });

  it("a model written to grids and read back is the same model", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        const model = read(data);
        const again = readWorkbook(snapshotOfModel(model));
        expect(again.ok && again.workbook).toEqual(model);
      }),
    );
  });

  it("checking never throws and every finding names a cell of the sheet it is on", () => {
    fc.assert(
      fc.property(workbookArb, (data) => {
        for (const finding of checkWorkbook(read(data), TODAY)) {
          expect(finding.message.length).toBeGreaterThan(0);
          expect(parseBlock(finding.address)).not.toBeNull();
          expect(["Ratings", "Actions"]).toContain(finding.sheet);
        }
      }),
    );
  });
});
