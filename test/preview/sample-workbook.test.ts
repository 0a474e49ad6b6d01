import { readWorkbook } from "../../src/core/read-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { buildSampleWorkbook, HOME_OFFICE_2017_RATINGS } from "../../src/preview/sample-workbook";
import { HOME_OFFICE_2017 } from "../fixtures/seed-ratings";
import { openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";

describe("the preview's sample workbook", () => {
  it("holds the Home Office 2017 ratings and eleven actions, with dropdowns and colours over every action row", async () => {
    const host = await openXlsx(await saveXlsx(await buildSampleWorkbook()));
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { ratings, actions } = read.workbook;
    expect(ratings.areas).toHaveLength(10);
    expect(ratings.areas.flatMap((a) => a.ratings.map((r) => r.match))).not.toContain("none");
    expect(ratings.areas.find((a) => a.area === "Supporting information through technology")?.ratings.map((r) => r.level)).toEqual([
      "Development area",
      "Progressing to satisfactory",
    ]);
    expect(actions?.items).toHaveLength(11);
    expect(actions?.items.every((item) => item.status !== undefined && item.due !== null)).toBe(true);
    expect(actions?.items[0]?.due).toBe("2017-12-31");
    const actionsSheet = host.workbook.getWorksheet("Actions");
    const validations = (actionsSheet as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model;
    expect(validations["H12"]?.formulae).toEqual(["StatusList"]);
  });
});

it("uses the same Home Office 2017 ratings as the tests' seed fixture, area by area", () => {
  expect(HOME_OFFICE_2017_RATINGS.map(([first, second]) => [first, second])).toEqual(HOME_OFFICE_2017.areas.map(([, , first, second]) => [first, second]));
});
