import { readWorkbook } from "../../src/core/read-workbook";
import { scaleRows } from "../../src/core/lists-tables";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import { SCALE_COLUMNS } from "../../src/core/workbook-contract";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { saveAreaNotes } from "../../src/workflows/area-notes";
import { newXlsx } from "../../src/xlsx/xlsx-file";

describe("Writing notes into a Ratings table that has no Notes column (.xlsx host)", () => {
  it("adds the column at the table's right end and writes the one cell, leaving the rest as it was", async () => {
    const host = newXlsx();
    const scale = [[...SCALE_COLUMNS], ...scaleRows(DEFAULT_SCALE)];
    await host.apply({
      title: "A hand-made table",
      steps: [
        { kind: "addSheet", sheet: "Ratings" },
        { kind: "addSheet", sheet: "Lists" },
        { kind: "addTable", sheet: "Ratings", table: "Ratings", address: "A1:C3", header: ["Theme", "Area", "IMA 2015"], rows: [["Value", "Asset", "Satisfactory"], ["", "Risk", ""]], style: "TableStyleMedium2" },
        { kind: "addTable", sheet: "Lists", table: "RatingScale", address: `A1:E${scale.length}`, header: [...SCALE_COLUMNS], rows: scale.slice(1), style: "TableStyleLight9" },
      ],
    });
    const result = await saveAreaNotes(host, { theme: "Value", area: "Risk", text: "Ask for the plan", expected: "" });
    expect(result).toEqual({ ok: true, message: 'Saved the notes of "Risk" (Ratings!D3).', notices: ["The Ratings table had no Notes column, so one was added at its right end."] });
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.workbook.ratings.notesColumn).toBe(3);
    expect(read.workbook.ratings.areas.map((a) => [a.area, a.ratings[0]?.text, a.notes])).toEqual([
      ["Asset", "Satisfactory", ""],
      ["Risk", "", "Ask for the plan"],
    ]);
  });
});
