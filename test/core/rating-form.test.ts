import { areasToRate, NO_THEME, nextUnrated, roundProgress } from "../../src/core/rating-form";
import { readWorkbook } from "../../src/core/read-workbook";
import { EMPTY_WORKBOOK } from "../../src/core/workbook-snapshot";

function ratingsOf(values: unknown[][]) {
  const read = readWorkbook({
    ...EMPTY_WORKBOOK,
    sheetNames: ["Ratings"],
    tables: [{ name: "Ratings", sheet: "Ratings", address: `Ratings!A1:D${values.length}`, values }],
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.workbook.ratings;
}

describe("areasToRate", () => {
  const ratings = ratingsOf([
    ["Theme", "Area", "IMA 2015", "Review 2017"],
    ["", "Orphan area", "Satisfactory", ""],
    ["Value", "Asset", "Development area", "Satisfactory"],
    ["Risk", "Control", "", "good practice"],
    ["Value", "Communicating", "Satisfactory", ""],
    ["Risk", "", "Satisfactory", ""],
  ]);

  it("groups areas by theme in first-seen order, with the previous round's rating beside each", () => {
    const groups = areasToRate(ratings, 1);
    expect(groups.map((g) => [g.theme, g.areas.map((a) => a.area)])).toEqual([
      [NO_THEME, ["Orphan area"]],
      ["Value", ["Asset", "Communicating"]],
      ["Risk", ["Control"]],
    ]);
    const asset = groups[1]?.areas[0];
    expect([asset?.previous?.level, asset?.current.level, asset?.current.address]).toEqual(["Development area", "Satisfactory", "D3"]);
    expect(groups[2]?.areas[0]?.current).toMatchObject({ text: "good practice", level: "Good practice", match: "variant" });
  });

  it("has no previous rating in the first round", () => {
    expect(areasToRate(ratings, 0).flatMap((g) => g.areas.map((a) => a.previous))).toEqual([null, null, null, null]);
  });
});

describe("progress through a round", () => {
  const ratings = ratingsOf([
    ["Theme", "Area", "IMA 2015", "Review 2017"],
    ["Value", "Asset", "Development area", "Satisfactory"],
    ["Value", "Communicating", "Satisfactory", ""],
    ["Risk", "Control", "", "satisfactroy"],
    ["Risk", "Guidance", "", " good practice"],
  ]);

  it("counts an area rated only when its cell names a level (any spelling); blank and off-scale cells still need one", () => {
    expect(roundProgress(areasToRate(ratings, 1))).toEqual({ rated: 2, total: 4 });
    expect(roundProgress(areasToRate(ratings, 0))).toEqual({ rated: 2, total: 4 });
  });

  it("finds the next unrated area after the one given, wrapping round, and none when all are rated", () => {
    const themes = areasToRate(ratings, 1);
    expect(nextUnrated(themes, null)?.area).toBe("Communicating");
    expect(nextUnrated(themes, 2)?.area).toBe("Control");
    expect(nextUnrated(themes, 3)?.area).toBe("Communicating");
    expect(nextUnrated(themes, 99)?.area).toBe("Communicating");
    const allRated = ratingsOf([
      ["Theme", "Area", "IMA 2015"],
      ["Value", "Asset", "Satisfactory"],
    ]);
    expect(nextUnrated(areasToRate(allRated, 0), null)).toBeNull();
  });
});
