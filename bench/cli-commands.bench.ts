import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isoDateToSerial } from "../src/core/excel-date";
import type { Framework } from "../src/core/framework";
import { IMA_2015_SCALE } from "../src/core/scale-presets";
import { ACTIONS_COLUMNS, DUE_DATE_FORMAT, TABLE_STYLE } from "../src/core/workbook-contract";
import { repairFormatting } from "../src/workflows/repair-formatting";
import { setUpWorkbook } from "../src/workflows/set-up-workbook";
import { findSheet } from "../src/xlsx/apply-xlsx-plan";
import { newXlsx, saveXlsx } from "../src/xlsx/xlsx-file";
import { row } from "./measure";

const AREAS = 1_000;
const ACTIONS = 10_000;
const ROUNDS = ["IMA 2015", "Review 2017", "Review 2019", "Review 2021", "Review 2023"];
const STATUSES = ["Not started", "In progress", "Complete", "Blocked"];

function framework(): Framework {
  return {
    id: "bench",
    name: `${AREAS} areas`,
    themes: Array.from({ length: AREAS / 10 }, (_, t) => ({ name: `Theme ${t + 1}`, areas: Array.from({ length: 10 }, (_, a) => `Area ${t * 10 + a + 1}`) })),
  };
}

/** A workbook of 1,000 rated areas over five rounds and 10,000 actions, written by the .xlsx host. */
async function bigWorkbook(file: string): Promise<void> {
  const host = newXlsx();
  const setUp = await setUpWorkbook(host, { framework: framework(), scale: IMA_2015_SCALE, rounds: ROUNDS });
  if (!setUp.ok) throw new Error(setUp.problems.join(" "));
  const levels = IMA_2015_SCALE.levels.map((l) => l.label);
  await host.apply({
    title: "Rate",
    steps: [{ kind: "setValues", sheet: "Ratings", address: `C2:G${AREAS + 1}`, values: Array.from({ length: AREAS }, (_, r) => ROUNDS.map((_, c) => levels[(r + c) % levels.length] ?? null)) }],
  });
  findSheet(host.workbook, "Actions")?.removeTable("Actions");
  const due = isoDateToSerial("2026-06-30");
  await host.apply({
    title: "Actions",
    steps: [
      {
        kind: "addTable",
        sheet: "Actions",
        table: "Actions",
        address: `A1:I${ACTIONS + 1}`,
        header: [...ACTIONS_COLUMNS],
        rows: Array.from({ length: ACTIONS }, (_, i) => [`A-${i + 1}`, `Next step number ${i + 1}, written out as a sentence of ordinary length`, `Theme ${(i % 100) + 1}`, `Area ${(i % AREAS) + 1}`, `Owner ${i % 37}`, due, ["High", "Medium", "Low"][i % 3] ?? null, STATUSES[i % 4] ?? null, ""]),
        style: TABLE_STYLE,
        numberFormats: ACTIONS_COLUMNS.map((c) => (c === "Due" ? DUE_DATE_FORMAT : null)),
      },
    ],
  });
  const repaired = await repairFormatting(host);
  if (!repaired.ok) throw new Error(repaired.problems.join(" "));
  writeFileSync(file, await saveXlsx(host));
}

/** Runs the command line as a user would, in its own Node process; wall time and peak memory. */
function runCli(args: string[]): { ms: number; peakMB: number; status: number | null; stderr: string; stdoutBytes: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", path.resolve("bench/report-peak-memory.cjs"), path.resolve("bin/rating-matrix.cjs"), ...args], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024, // check --json on this workbook prints megabytes of findings
  });
  const ms = performance.now() - start;
  const peak = /peak-rss-kb=(\d+)/.exec(run.stderr);
  return {
    ms,
    peakMB: peak ? Number(peak[1]) / 1024 : NaN,
    status: run.status,
    stderr: (run.error?.message ?? run.stderr.replace(/\n?peak-rss-kb=\d+\n?/, "")).trim(),
    stdoutBytes: Buffer.byteLength(run.stdout ?? ""),
  };
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-cli-bench-"));
  try {
    const input = path.join(dir, "big.xlsx");
    const built = performance.now();
    await bigWorkbook(input);
    row(`workbook: ${AREAS} areas x ${ROUNDS.length} rounds, ${ACTIONS} actions`, { buildMs: performance.now() - built, fileKB: statSync(input).size / 1024 });
    // `summary` is the command the issue names; check (read only) and repair (read and write)
    // are measured beside it.
    const commands: [string, string[]][] = [
      ["summary", ["summary", input, "-o", path.join(dir, "summary.xlsx")]],
      ["check", ["check", input, "--json"]],
      ["repair", ["repair", input, "-o", path.join(dir, "repaired.xlsx")]],
    ];
    for (const [name, args] of commands) {
      const result = runCli(args);
      if (result.status === 0 || result.status === 1) {
        row(`cli ${name}: 1,000 areas, 10,000 actions`, { wallMs: result.ms, peakMB: result.peakMB, stdoutKB: result.stdoutBytes / 1024 });
      } else {
        row(`cli ${name}: not measured`, { exit: String(result.status), reason: JSON.stringify(result.stderr.split("\n")[0] ?? "") });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
