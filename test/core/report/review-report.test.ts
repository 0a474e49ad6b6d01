import { readWorkbook } from "../../../src/core/read-workbook";
import { reportFileName } from "../../../src/core/report/report-file-name";
import { buildReviewReport } from "../../../src/core/report/review-report";
import { IMA_2015_SCALE } from "../../../src/core/scale-presets";
import type { TableSnapshot } from "../../../src/core/workbook-snapshot";
import { ACTION_HEADER, HOME_OFFICE_2017, actionRows, seedSnapshot } from "../../fixtures/review-seeds";

const THEME = "The value of information";
const AREA = "Managing information as an asset";

function workbook(rounds: string[] = ["IMA 2015", "Review 2017"]) {
  const base = seedSnapshot(HOME_OFFICE_2017);
  const ratings = HOME_OFFICE_2017.ratings.map(([theme, area, a, b]) => [theme, area, a, b, ...(rounds.length > 2 ? [b] : [])]);
  const actions = actionRows(HOME_OFFICE_2017).map((row, i) => (i === 0 ? [row[0], row[1], THEME, AREA, "Records manager", "2026-01-31", "High", "In progress", ""] : i === 1 ? [...row.slice(0, 7), "Complete", ""] : row));
  const tables: TableSnapshot[] = [
    { name: "Ratings", sheet: "Ratings", address: `Ratings!A1:${rounds.length > 2 ? "E" : "D"}${ratings.length + 1}`, values: [["Theme", "Area", ...rounds], ...ratings] },
    { name: "Actions", sheet: "Actions", address: `Actions!A1:I${actions.length + 1}`, values: [[...ACTION_HEADER], ...actions] },
    { name: "About", sheet: "Lists", address: "Lists!N1:O3", values: [["Detail", "Value"], ["Organisation", "Home Office"], ["Framework", "IMA 2015-2018"]] },
    {
      name: "Commentary",
      sheet: "Commentary",
      address: "Commentary!A1:D5",
      values: [
        ["Theme", "Area", "Round", "Commentary"],
        [THEME, "", "IMA 2015", "Where the theme stood."],
        [THEME, "", "Review 2017", "What changed since."],
        [THEME, AREA, "Review 2017", "About the asset register."],
        [THEME, AREA, "Review 2017", "A second paragraph."],
      ],
    },
  ];
  const read = readWorkbook({ ...base, tables, tableNames: tables.map((t) => ({ name: t.name, sheet: t.sheet })) });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.workbook;
}

describe("the progress-review report model", () => {
  it("titles the report with the organisation and the rounds, and tables each theme's areas by round in the scale's colours with movement", () => {
    const built = buildReviewReport(workbook(), { todayIso: "2026-11-22" });
    if (!built.ok) throw new Error(built.problems.join());
    const { report } = built;
    expect([report.title, report.subtitle, report.framework]).toEqual(["Home Office: progress review", "IMA 2015 to Review 2017", "IMA 2015-2018"]);
    expect(report.themes.map((t) => [t.name, t.areas.length])).toEqual([[THEME, 2], ["Digital information and supporting technology", 2], ["Information risk, governance and oversight", 4], ["Records, review and transfer", 2]]);
    const asset = report.themes[0]?.areas[1];
    const level = (label: string) => IMA_2015_SCALE.levels.find((l) => l.label === label);
    expect(asset?.ratings).toEqual([
      { text: "Development area", fill: level("Development area")?.fill, font: level("Development area")?.font },
      { text: "Satisfactory", fill: level("Satisfactory")?.fill, font: level("Satisfactory")?.font },
    ]);
    expect(asset?.movementText).toEqual({ text: "▲ Improved", fill: "#C6EFCE", font: "#006100" });
  });

  it("puts the theme's commentary under the theme and an area's under the area, round by round, in paragraphs", () => {
    const built = buildReviewReport(workbook(), { todayIso: "2026-11-22" });
    if (!built.ok) throw new Error(built.problems.join());
    const theme = built.report.themes[0];
    expect(theme?.commentary).toEqual([
      { round: "IMA 2015", paragraphs: ["Where the theme stood."] },
      { round: "Review 2017", paragraphs: ["What changed since."] },
    ]);
    expect(theme?.areas[1]?.commentary).toEqual([{ round: "Review 2017", paragraphs: ["About the asset register.", "A second paragraph."] }]);
    expect(theme?.areas[0]?.commentary).toEqual([]);
  });

  it("lists the areas needing attention and every next step with owner, due date, status colours and overdue", () => {
    const built = buildReviewReport(workbook(), { todayIso: "2026-11-22" });
    if (!built.ok) throw new Error(built.problems.join());
    expect(built.report.attention.map((a) => [a.area, a.rating.text, a.why])).toEqual([
      ["Supporting information through technology", "Progressing to satisfactory", "Below Satisfactory"],
      ["Digital continuity and IT change", "Development area", "Below Satisfactory"],
    ]);
    const [first, second] = built.report.nextSteps;
    expect(first).toMatchObject({ ref: "A1", owner: "Records manager", due: "2026-01-31", overdue: true, status: { text: "In progress", fill: expect.stringMatching(/^#/) } });
    expect(second).toMatchObject({ overdue: false, status: { text: "Complete" } });
    expect(built.report.nextSteps).toHaveLength(11);
  });

  it("shows every round by default, the named ones when asked (comparing the last two), and refuses unknown or too few rounds", () => {
    const three = workbook(["IMA 2015", "Review 2017", "Review 2019"]);
    const all = buildReviewReport(three, { todayIso: "2026-11-22" });
    expect(all.ok && [all.report.rounds, all.report.compared, all.report.themes[0]?.areas[0]?.ratings.length]).toEqual([["IMA 2015", "Review 2017", "Review 2019"], ["Review 2017", "Review 2019"], 3]);
    const chosen = buildReviewReport(three, { rounds: ["review 2019", "IMA 2015"], todayIso: "2026-11-22" });
    expect(chosen.ok && [chosen.report.rounds, chosen.report.compared]).toEqual([["IMA 2015", "Review 2019"], ["IMA 2015", "Review 2019"]]);
    expect(buildReviewReport(three, { rounds: ["IMA 2015", "Review 2030"], todayIso: "2026-11-22" })).toEqual({ ok: false, problems: ['The Ratings table has no round "Review 2030". Its rounds are: IMA 2015, Review 2017, Review 2019.'] });
    expect(buildReviewReport(three, { rounds: ["IMA 2015", "ima 2015"], todayIso: "2026-11-22" })).toEqual({ ok: false, problems: ["Choose at least two different rounds for the report."] });
  });

  it("names the file after the organisation and the day, safely", () => {
    const built = buildReviewReport(workbook(), { todayIso: "2026-11-22" });
    if (!built.ok) throw new Error(built.problems.join());
    expect(reportFileName(built.report)).toBe("Home Office progress review 2026-11-22.docx");
    expect(reportFileName({ ...built.report, organisation: 'A/B: "C"' })).toBe("A-B- -C- progress review 2026-11-22.docx");
    expect(reportFileName({ ...built.report, organisation: null })).toBe("progress review 2026-11-22.docx");
  });
});
