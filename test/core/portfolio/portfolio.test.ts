import { comparePortfolio, NO_SUCH_AREA, NOT_RATED } from "../../../src/core/portfolio/portfolio";
import { digestWorkbook, type WorkbookDigest } from "../../../src/core/portfolio/workbook-digest";
import { readWorkbook } from "../../../src/core/read-workbook";
import { IMA_2015_SCALE, RAG_3_SCALE } from "../../../src/core/scale-presets";
import type { WorkbookSnapshot } from "../../../src/core/workbook-snapshot";
import { isoDateToSerial } from "../../../src/core/excel-date";
import { ACTION_HEADER, CABINET_OFFICE_2015, HOME_OFFICE_2017, seedSnapshot, type ReviewSeed } from "../../fixtures/review-seeds";

const TODAY = "2026-12-02";

/** The seed as a workbook with an About table, as `import` writes it. */
function snapshotOf(seed: ReviewSeed, organisation: string | null, framework: string | null = "IMA 2015-2018 (4 themes, 10 areas)"): WorkbookSnapshot {
  const base = seedSnapshot(seed);
  const rows = [["Detail", "Value"], ["Organisation", organisation], ["Framework", framework]];
  return {
    ...base,
    tableNames: [...base.tableNames, { name: "About", sheet: "Lists" }],
    tables: [...base.tables, { name: "About", sheet: "Lists", address: "Lists!N1:O3", values: rows }],
  };
}

function digestOf(file: string, snapshot: WorkbookSnapshot): WorkbookDigest {
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join(" "));
  return digestWorkbook(file, read.workbook, TODAY);
}

const rank = (label: string) => IMA_2015_SCALE.levels.findIndex((l) => l.label.toLowerCase() === label.toLowerCase());
const canonical = (label: string) => IMA_2015_SCALE.levels.find((l) => [l.label, ...l.aliases].some((s) => s.toLowerCase() === label.toLowerCase()))?.label ?? label;

