import { readWorkbook } from "../../src/core/read-workbook";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import { IMA_2015_SCALE } from "../../src/core/scale-presets";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { newXlsx, openXlsx, saveXlsx } from "../../src/xlsx/xlsx-file";
import { OPENED_READ_ONLY } from "../../src/xlsx/xlsx-package";

describe("opening an .xlsx only to read it (portfolio)", () => {
  it("reads the same workbook as a full open, but marks it as not checked, so nothing can save it", async () => {
    const host = newXlsx();
    await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"], about: { organisation: "Home Office", framework: null } });
    const bytes = await saveXlsx(host);
    const full = await openXlsx(bytes);
    const readOnly = await openXlsx(bytes, { readOnly: true });
    expect(readWorkbook(await readOnly.read(CONTRACT_READ))).toEqual(readWorkbook(await full.read(CONTRACT_READ)));
    expect(full.wouldLose).toEqual([]);
    expect(readOnly.wouldLose).toEqual([OPENED_READ_ONLY]);
  }, 30_000);
});
