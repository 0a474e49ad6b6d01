import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { sheetCells } from "../../src/preview/sheet-cells";
import { newXlsx } from "../../src/xlsx/xlsx-file";

async function ratedSheet() {
  const host = newXlsx();
  await host.apply({
    title: "t",
    steps: [
      { kind: "addSheet", sheet: "S" },
      { kind: "setValues", sheet: "S", address: "A1:B3", values: [["satisfactory", "Satisfactory"], ["Other", 44926], ["Good practice", null]] },
      { kind: "colourRules", sheet: "S", address: "A1:A3", rules: IMA_2015_SCALE.levels.map((l) => ({ equals: l.label, fill: l.fill, font: l.font })) },
    ],
  });
  const sheet = host.workbook.getWorksheet("S");
  if (!sheet) throw new Error("no sheet");
  sheet.getCell("B2").numFmt = "yyyy-mm-dd";
  return sheet;
}

describe("the preview's cell colours", () => {
  it("colours a cell by the rule whose label it equals, ignoring case as Excel does, and only inside the rule's range", async () => {
    const cells = await ratedSheet();
    const { rows } = sheetCells(cells);
    const satisfactory = IMA_2015_SCALE.levels[2];
    expect(rows[0]?.[0]).toMatchObject({ text: "satisfactory", fill: satisfactory?.fill, font: satisfactory?.font });
    expect(rows[0]?.[1]).toMatchObject({ text: "Satisfactory", fill: null });
    expect(rows[1]?.[0]).toMatchObject({ text: "Other", fill: null });
    expect(rows[2]?.[0]?.fill).toBe(IMA_2015_SCALE.levels[4]?.fill);
  });

  it("shows date-formatted serial numbers as dates", async () => {
    expect(sheetCells(await ratedSheet()).rows[1]?.[1]?.text).toBe("2022-12-31");
  });
});
