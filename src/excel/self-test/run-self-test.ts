import { FILTER_CASES } from "./filter-cases";
import { LIMIT_CASES } from "./limit-cases";
import { errorCode, type Scratch, type SelfTestCase } from "./self-test-case";
import { TABLE_CASES } from "./table-cases";

/** Every case, in the order the page runs them (the large ones last). */
export const SELF_TEST_CASES: readonly SelfTestCase[] = [...FILTER_CASES, ...TABLE_CASES, ...LIMIT_CASES];

export type CaseStatus = "pass" | "fail" | "error" | "not run";

export interface CaseResult {
  readonly id: string;
  readonly assumption: string;
  readonly status: CaseStatus;
  readonly observed: string;
}

export interface SelfTestEnvironment {
  readonly platform: string;
  /** Office's build, e.g. "16.0.17928.20114"; "unknown" where Office does not say. */
  readonly version: string;
  /** The highest ExcelApi requirement set this Excel supports, e.g. "1.17". */
  readonly excelApi: string;
}

export interface SelfTestReport {
  readonly startedAt: string;
  readonly environment: SelfTestEnvironment;
  readonly results: readonly CaseResult[];
}

function supports(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  } catch {
    return false;
  }
}

/** Where the self-test runs: Office's platform and build, and the highest ExcelApi set it has. */
export function selfTestEnvironment(): SelfTestEnvironment {
  let excelApi = "none";
  for (let minor = 1; minor <= 30; minor += 1) {
    if (!supports(`1.${minor}`)) break;
    excelApi = `1.${minor}`;
  }
  // Typed as always there; absent outside Office and in older hosts.
  const diagnostics = (Office.context as unknown as { diagnostics?: { platform?: unknown; version?: string } }).diagnostics;
  return {
    platform: String(diagnostics?.platform ?? Office.context.platform ?? "unknown"),
    version: diagnostics?.version ?? "unknown",
    excelApi,
  };
}

/** A name for this run's scratch sheets and tables: letters and digits, unique enough for one workbook. */
function runStamp(now: Date): string {
  return now.getTime().toString(36).slice(-6).toUpperCase();
}

/** Removes what a case made: its defined names first (they would turn into #REF!), then its sheet. */
async function removeScratch(sheetName: string, names: readonly string[]): Promise<string | null> {
  try {
    await Excel.run(async (context) => {
      const items = names.map((name) => context.workbook.names.getItemOrNullObject(name));
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      for (const item of items) if (!item.isNullObject) item.delete();
      if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
    return null;
  } catch (error) {
    return `the scratch sheet "${sheetName}" could not be removed (${errorCode(error)}): delete it by hand`;
  }
}

async function runCase(testCase: SelfTestCase, sheetName: string, stamp: string, platform: string): Promise<CaseResult> {
  const base = { id: testCase.id, assumption: testCase.assumption };
  if (testCase.needs !== undefined && !supports(testCase.needs)) {
    return { ...base, status: "not run", observed: `needs ExcelApi ${testCase.needs}, which this Excel does not have` };
  }
  const names: string[] = [];
  let result: CaseResult;
  try {
    const outcome = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(sheetName);
      await context.sync();
      const scratch: Scratch = {
        context,
        sheet,
        sheetName,
        platform,
        name: (part) => `RMSelfTest${stamp}${part}`,
        addedName: (name) => names.push(name),
      };
      return testCase.run(scratch);
    });
    result = { ...base, status: outcome.pass ? "pass" : "fail", observed: outcome.observed };
  } catch (error) {
    result = { ...base, status: "error", observed: `stopped with ${errorCode(error)}` };
  }
  const leftOver = await removeScratch(sheetName, names);
  return leftOver === null ? result : { ...result, observed: `${result.observed}; ${leftOver}` };
}

/**
 * Runs each case in turn, each on a new scratch sheet removed afterwards (with any names it
 * added), and reports each result as it comes. Nothing outside the scratch sheets is touched.
 */
export async function runSelfTest(
  cases: readonly SelfTestCase[] = SELF_TEST_CASES,
  onResult: (result: CaseResult, index: number) => void = () => undefined,
  now: () => Date = () => new Date(),
): Promise<SelfTestReport> {
  const started = now();
  const environment = selfTestEnvironment();
  const stamp = runStamp(started);
  const results: CaseResult[] = [];
  for (const [index, testCase] of cases.entries()) {
    const result = await runCase(testCase, `RM self-test ${stamp} ${index + 1}`, stamp, environment.platform);
    results.push(result);
    onResult(result, index);
  }
  return { startedAt: started.toISOString(), environment, results };
}

const LABEL: Record<CaseStatus, string> = { pass: "PASS", fail: "FAIL", error: "ERROR", "not run": "NOT RUN" };

/** The report as plain text, to copy into a message: one block per case, failures first. */
export function reportText(report: SelfTestReport): string {
  const count = (status: CaseStatus) => report.results.filter((r) => r.status === status).length;
  const order: CaseStatus[] = ["fail", "error", "not run", "pass"];
  const sorted = [...report.results].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  return [
    "Rating Matrix self-test in Excel",
    `Run: ${report.startedAt}`,
    `Excel: ${report.environment.platform}, build ${report.environment.version}, ExcelApi up to ${report.environment.excelApi}`,
    `Result: ${count("pass")} passed, ${count("fail")} failed, ${count("error")} stopped with an error, ${count("not run")} not run, of ${report.results.length}`,
    "",
    ...sorted.flatMap((r) => [`${LABEL[r.status]} ${r.id}`, `  Assumed: ${r.assumption}`, `  Seen: ${r.observed}`]),
    "",
  ].join("\n");
}
