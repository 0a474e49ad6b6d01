import fc from "fast-check";
import { nearMissFinder, type NearMissCandidate } from "../../src/core/checks/near-miss";
import { referenceNearestLabel } from "./near-miss-reference";

// Generous on a loaded machine (2 cores shared); a limit, not a timed assertion.
jest.setTimeout(120_000);

// A small alphabet makes near misses, equal distances and shared prefixes common.
const letter = fc.constantFrom("a", "b", "c", "A", " ", "'", "\u2019", "é");
const word = (maxLength: number) => fc.array(letter, { maxLength }).map((letters) => letters.join(""));

type Edit = { kind: "insert" | "delete" | "replace" | "swap"; at: number; letter: string };
const editArb: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom("insert", "delete", "replace", "swap"), at: fc.nat(), letter });

/** The text with a few typing slips: letters added, dropped, replaced or swapped with the next. */
function slipped(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === "insert") out = out.slice(0, at) + edit.letter + out.slice(at);
    else if (edit.kind === "delete") out = out.slice(0, at) + out.slice(at + 1);
    else if (edit.kind === "replace") out = out.slice(0, at) + edit.letter + out.slice(at + 1);
    else if (at + 1 < out.length) out = out.slice(0, at) + out.charAt(at + 1) + out.charAt(at) + out.slice(at + 2);
  }
  return out;
}

/** Candidates as the checks build them (key from the label), with now and then a second label on one key. */
const candidatesArb = fc
  .array(fc.tuple(fc.oneof({ weight: 6, arbitrary: word(14) }, { weight: 1, arbitrary: word(210) }), fc.nat({ max: 3 })), { maxLength: 30 })
  .map((pairs) =>
    pairs.map(([key, labelNumber]): NearMissCandidate => ({ key, label: labelNumber === 0 ? `other ${key.length}` : `label of ${key}` })),
  );

/** Texts to look up: slips of the candidates' keys (in any case), and unrelated words. */
function textsArb(candidates: readonly NearMissCandidate[]) {
  const fromCandidate =
    candidates.length === 0
      ? word(14)
      : fc
          .tuple(fc.constantFrom(...candidates), fc.array(editArb, { maxLength: 5 }), fc.boolean())
          .map(([candidate, edits, upper]) => {
            const text = slipped(candidate.key, edits);
            return upper ? text.toUpperCase() : text;
          });
  return fc.array(fc.oneof({ weight: 3, arbitrary: fromCandidate }, { weight: 1, arbitrary: word(20) }), { minLength: 1, maxLength: 25 });
}

describe("nearMissFinder", () => {
  it("suggests exactly what comparing the text with every candidate suggests", () => {
    fc.assert(
      fc.property(
        candidatesArb.chain((candidates) => fc.tuple(fc.constant(candidates), textsArb(candidates))),
        ([candidates, texts]) => {
          const nearest = nearMissFinder(candidates);
          for (const text of texts) expect(nearest(text)).toBe(referenceNearestLabel(text, candidates));
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it("agrees with the full comparison on long texts near the 200-letter bound", () => {
    fc.assert(
      fc.property(word(200), fc.array(editArb, { maxLength: 4 }), fc.array(editArb, { maxLength: 4 }), (base, edits, otherEdits) => {
        const long = base.padEnd(198, "ab");
        const candidates: NearMissCandidate[] = [
          { key: long, label: "long" },
          { key: slipped(long, otherEdits), label: "slipped" },
        ];
        const text = slipped(long, edits);
        expect(nearMissFinder(candidates)(text)).toBe(referenceNearestLabel(text, candidates));
      }),
      { numRuns: 100 },
    );
  });

  it("suggests one clear candidate and never guesses between two", () => {
    const nearest = nearMissFinder(["Red", "Rod", "Green"].map((label) => ({ key: label.toLowerCase(), label })));
    expect(nearest("Gren")).toBe("Green");
    expect(nearest("Rad")).toBeNull();
    expect(nearest("Purple")).toBeNull();
    expect(nearMissFinder([{ key: "satisfactory", label: "Satisfactory" }])("Satisfactroy")).toBe("Satisfactory");
  });
});
