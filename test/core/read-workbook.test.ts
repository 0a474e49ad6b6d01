import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2008_SCALE } from "../../src/core/scale-presets";
import { EMPTY_WORKBOOK, type WorkbookSnapshot } from "../../src/core/workbook-snapshot";

const scaleTable = {
  name: "RatingScale",
  sheet: "Lists",
  address: "Lists!A1:E6",
  values: [
    ["Level", "Rank", "Fill", "Font", "Aliases"],
    ["Development area", 1, "#FFC7CE", "#9C0006", ""],
    ["Progressing to satisfactory", 2, "#FFEB9C", "#7F4F00", "Progressing towards satisfactory"],
    ["Satisfactory", 3, "#C6EFCE", "#006100", ""],
    ["Progressing to good practice", 4, "#DDEBF7", "#1F4E79", ""],
    ["Good practice", 5, "#1F4E79", "#FFFFFF", ""],
  ],
};

function snapshot(ratings: unknown[][], extra: Partial<WorkbookSnapshot> = {}): WorkbookSnapshot {
  return {
    ...EMPTY_WORKBOOK,
    sheetNames: ["Ratings", "Lists"],
    tables: [{ name: "Ratings", sheet: "Ratings", address: `Ratings!B3:F${2 + ratings.length}`, values: ratings }, scaleTable],
    ...extra,
  };
}

describe("readWorkbook", () => {
  it("matches columns in any order and case, keeps cell addresses, carries themes down and skips blank rows", () => {
    const result = readWorkbook(
      snapshot([
        ["AREA", "Review 2017", "theme", "Evidence", "IMA 2015"],
        ["Communicating and realising value", "Satisfactory", "The value of information", "x", "satisfactory"],
        [null, null, null, null, null],
        ["Managing information as an asset", "Satisfactroy", "", "", "Development Area"],
      ]),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { ratings } = result.workbook;
    expect(ratings.rounds).toEqual([
      { label: "Review 2017", column: 2 },
      { label: "IMA 2015", column: 5 },
    ]);
    expect(ratings.areas.map((a) => [a.theme, a.area, a.themeCarried, a.row])).toEqual([
      ["The value of information", "Communicating and realising value", false, 3],
      ["The value of information", "Managing information as an asset", true, 5],
    ]);
    const second = ratings.areas[1];
    expect(second?.ratings.map((r) => [r.address, r.match, r.level])).toEqual([
      ["C6", "none", null],
      ["F6", "variant", "Development area"],
    ]);
  });

  it("falls back to a header row on a sheet called Ratings when there is no table", () => {
    const result = readWorkbook({
      ...EMPTY_WORKBOOK,
      sheetNames: ["Ratings"],
      sheets: [
        {
          name: "Ratings",
          usedAddress: "Ratings!A1:D4",
          values: [
            ["Ratings of our department", null, null, null],
            ["Theme", "Area", "IMA 2010", "Review 2012"],
            ["Records", "Disposal", "Acceptable", "Best Practice"],
            [null, null, null, null],
          ],
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.workbook.ratings.source).toMatchObject({ sheet: "Ratings", table: null, headerRow: 1 });
    expect(result.workbook.scale).toBe(IMA_2008_SCALE);
    expect(result.notes[0]).toContain('"IMA reports 2008-2012" scale was assumed');
    expect(result.workbook.ratings.areas[0]?.ratings.map((r) => r.level)).toEqual(["Satisfactory", "Best practice"]);
  });

  it("says exactly what is missing when there is no Ratings table", () => {
    const result = readWorkbook(EMPTY_WORKBOOK);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toBe(
      'No Ratings table found: expected an Excel table named "Ratings", or a sheet named "Ratings" with a header row containing "Theme" and "Area".',
    );
  });

  it("names the header cell when Theme or Area is missing", () => {
    const result = readWorkbook(snapshot([["Heading", "Area", "IMA 2015"], ["x", "y", "Satisfactory"]]));
    expect(!result.ok && result.problems[0]).toMatchObject({ sheet: "Ratings", address: "B3", message: 'The Ratings table has no "Theme" column.' });
  });

  it("reads actions with synonyms for headers, due dates as serials or text, and statuses ignoring case", () => {
    const result = readWorkbook(
      snapshot([["Theme", "Area", "IMA 2015"], ["T", "A", "Satisfactory"]], {
        tables: [
          { name: "Ratings", sheet: "Ratings", address: "Ratings!A1:C2", values: [["Theme", "Area", "IMA 2015"], ["T", "A", "Satisfactory"]] },
          scaleTable,
          {
            name: "Actions",
            sheet: "Actions",
            address: "Actions!A1:E4",
            values: [
              ["Recommendation", "Owner", "Timescale", "STATUS", "Mine"],
              ["Write the plan", "KIM team", 46348, "in progress", "x"],
              ["Train staff", "", "31/03/2027", "Someday", ""],
              ["", "", "", "", ""],
            ],
          },
        ],
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const actions = result.workbook.actions;
    expect(actions?.columns).toMatchObject({ nextStep: 0, owner: 1, due: 2, status: 3, ref: -1, update: -1 });
    expect(actions?.items.map((a) => [a.nextStep, a.due, a.status?.label ?? null, a.statusText])).toEqual([
      ["Write the plan", "2026-11-22", "In progress", "in progress"],
      ["Train staff", "2027-03-31", null, "Someday"],
    ]);
  });

  it("notes tables it does not read, but not the one it read by its header row", () => {
    const ratings = [["Theme", "Area", "IMA 2015"], ["T", "A", "Satisfactory"]];
    const byTable = readWorkbook(
      snapshot(ratings, {
        tableNames: [
          { name: "Ratings", sheet: "Ratings" },
          { name: "OldRatings", sheet: "Ratings" },
          { name: "Ratings2", sheet: "Copy" },
          { name: "Mine", sheet: "Other" },
        ],
      }),
    );
    expect(byTable.ok && byTable.notes.filter((n) => n.includes("is not read"))).toEqual([
      'The table "OldRatings" on the sheet "Ratings" is not read: only the table "Ratings" is used for ratings.',
      'The table "Ratings2" on the sheet "Copy" is not read: only the table "Ratings" is used for ratings.',
    ]);
    const byHeader = readWorkbook({
      ...EMPTY_WORKBOOK,
      sheetNames: ["Ratings"],
      tableNames: [{ name: "Table1", sheet: "Ratings" }],
      sheets: [{ name: "Ratings", usedAddress: "Ratings!A1:C2", values: ratings }],
    });
    expect(byHeader.ok && byHeader.notes.some((n) => n.includes("Table1"))).toBe(false);
  });

  it("keeps a rating with spaces around it as a variant, and a blank-headed column of ratings as a round", () => {
    const result = readWorkbook(snapshot([["Theme", "Area", "IMA 2015", "", "Own"], ["T", "A", " Satisfactory", "Good practice", "x"]]));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.workbook.ratings.rounds.map((r) => r.label)).toEqual(["IMA 2015", ""]);
    expect(result.workbook.ratings.areas[0]?.ratings.map((r) => r.match)).toEqual(["variant", "exact"]);
  });

  it("says the cells could not be read when Excel returns none for a table", () => {
    const unreadable = { name: "Ratings", sheet: "Ratings", address: "Ratings!A1:C9999999", values: null as unknown as unknown[][] };
    const result = readWorkbook({ ...EMPTY_WORKBOOK, sheetNames: ["Ratings"], tables: [unreadable] });
    expect(!result.ok && result.problems[0]?.message).toBe("The cells of the Ratings table could not be read.");
  });
});
