import type { About } from "../core/about";
import { checkWorkbook, type CheckOptions, type Finding } from "../core/checks";
import { lacksRatingsTable, readWorkbook, type ReadProblem } from "../core/read-workbook";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed } from "./workflow-result";

/** What checking came to: the findings and reader notes, or why the workbook could not be read. */
export type CheckResult =
  | {
      readonly ok: true;
      readonly findings: readonly Finding[];
      /** What the reader assumed or left out (no scale table, a second table...), in sentences. */
      readonly notes: readonly string[];
      readonly areaCount: number;
      readonly actionCount: number;
      /** What the workbook assesses (its About table), shown above the findings. */
      readonly about: About;
    }
  | {
      readonly ok: false;
      readonly problems: readonly string[];
      /** The same problems with their place, when the reader could say where (kind "workbook-structure"). */
      readonly findings: readonly Finding[];
      /** The workbook is not a rating workbook yet (offer Set up or Import). */
      readonly noRatingsTable?: boolean;
    };

/** Check: read the workbook once (one or two syncs), ask the core, write nothing. */
export async function checkOpenWorkbook(host: WorkbookHost, options: CheckOptions): Promise<CheckResult> {
  try {
    const snapshot = await host.read(CONTRACT_READ);
    const read = readWorkbook(snapshot);
    if (!read.ok) {
      return { ok: false, problems: read.problems.map((p) => p.message), findings: read.problems.map(structureFinding), noRatingsTable: lacksRatingsTable(read.problems) };
    }
    const { workbook } = read;
    return {
      ok: true,
      findings: checkWorkbook(workbook, options),
      notes: read.notes,
      areaCount: workbook.ratings.areas.filter((a) => a.area !== "").length,
      actionCount: workbook.actions?.items.length ?? 0,
      about: workbook.about,
    };
  } catch (error) {
    const result = failed(error);
    return { ok: false, problems: result.ok ? [] : result.problems, findings: [] };
  }
}

function structureFinding(problem: ReadProblem): Finding {
  return {
    kind: "workbook-structure",
    severity: "error",
    sheet: problem.sheet,
    address: problem.address,
    found: problem.found,
    expected: problem.expected,
    message: problem.message,
  };
}
