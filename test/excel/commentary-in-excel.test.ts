import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { readAreaCommentary, saveAreaCommentary } from "../../src/workflows/area-commentary";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { countingWrites } from "../fixtures/counting-host";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";

const THEME = "The value of information";
const AREA = "Managing information as an asset";
const KEY = { theme: THEME, area: AREA, round: "Review 2017" };

async function connect() {
  const fake = createFakeExcel();
  installFakeOffice(fake);
  const counted = countingWrites(new ExcelWorkbookHost(detectCapabilities()), fake);
  expect((await setUpWorkbook(counted.host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"] })).ok).toBe(true);
  fake.resetCounters();
  return { fake, ...counted };
}

afterEach(() => uninstallFakeOffice());

describe("an area's commentary in Excel", () => {
  it("is saved the first time on a new Commentary sheet, one paragraph a row, in one read and one write, text kept literal", async () => {
    const { fake, host, writeSyncs } = await connect();
    expect(await readAreaCommentary(host, KEY)).toEqual({ ok: true, text: "", themeText: "" });
    fake.resetCounters();
    const writesBefore = writeSyncs();
    const result = await saveAreaCommentary(host, { ...KEY, shown: "", text: "=SUM(A1) is not a formula here.\n\n+44 neither." });
    expect(result).toEqual({ ok: true, message: `Saved the Review 2017 commentary on "${AREA}" (2 paragraphs).`, notices: [] });
    expect(writeSyncs() - writesBefore).toBe(1);
    expect(fake.syncCount).toBe(3);
    expect(fake.table("Commentary")).toMatchObject({ sheet: "Commentary", header: ["Theme", "Area", "Round", "Commentary"], dataRowCount: 2 });
    expect(fake.cell("Commentary", "D2")).toMatchObject({ value: "=SUM(A1) is not a formula here.", formula: null });
    expect(fake.cell("Commentary", "D3")).toMatchObject({ value: "+44 neither.", formula: null });
    expect(fake.operations).toContainEqual(expect.objectContaining({ kind: "autofitRows", sheet: "Commentary" }));
    expect(await readAreaCommentary(host, KEY)).toEqual({ ok: true, text: "=SUM(A1) is not a formula here.\n\n+44 neither.", themeText: "" });
  });

  it("grows and shrinks with the text, leaving other commentaries alone, always one read and one write", async () => {
    const { fake, host, writeSyncs } = await connect();
    await saveAreaCommentary(host, { ...KEY, shown: "", text: "One." });
    await saveAreaCommentary(host, { theme: THEME, area: "", round: "Review 2017", shown: "", text: "About the theme." });
    fake.resetCounters();
    const writesBefore = writeSyncs();
    const grown = await saveAreaCommentary(host, { ...KEY, shown: "One.", text: "One.\n\nTwo.\n\nThree." });
    expect(grown.ok).toBe(true);
    expect(writeSyncs() - writesBefore).toBe(1);
    expect(fake.syncCount).toBe(3);
    expect(fake.valuesOf("Commentary").slice(1).map((row) => row[3])).toEqual(["One.", "About the theme.", "Two.", "Three."]);
    expect(await readAreaCommentary(host, KEY)).toEqual({ ok: true, text: "One.\n\nTwo.\n\nThree.", themeText: "About the theme." });
    await saveAreaCommentary(host, { ...KEY, shown: "One.\n\nTwo.\n\nThree.", text: "" });
    expect(await readAreaCommentary(host, KEY)).toMatchObject({ text: "" });
    expect(await readAreaCommentary(host, { ...KEY, area: "" })).toMatchObject({ text: "About the theme." });
  });

  it("writes nothing when someone changed the commentary in Excel after it was shown", async () => {
    const { fake, host } = await connect();
    await saveAreaCommentary(host, { ...KEY, shown: "", text: "Mine." });
    await fake.simulateUserEdit("Commentary", "D2", [["A colleague's words."]]);
    const before = fake.allValues();
    fake.resetCounters();
    const result = await saveAreaCommentary(host, { ...KEY, shown: "Mine.", text: "Mine, improved." });
    expect(result).toEqual({ ok: false, problems: ["The commentary changed in the workbook since it was shown. Nothing was written; read it again, then make your change."] });
    expect(fake.operations).toEqual([]);
    expect(fake.allValues()).toEqual(before);
  });
});
