import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { addAction } from "../../src/workflows/add-action";
import { addRound } from "../../src/workflows/add-round";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { newXlsx, openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { sheetXml, partText } from "./xlsx-inspect";

async function setUpHost() {
  const host = newXlsx();
  const result = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] });
  expect(result.ok).toBe(true);
  await host.apply({ title: "t", steps: [{ kind: "setValues", sheet: "Ratings", address: "E2", values: [["A note"]] }] });
  return host;
}

describe("tables growing in an .xlsx file", () => {
  it("Add round inserts a column into the Ratings table only, keeping notes beside their areas, with the dropdown and colours on it", async () => {
    const host = await setUpHost();
    const result = await addRound(host, "Review 2019");
    expect(result).toMatchObject({ ok: true });
    const bytes = await saveXlsx(host);
    const read = readWorkbook(await (await openXlsx(bytes)).read(CONTRACT_READ));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.workbook.ratings.rounds.map((r) => r.label)).toEqual(["IMA 2015", "Review 2017", "Review 2019"]);
    const xml = await sheetXml(bytes, "Ratings");
    expect(xml).toMatch(/<dataValidation [^>]*sqref="C2:E11"><formula1>RatingLevels<\/formula1>/);
    expect(xml).toMatch(/<conditionalFormatting sqref="C2:E11">/);
    const parts = await Promise.all([1, 2, 3, 4, 5].map((n) => partText(bytes, `xl/tables/table${n}.xml`).catch(() => "")));
    const ratingsTable = parts.find((xml) => xml.includes('name="Ratings"')) ?? "";
    expect(ratingsTable).toMatch(/ ref="A1:F11"/);
    expect(ratingsTable).toMatch(/<tableColumns count="6">/);
    const snapshot = await (await openXlsx(bytes)).read({ tables: ["Ratings"], sheets: [] });
    expect(snapshot.tables[0]?.values[1]).toEqual(["The value of information", "Communicating and realising value", "", "", "", "A note"]);
  });

  it("Add action appends a row the Actions table then covers, and the status dropdown and colours grow with it", async () => {
    const host = await setUpHost();
    const action = { nextStep: "=Write a plan", theme: "The value of information", area: "Communicating and realising value", owner: "Head of KIM", due: "2027-03-31", priority: "High", status: "Not started" };
    expect(await addAction(host, action)).toMatchObject({ ok: true });
    expect(await addAction(host, { ...action, nextStep: "Second step" })).toMatchObject({ ok: true });
    // Each new row is as tall as its wrapped text (a long next step: several lines).
    expect(await addAction(host, { ...action, nextStep: "A third step, long enough to wrap over several lines of the Next step column when printed: agree the retention schedule with every directorate, record each decision, and report on it to the board every quarter." })).toMatchObject({ ok: true });
    const actions = host.workbook.getWorksheet("Actions");
    expect(actions?.getRow(3).height).toBe(30); // the theme takes two lines in its column
    expect(actions?.getRow(4).height).toBeGreaterThan(30);
    const bytes = await saveXlsx(host);
    const read = readWorkbook(await (await openXlsx(bytes)).read(CONTRACT_READ));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.workbook.actions?.items.map((i) => [i.nextStep, i.due, i.status?.label])).toEqual([
      ["=Write a plan", "2027-03-31", "Not started"],
      ["Second step", "2027-03-31", "Not started"],
      ["A third step, long enough to wrap over several lines of the Next step column when printed: agree the retention schedule with every directorate, record each decision, and report on it to the board every quarter.", "2027-03-31", "Not started"],
    ]);
    const xml = await sheetXml(bytes, "Actions");
    expect(xml).not.toContain("<f>");
    expect(xml).toMatch(/<dataValidation [^>]*sqref="H2:H4"><formula1>StatusList<\/formula1>/);
    expect(xml).toMatch(/<conditionalFormatting sqref="H2:H4">/);
  });

  it("deletes a sheet, filters a table (xlsx-filters.test.ts), and skips slicers and charts with a reason", async () => {
    const host = await setUpHost();
    const outcome = await host.apply({
      title: "t",
      steps: [
        { kind: "addSheet", sheet: "Scratch" },
        { kind: "deleteSheet", sheet: "Scratch" },
        { kind: "pageSetup", sheet: "Ratings", orientation: "landscape", paper: "A4", fitToPagesWide: 1 },
        { kind: "filterColumn", sheet: "Actions", table: "Actions", column: "Status", filter: { kind: "values", values: ["Blocked"], blanks: false } },
        { kind: "addSlicer", sheet: "Actions", table: "Actions", column: "Status", name: "S", caption: "Status", anchor: "K2" },
        { kind: "addChart", sheet: "Ratings", chartType: "ColumnClustered", source: "A1:B3", title: "T", topLeft: "H2", bottomRight: "M12" },
      ],
    });
    expect(outcome.skipped.map((s) => s.step.kind)).toEqual(["addSlicer", "addChart"]);
    expect(outcome.skipped.every((s) => s.reason.length > 20)).toBe(true);
    expect(host.workbook.worksheets.map((w) => w.name)).not.toContain("Scratch");
    expect(host.workbook.getWorksheet("Ratings")?.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToWidth: 1 });
  });
});
