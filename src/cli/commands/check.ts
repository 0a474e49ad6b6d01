import type { Finding } from "../../core/checks";
import { checkOpenWorkbook } from "../../workflows/check-workbook";
import { EXIT } from "../cli-error";
import { PROGRESS_FROM_BYTES, progressFor } from "../cli-io";
import type { Command } from "../command";
import { parseOptions } from "../parse-options";
import { localIsoDate } from "../../core/action-progress";
import { openWorkbookFile } from "../workbook-files";

/** The stable --json output of `check`, documented in docs/cli.md. Fields are only ever added. */
export interface CheckJson {
  readonly format: 1;
  readonly file: string;
  readonly readable: boolean;
  readonly areas: number;
  readonly actions: number;
  readonly errors: number;
  readonly warnings: number;
  readonly findings: readonly Finding[];
  readonly notes: readonly string[];
}

export const checkCommand: Command = {
  name: "check",
  summary: "list what is missing or wrong in a workbook (exit 1 when there are errors)",
  help: `Usage: rating-matrix check <in.xlsx> [--json]

Reads the workbook and lists findings: ratings missing or not on the scale, spelling variants of
levels, round headers without a year, and so on. Changes nothing.

  --json     print the findings as JSON (format in docs/cli.md)
  --verbose  report progress on stderr

Exit code: 0 no findings of severity error, 1 findings of severity error, 2 unreadable file or
wrong arguments.`,
  async run(args, io) {
    const { values, positionals } = parseOptions("check", args, { json: { type: "boolean" }, verbose: { type: "boolean" } }, {
      min: 1,
      max: 1,
      names: "the workbook to check (an .xlsx file)",
    });
    const input = positionals[0] as string;
    const opened = await openWorkbookFile(input, progressFor(io, values.verbose === true));
    progressFor(io, values.verbose === true || opened.bytes >= PROGRESS_FROM_BYTES)("checking");
    const result = await checkOpenWorkbook(opened.host, { todayIso: localIsoDate(new Date()) });
    const findings = result.findings;
    const report: CheckJson = {
      format: 1,
      file: input,
      readable: result.ok,
      areas: result.ok ? result.areaCount : 0,
      actions: result.ok ? result.actionCount : 0,
      errors: findings.filter((f) => f.severity === "error").length,
      warnings: findings.filter((f) => f.severity === "warning").length,
      findings,
      notes: result.ok ? result.notes : result.problems.filter((p) => !findings.some((f) => f.message === p)),
    };
    if (!result.ok && findings.length === 0) {
      // Nothing located: the workbook could not be read at all; say why in one line.
      io.err(`rating-matrix: ${input}: ${result.problems.join(" ")}`);
      return EXIT.badInput;
    }
    if (values.json) io.out(JSON.stringify(report, null, 2));
    else io.out(textReport(report));
    return report.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};

function textReport(report: CheckJson): string {
  const lines = [
    report.readable
      ? `${report.file}: ${report.areas} areas, ${report.actions} actions: ${report.errors} ${report.errors === 1 ? "error" : "errors"}, ${report.warnings} ${report.warnings === 1 ? "warning" : "warnings"}.`
      : `${report.file}: could not be read as a rating workbook.`,
  ];
  for (const f of report.findings) {
    const place = f.address === "" ? f.sheet : `${f.sheet}!${f.address}`;
    // The message already ends with the suggestion ("Did you mean ...?"), as in the task pane.
    lines.push(`  ${f.severity.padEnd(7)} ${place}: ${f.message}`);
  }
  for (const note of report.notes) lines.push(`  note    ${note}`);
  return lines.join("\n");
}
