import { reportText, runSelfTest, SELF_TEST_CASES, type CaseResult } from "../../src/excel/self-test/run-self-test";
import type { SelfTestCase } from "../../src/excel/self-test/self-test-case";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../office-fake";

// The self-test page's runner, run against the office-js fake: every case passes there (the fake
// is built on the very assumptions the cases check in Excel), each case's scratch sheet and names
// are gone afterwards, and a case that fails or throws is reported as such without stopping the rest.
afterEach(() => uninstallFakeOffice());

const NOW = () => new Date("2026-12-02T10:00:00Z");

function install(options: Parameters<typeof createFakeExcel>[0] = {}) {
  const fake = createFakeExcel(options);
  installFakeOffice(fake);
  return fake;
}

const statuses = (results: readonly CaseResult[]) => Object.fromEntries(results.map((r) => [r.id, r.status]));

describe("the self-test runner, on the office-js fake", () => {
  it("passes every case on the fake's desktop Excel and leaves the workbook as it was", async () => {
    const fake = install();
    const sheetsBefore = fake.sheetNames();
    const namesBefore = fake.names().map((n) => n.name);
    const seen: string[] = [];
    const report = await runSelfTest(SELF_TEST_CASES, (result) => seen.push(result.id), NOW);
    expect(report.results.filter((r) => r.status !== "pass")).toEqual([]);
    expect(seen).toEqual(SELF_TEST_CASES.map((c) => c.id));
    expect(fake.sheetNames()).toEqual(sheetsBefore);
    expect(fake.names().map((n) => n.name)).toEqual(namesBefore);
    expect(report.environment).toEqual({ platform: "PC", version: "unknown", excelApi: "1.17" });
  }, 60_000);

  it("expects the 5 MB limits on Excel on the web, where the fake has them too", async () => {
    install({ platform: "OfficeOnline" });
    const limits = SELF_TEST_CASES.filter((c) => c.id === "request-limit" || c.id === "response-limit");
    const report = await runSelfTest(limits, undefined, NOW);
    expect(report.results.map((r) => [r.id, r.status, r.observed])).toEqual([
      ["request-limit", "pass", expect.stringContaining("refused on OfficeOnline with RequestPayloadSizeLimitExceeded")],
      ["response-limit", "pass", expect.stringContaining("failed on OfficeOnline with ResponsePayloadSizeLimitExceeded")],
    ]);
  }, 60_000);

  it("does not run a case this Excel lacks the API for, and says which", async () => {
    install({ excelApi: "1.7" });
    const report = await runSelfTest(SELF_TEST_CASES, undefined, NOW);
    expect(statuses(report.results)).toMatchObject({ "named-structured-list-source": "not run", "fit-one-page-wide": "not run", "values-filter-blanks": "pass" });
    expect(report.results.find((r) => r.id === "fit-one-page-wide")?.observed).toBe("needs ExcelApi 1.9, which this Excel does not have");
  }, 60_000);

  it("reports a case that finds otherwise, or stops with an error, and still removes its scratch sheet", async () => {
    const fake = install();
    const cases: SelfTestCase[] = [
      { id: "finds-otherwise", assumption: "Something Excel does not do.", run: async () => ({ pass: false, observed: "it did not" }) },
      {
        id: "throws",
        assumption: "A table on a missing range.",
        run: async (scratch) => {
          scratch.sheet.tables.add("Nowhere!A1:B2", true);
          await scratch.context.sync();
          return { pass: true, observed: "" };
        },
      },
    ];
    const report = await runSelfTest(cases, undefined, NOW);
    expect(report.results.map((r) => [r.id, r.status])).toEqual([
      ["finds-otherwise", "fail"],
      ["throws", "error"],
    ]);
    expect(report.results[1]?.observed).toMatch(/^stopped with \w+/);
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
    const text = reportText(report);
    expect(text).toContain("Result: 0 passed, 1 failed, 1 stopped with an error, 0 not run, of 2");
    expect(text.indexOf("FAIL finds-otherwise")).toBeGreaterThan(0);
    expect(text).toContain("  Seen: it did not");
  });
});
