import fc from "fast-check";
import { DEFAULT_STATUSES } from "../../src/core/action-status";
import { matchRating, normaliseRating, rankOf, scaleProblems, type RatingScale } from "../../src/core/rating-scale";
import { IMA_2008_SCALE, IMA_2015_SCALE, RAG_5_SCALE, SCALE_PRESETS } from "../../src/core/scale-presets";

describe("normaliseRating", () => {
  it.each([
    ["Development Area", "Development area"],
    ["development area", "Development area"],
    ["  Progressing   to\u00A0Satisfactory ", "Progressing to satisfactory"],
    ["Progressing towards satisfactory", "Progressing to satisfactory"],
    ["Progressing towards Good practice", "Progressing to good practice"],
    ["GOOD PRACTICE", "Good practice"],
  ])("maps the seen variant %j to %j", (variant, canonical) => {
    expect(normaliseRating(IMA_2015_SCALE, variant)).toBe(canonical);
  });

  it("maps the 2008-2012 aliases", () => {
    expect(normaliseRating(IMA_2008_SCALE, "Priority Attention")).toBe("Priority attention area");
    expect(normaliseRating(IMA_2008_SCALE, "Acceptable")).toBe("Satisfactory");
    expect(normaliseRating(IMA_2008_SCALE, "Best Practice")).toBe("Best practice");
  });

  it("returns null for text that is not on the scale", () => {
    expect(normaliseRating(IMA_2015_SCALE, "Satisfactroy")).toBeNull();
    expect(normaliseRating(IMA_2015_SCALE, "")).toBeNull();
    expect(normaliseRating(IMA_2015_SCALE, "Good")).toBeNull();
  });

  it("tells an exact label from a variant that can be rewritten", () => {
    expect(matchRating(IMA_2015_SCALE, "Satisfactory").kind).toBe("exact");
    expect(matchRating(IMA_2015_SCALE, "satisfactory").kind).toBe("variant");
    expect(matchRating(IMA_2015_SCALE, "Satisfactroy").kind).toBe("none");
  });

  it("is idempotent: normalising twice is normalising once", () => {
    const spellings = SCALE_PRESETS.flatMap((s) => s.levels.flatMap((l) => [l.label, ...l.aliases]));
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(...spellings),
      fc.constantFrom(...spellings).map((s) => ` ${s.toUpperCase()}  `),
    );
    fc.assert(
      fc.property(fc.constantFrom(...SCALE_PRESETS), text, (scale, raw) => {
        const once = normaliseRating(scale, raw);
        if (once === null) return true;
        return normaliseRating(scale, once) === once;
      }),
    );
  });

  it("ranks form a total order matching the scale's order", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCALE_PRESETS), fc.nat(), fc.nat(), (scale, i, j) => {
        const a = scale.levels[i % scale.levels.length];
        const b = scale.levels[j % scale.levels.length];
        if (!a || !b) return false;
        const ra = rankOf(scale, a.label);
        const rb = rankOf(scale, b.label);
        if (ra === null || rb === null) return false;
        return Math.sign(ra - rb) === Math.sign((i % scale.levels.length) - (j % scale.levels.length));
      }),
    );
  });
});

describe("presets", () => {
  it("are all sound scales", () => {
    for (const scale of SCALE_PRESETS) expect(scaleProblems(scale)).toEqual([]);
  });

  it("include the five-point RAG scale in order", () => {
    expect(RAG_5_SCALE.levels.map((l) => l.label)).toEqual(["Red", "Amber/Red", "Amber", "Amber/Green", "Green"]);
  });

  it("keep text readable: every fill/font pair has at least 4.5:1 contrast", () => {
    const pairs = [...SCALE_PRESETS.flatMap((s) => s.levels), ...DEFAULT_STATUSES];
    expect(pairs.length).toBeGreaterThan(10);
    for (const pair of pairs) expect(contrast(pair.fill, pair.font)).toBeGreaterThanOrEqual(4.5);
  });
});

describe("scaleProblems", () => {
  const base = IMA_2015_SCALE.levels[0];
  it("reports a spelling shared by two levels, a bad colour and a one-level scale", () => {
    if (!base) throw new Error("preset has no levels");
    const clash: RatingScale = {
      id: "x",
      name: "Clash",
      levels: [
        { ...base, label: "Low", aliases: ["Weak"] },
        { ...base, label: "High", aliases: ["weak"], fill: "red" },
      ],
    };
    const problems = scaleProblems(clash);
    expect(problems).toContain('"weak" is used by both "Low" and "High" on the scale "Clash".');
    expect(problems).toContain('The colour "red" of "High" is not of the form #RRGGBB.');
    expect(scaleProblems({ id: "y", name: "One", levels: [base] })).toContain('The scale "One" needs at least two levels.');
  });
});

function luminance(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