describe("comparing workbooks (the portfolio core)", () => {
  const homeOffice = digestOf("ho.xlsx", snapshotOf(HOME_OFFICE_2017, "Home Office"));
  const cabinetOffice = digestOf("co.xlsx", snapshotOf(CABINET_OFFICE_2015, "Cabinet Office"));

  it("gives one row per organisation and area with the latest and previous ratings and the movement", () => {
    const portfolio = comparePortfolio([homeOffice, cabinetOffice], []);
    expect(portfolio.rows).toHaveLength(20);
    // Sorted by organisation whatever order the reads finished in.
    expect(portfolio.rows.map((r) => r.organisation)).toEqual([...Array(10).fill("Cabinet Office"), ...Array(10).fill("Home Office")]);
    for (const [seed, org] of [[CABINET_OFFICE_2015, "Cabinet Office"], [HOME_OFFICE_2017, "Home Office"]] as const) {
      const rows = portfolio.rows.filter((r) => r.organisation === org);
      expect(rows.map((r) => [r.area, r.previousRound, r.previousRating, r.latestRound, r.latestRating, r.movement])).toEqual(
        seed.ratings.map(([, area, earlier, later]) => {
          const before = rank(canonical(earlier));
          const after = rank(canonical(later));
          return [area, seed.rounds[0], canonical(earlier), seed.rounds[1], canonical(later), after > before ? "improved" : after < before ? "declined" : "unchanged"];
        }),
      );
    }
    expect(portfolio.rows.filter((r) => r.movement === "improved").map((r) => `${r.organisation}: ${r.area}`)).toEqual([
      "Cabinet Office: Managing information as an asset",
      "Cabinet Office: Supporting information through technology",
      "Cabinet Office: Providing guidance",
      "Home Office: Managing information as an asset",
      "Home Office: Supporting information through technology",
      "Home Office: Establishing control",
      "Home Office: Providing guidance",
      "Home Office: Oversight of records and selection",
    ]);
  });

  it("counts each area's open and overdue actions (linked by area name, ignoring case)", () => {
    const rows = comparePortfolio([homeOffice], []).rows;
    // Every next step of the seed is "Not started" with no due date: open, never overdue.
    const open = (area: string) => HOME_OFFICE_2017.nextSteps.filter(([, a]) => a === area).length;
    expect(rows.map((r) => [r.area, r.openActions, r.overdueActions])).toEqual(HOME_OFFICE_2017.ratings.map(([, area]) => [area, open(area), 0]));
    const base = snapshotOf(HOME_OFFICE_2017, "Home Office");
    const past = isoDateToSerial("2026-01-31");
    const future = isoDateToSerial("2027-01-31");
    const actions = [
      [...ACTION_HEADER],
      ["A1", "Overdue", "", "measuring IMPACT", "", past, "", "In progress", ""],
      ["A2", "Due later", "", "Measuring impact", "", future, "", "Not started", ""],
      ["A3", "Done late", "", "Measuring impact", "", past, "", "Complete", ""],
      ["A4", "No area", "", "", "", past, "", "Blocked", ""],
    ];
    const withDue: WorkbookSnapshot = { ...base, tables: base.tables.map((t) => (t.name === "Actions" ? { ...t, address: "Actions!A1:I5", values: actions } : t)) };
    const measured = comparePortfolio([digestOf("ho.xlsx", withDue)], []).rows.find((r) => r.area === "Measuring impact");
    expect([measured?.openActions, measured?.overdueActions]).toEqual([2, 1]);
  });

  it("builds the heat map: areas down, organisations across, counts per level below; the same whatever the order read", () => {
    const one = comparePortfolio([homeOffice, cabinetOffice], []);
    const other = comparePortfolio([cabinetOffice, homeOffice], []);
    expect(other).toEqual(one);
    const map = one.heatMap;
    expect(map?.organisations).toEqual(["Cabinet Office", "Home Office"]);
    expect(map?.areas).toHaveLength(10);
    expect(map?.areas[2]).toEqual({ theme: "Digital information and supporting technology", area: "Supporting information through technology", cells: ["Progressing to satisfactory", "Progressing to satisfactory"] });
    expect(map?.counts.map((c) => [c.label, ...c.counts])).toEqual([
      ["Development area", 1, 1],
      ["Progressing to satisfactory", 1, 1],
      ["Satisfactory", 6, 5],
      ["Progressing to good practice", 1, 1],
      ["Good practice", 1, 2],
      [NOT_RATED, 0, 0],
      [NO_SUCH_AREA, 0, 0],
    ]);
    expect(map?.scale.levels.map((l) => l.fill)).toEqual(IMA_2015_SCALE.levels.map((l) => l.fill));
  });

  it("lists a workbook on another scale or framework instead of comparing it, and never converts its levels", () => {
    const ragSnapshot = snapshotOf(HOME_OFFICE_2017, "Northshire Council");
    const rag: WorkbookSnapshot = {
      ...ragSnapshot,
      tableNames: [...ragSnapshot.tableNames, { name: "RatingScale", sheet: "Lists" }],
      tables: [
        ...ragSnapshot.tables,
        { name: "RatingScale", sheet: "Lists", address: "Lists!A1:E4", values: [["Level", "Rank", "Fill", "Font", "Aliases"], ...RAG_3_SCALE.levels.map((l, i) => [l.label, i + 1, l.fill, l.font, ""])] },
      ],
    };
    const ragDigest = digestOf("rag.xlsx", rag);
    const otherFramework = digestOf("caf.xlsx", snapshotOf(CABINET_OFFICE_2015, "Southshire Council", "NCSC CAF"));
    const portfolio = comparePortfolio([homeOffice, cabinetOffice, ragDigest, otherFramework], []);
    expect(portfolio.rows).toHaveLength(40);
    expect(portfolio.heatMap?.organisations).toEqual(["Cabinet Office", "Home Office"]);
    expect(portfolio.heatMap?.notCompared.map((n) => n.workbook)).toEqual(["rag.xlsx", "caf.xlsx"]);
    expect(portfolio.heatMap?.notCompared[0]?.reason).toMatch(/^Its scale \(Red < Amber < Green\) is not the one compared here/);
    expect(portfolio.heatMap?.notCompared[1]?.reason).toBe('Its framework "NCSC CAF" is not the one compared here ("IMA 2015-2018 (4 themes, 10 areas)").');
    // Its ratings are not on its own scale: kept as written, "not rated", never guessed into a level.
    expect(portfolio.rows.find((r) => r.workbook === "rag.xlsx")).toMatchObject({ latestRating: "Satisfactory", movement: "not rated" });
  });

  it("shows an area one workbook lacks as such, names a workbook without an organisation by its file, and tells two of one name apart", () => {
    const fewer: ReviewSeed = { ...CABINET_OFFICE_2015, ratings: CABINET_OFFICE_2015.ratings.slice(0, 9) };
    const nameless = digestOf("folder/directorate-a.xlsx", snapshotOf(fewer, null));
    const twin = digestOf("ho-copy.xlsx", snapshotOf(HOME_OFFICE_2017, "Home Office"));
    const map = comparePortfolio([homeOffice, twin, nameless], []).heatMap;
    expect(map?.organisations).toEqual(["directorate-a", "Home Office (ho-copy)", "Home Office (ho)"]);
    expect(map?.areas[9]?.cells).toEqual([null, "Satisfactory", "Satisfactory"]);
    expect(map?.counts.find((c) => c.label === NO_SUCH_AREA)?.counts).toEqual([1, 0, 0]);
  });

  it("takes an area's newest rated round when the last round is still blank, and says not rated when it has none", () => {
    const withBlank: WorkbookSnapshot = (() => {
      const base = snapshotOf(HOME_OFFICE_2017, "Home Office");
      const ratings = base.tables[0];
      if (!ratings) throw new Error("no ratings");
      const values = [["Theme", "Area", "IMA 2015", "Review 2017", "Review 2019"], ...HOME_OFFICE_2017.ratings.map(([t, a, e, l], i) => [t, a, i === 0 ? "" : e, i === 0 ? "" : l, i === 1 ? "Good practice" : ""])];
      return { ...base, tables: [{ ...ratings, address: "Ratings!A1:E11", values }, ...base.tables.slice(1)] };
    })();
    const rows = comparePortfolio([digestOf("ho.xlsx", withBlank)], []).rows;
    expect(rows[0]).toMatchObject({ latestRound: "", latestRating: "", previousRound: "", movement: "not rated" });
    expect(rows[1]).toMatchObject({ latestRound: "Review 2019", latestRating: "Good practice", previousRound: "Review 2017", previousRating: "Satisfactory", movement: "improved" });
    expect(rows[2]).toMatchObject({ latestRound: "Review 2017", previousRound: "IMA 2015" });
  });

  it("keeps the files not read, sorted, and has no heat map when none was read", () => {
    const portfolio = comparePortfolio([], [{ workbook: "b.xlsx", reason: "Damaged." }, { workbook: "a.xlsx", reason: "Empty." }]);
    expect(portfolio).toEqual({ rows: [], heatMap: null, notRead: [{ workbook: "a.xlsx", reason: "Empty." }, { workbook: "b.xlsx", reason: "Damaged." }], read: 0 });
  });
});
