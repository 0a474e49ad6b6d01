// The command line on large and adversarial workbooks, as users run it (node bin/rating-matrix.cjs,
// its own process). Each command's wall time is printed as a multiple of the time a Node process
// takes to read the same file with exceljs alone (bench/read-with-exceljs.cjs), or to read it and
// write it back for the commands that write a workbook (summary, repair); the two are run in turn
// so that both see the same machine, and the median of the pairs' ratios is the figure (of wall
// times; the ratio of CPU times beside it moves less when other work shares the machine).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { childrenCpuMs, row } from "./measure";
import { LONGEST_CELL, areaName, longestText, mostlyWrongLinks, slip, themeName, tidyRating, writeWorkbook, type WorkbookShape } from "./workbooks";

/** Goal for every command on every workbook: at most this multiple of the exceljs read. */
const GOAL_RATIO = 1.5;
const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);

interface Timed {
  readonly ms: number;
  /** CPU time of the process, where the system tells (NaN elsewhere). */
  readonly cpuMs: number;
  readonly status: number | null;
  readonly stderr: string;
  readonly peakMB: number;
}

function timed(args: readonly string[]): Timed {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, ["--require", path.resolve("bench/report-peak-memory.cjs"), ...args], {
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024, // check --json on these workbooks prints tens of megabytes of findings
  });
  const ms = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  const cpuMs = cpuBefore === null || cpuAfter === null ? NaN : cpuAfter - cpuBefore;
  const peak = /peak-rss-kb=(\d+)/.exec(run.stderr);
  return { ms, cpuMs, status: run.status, stderr: (run.error?.message ?? run.stderr.replace(/\n?peak-rss-kb=\d+\n?/, "")).trim(), peakMB: peak ? Number(peak[1]) / 1024 : NaN };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The command and the exceljs read, in turn, `pairs` times; the median ratio and both medians. */
function ratioToRead(
  file: string,
  command: readonly string[],
  floor: readonly string[],
  pairs: number,
): { ratio: number; min: number; max: number; cpuRatio: number; commandMs: number; readMs: number; peakMB: number } | string {
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const commandMs: number[] = [];
  const readMs: number[] = [];
  let peakMB = 0;
  for (let i = 0; i < pairs; i++) {
    const read = timed([path.resolve("bench/read-with-exceljs.cjs"), file, ...floor]);
    if (read.status !== 0) return `the exceljs read failed: ${read.stderr.split("\n")[0] ?? ""}`;
    const run = timed([path.resolve("bin/rating-matrix.cjs"), ...command]);
    if (run.status !== 0 && run.status !== 1) return `exit ${run.status}: ${run.stderr.split("\n")[0] ?? ""}`;
    ratios.push(run.ms / read.ms);
    cpuRatios.push(run.cpuMs / read.cpuMs);
    commandMs.push(run.ms);
    readMs.push(read.ms);
    peakMB = Math.max(peakMB, run.peakMB);
  }
  return { ratio: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), cpuRatio: median(cpuRatios), commandMs: median(commandMs), readMs: median(readMs), peakMB };
}

interface Case {
  readonly name: string;
  readonly shape: WorkbookShape;
  readonly pairs: number;
}

const AREAS = 1_000;
const CASES: readonly Case[] = [
  { name: "1,000 areas x 5 rounds, 10,000 actions, links mostly wrong", shape: { areas: AREAS, rounds: 5, actions: 10_000 }, pairs: PAIRS },
  {
    name: "every link wrong (10,000 distinct unknown areas)",
    shape: { areas: AREAS, rounds: 5, actions: 10_000, action: (i) => ({ ...mostlyWrongLinks(i, AREAS), theme: `Unknown theme ${i % 100}`, area: `Unknown area ${i}` }) },
    pairs: Math.max(1, PAIRS - 2),
  },
  {
    name: "a near miss in every cell (ratings, themes, areas, statuses)",
    shape: {
      areas: AREAS,
      rounds: 5,
      actions: 10_000,
      rating: (a, r) => slip(tidyRating(a, r), a + r),
      action: (i) => ({ ...mostlyWrongLinks(i, AREAS), theme: slip(themeName(i % AREAS), i), area: slip(areaName(i % AREAS), i), status: slip("In progress", i) }),
    },
    pairs: Math.max(1, PAIRS - 2),
  },
  {
    name: `maximum-length text (${LONGEST_CELL.toLocaleString("en-GB")} characters) in 200 ratings and 200 actions`,
    shape: {
      areas: AREAS,
      rounds: 5,
      actions: 2_000,
      rating: (a, r) => (r === 4 && a % 5 === 0 ? longestText(a) : tidyRating(a, r)),
      action: (i) => (i % 10 === 0 ? { nextStep: longestText(i), theme: longestText(i + 1), area: longestText(i + 2), status: longestText(i + 3) } : mostlyWrongLinks(i, AREAS)),
    },
    pairs: Math.max(1, PAIRS - 2),
  },
  { name: "50 rounds (1,000 areas, 10,000 actions)", shape: { areas: AREAS, rounds: 50, actions: 10_000 }, pairs: Math.max(1, PAIRS - 2) },
  { name: "50,000 actions (1,000 areas x 5 rounds)", shape: { areas: AREAS, rounds: 5, actions: 50_000 }, pairs: Math.max(1, PAIRS - 2) },
];

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-cli-bench-"));
  try {
    for (const { name, shape, pairs } of CASES) {
      const input = path.join(dir, "in.xlsx");
      const built = performance.now();
      await writeWorkbook(input, shape);
      row(`workbook: ${name}`, { buildMs: performance.now() - built, fileKB: statSync(input).size / 1024, pairs });
      const commands: [string, string[], string[]][] = [
        ["check / exceljs read", ["check", input, "--json"], []],
        ["summary / exceljs read+write", ["summary", input, "-o", path.join(dir, "summary.xlsx"), "--force"], ["--write"]],
        ["repair / exceljs read+write", ["repair", input, "-o", path.join(dir, "repaired.xlsx"), "--force"], ["--write"]],
      ];
      for (const [command, args, floor] of commands) {
        const result = ratioToRead(input, args, floor, pairs);
        if (typeof result === "string") {
          row(`  ${command}: not measured`, { reason: JSON.stringify(result) });
          continue;
        }
        row(`  ${command} (goal <= ${GOAL_RATIO})`, {
          ratio: result.ratio,
          min: result.min,
          max: result.max,
          cpuRatio: result.cpuRatio,
          commandMs: result.commandMs,
          floorMs: result.readMs,
          peakMB: result.peakMB,
        });
      }
      rmSync(input, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
