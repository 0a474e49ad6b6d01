import { readWorkbook } from "../../src/core/read-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
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
