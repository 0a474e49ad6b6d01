/**
 * A filtered table written by the .xlsx host opens filtered in LibreOffice: printed to PDF, the
 * rows the filter hides are not there, and with no filter they are (so the check can fail).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildSampleWorkbook } from "../../src/preview/sample-workbook";
import { readActionsOverview } from "../../src/workflows/action-counts";
import { filterActions } from "../../src/workflows/filter-actions";
import { saveXlsx } from "../../src/xlsx/xlsx-file";
import { describeWhenInstalled } from "../e2e/real-apps";
import { convertAllWithLibreOffice } from "./libreoffice";

jest.setTimeout(300_000);

/** The sample actions' references (HO-01 to HO-11), which appear in no other cell of the workbook. */
const REFS = Array.from({ length: 11 }, (_, i) => `HO-${String(i + 1).padStart(2, "0")}`);

/** The references printed, in order. */
function refsIn(text: string): string[] {
  return REFS.filter((ref) => text.includes(ref));
}

function printedText(pdf: string): string {
  // pdftotext breaks lines where a cell wraps: join the words again.
  return execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", timeout: 60_000 }).replace(/\s+/g, " ");
}

describeWhenInstalled(["soffice", "pdftotext"], "apt-get install -y --no-install-recommends libreoffice-calc poppler-utils").call(null, "a filtered .xlsx in LibreOffice", () => {
  let work = "";
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "rating-matrix-filtered-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("prints only the rows the filters keep, by status and by owner, and every row without a filter", async () => {
    const files: string[] = [];
    for (const name of ["unfiltered", "blocked", "not-started-records-officer"]) {
      const host = await buildSampleWorkbook();
      const read = await readActionsOverview(host, "2018-04-15");
      if (!read.ok) throw new Error(read.problems.join(" "));
      if (name === "blocked") expect((await filterActions(host, read.overview, { kind: "statuses", labels: ["Blocked"], blanks: false })).ok).toBe(true);
      if (name === "not-started-records-officer") {
        expect((await filterActions(host, read.overview, { kind: "statuses", labels: ["Not started"], blanks: false })).ok).toBe(true);
        expect((await filterActions(host, read.overview, { kind: "owner", owner: "Departmental Records Officer" })).ok).toBe(true);
      }
      const file = path.join(work, `${name}.xlsx`);
      writeFileSync(file, await saveXlsx(host));
      files.push(file);
    }
    const [unfiltered = "", blocked = "", recordsOfficer = ""] = convertAllWithLibreOffice(files, "pdf", work, 240_000).map(printedText);

    expect(refsIn(unfiltered)).toEqual(REFS);
    // Blocked: HO-05 only.
    expect(refsIn(blocked)).toEqual(["HO-05"]);
    // Not started and the Departmental Records Officer's: HO-09 and HO-11.
    expect(refsIn(recordsOfficer)).toEqual(["HO-09", "HO-11"]);
    // The header and the other sheets still print.
    for (const text of [blocked, recordsOfficer]) expect(text).toMatch(/Ref Next step Theme Area Owner Due Priority Status Update/);
  });
});
