import { frameworkName, readAboutTable, recognisedFramework } from "../../src/core/about";
import { ABOUT_CELLS, recordAbout } from "../../src/core/about-plan";
import { BLANK_FRAMEWORK, IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";

describe("reading the About table", () => {
  it("finds the details by name in any case, ignores rows it does not know, and reads blanks as unknown", () => {
    expect(readAboutTable([["detail", "VALUE"], ["Assessor", "J. Smith"], ["organisation ", " Home Office "], ["Framework", ""]])).toEqual({ organisation: "Home Office", framework: null });
    expect(readAboutTable([["Value", "Detail"], ["Cabinet Office", "Organization"]])).toEqual({ organisation: "Cabinet Office", framework: null });
    expect(readAboutTable([["Name", "Text"], ["Organisation", "Home Office"]])).toEqual({ organisation: null, framework: null });
    expect(readAboutTable([])).toEqual({ organisation: null, framework: null });
  });

  it("names a preset framework, none for the blank one, and recognises imported themes as a preset's", () => {
    expect(frameworkName(IMA_2015_FRAMEWORK)).toBe(IMA_2015_FRAMEWORK.name);
    expect(frameworkName(BLANK_FRAMEWORK)).toBeNull();
    const shuffled = [...IMA_2015_FRAMEWORK.themes].reverse().map((t) => ({ name: t.name.toUpperCase(), areas: [...t.areas].reverse() }));
    expect(recognisedFramework(shuffled)).toBe(IMA_2015_FRAMEWORK);
    expect(recognisedFramework([{ name: "Water", areas: ["Reservoir logs"] }])).toBeNull();
  });
});

function withLists(extra: Partial<WorkbookSnapshot>): WorkbookSnapshot {
  return { sheetNames: ["Ratings", "Lists"], tableNames: [], tables: [], sheets: [], names: [], ...extra };
}

describe("recording what a workbook assesses in an older or filled-in workbook", () => {
  it("fills blank Value cells of the About table and keeps a different value already there, saying so", () => {
    const table = { name: "About", sheet: "Lists", address: "Lists!N1:O3", values: [["Detail", "Value"], ["Organisation", ""], ["Framework", "My own framework"]] };
    const change = recordAbout(withLists({ tables: [table], tableNames: [table] }), { organisation: "Home Office", framework: "IMA 2015-2018" });
    expect(change.steps).toEqual([{ kind: "setValues", sheet: "Lists", address: "O2", values: [["Home Office"]] }]);
    expect(change.notes).toEqual(['The About table already names the framework "My own framework"; it was kept (the review says "IMA 2015-2018").']);
  });

  it("adds the table where its cells on Lists were read and are empty, and not where they hold something or were not read", () => {
    const empty = withLists({ cells: [{ sheet: "Lists", address: ABOUT_CELLS.address, values: [["", ""], ["", ""], ["", ""]] }] });
    expect(recordAbout(empty, { organisation: "Home Office", framework: null }).steps).toContainEqual(
      expect.objectContaining({ kind: "addTable", table: "About", address: "N1:O3", rows: [["Organisation", "Home Office"], ["Framework", null]] }),
    );
    const taken = withLists({ cells: [{ sheet: "Lists", address: ABOUT_CELLS.address, values: [["", ""], ["my note", ""], ["", ""]] }] });
    expect(recordAbout(taken, { organisation: "Home Office", framework: null })).toEqual({ steps: [], notes: ["The About table (the organisation and framework) was not added: the cells Lists!N1:O3 are not empty."] });
    expect(recordAbout(withLists({}), { organisation: "Home Office", framework: null }).notes).toEqual(["The About table (the organisation and framework) was not added: the cells Lists!N1:O3 could not be checked."]);
  });
});
