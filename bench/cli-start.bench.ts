// How soon the command line answers, as users run it (node bin/rating-matrix.cjs in its own
// process): --help, and check on a 10-area workbook. Wall and CPU times are medians of runs in turn
// with a Node process that does nothing, the floor any command starts from on this machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { childrenCpuMs, row } from "./measure";

const RUNS = 9;

/** Wall and CPU milliseconds of one run (CPU NaN where the system does not say). */
function timed(args: readonly string[]): { wall: number; cpu: number } {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const wall = performance.now() - start;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: exit ${run.status}: ${run.stderr}`);
  return { wall, cpu: cpuBefore === null || cpuAfter === null ? NaN : cpuAfter - cpuBefore };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-start-bench-"));
  const bin = path.resolve("bin/rating-matrix.cjs");
  try {
    const small = path.join(dir, "ten-areas.xlsx");
    timed([bin, "init", small]); // also compiles build/cli.cjs if a source is newer
    for (const [name, goalMs, args] of [
      ["--help", 500, [bin, "--help"]],
      ["check on a 10-area workbook", 1000, [bin, "check", small]],
    ] as const) {
      const command: { wall: number; cpu: number }[] = [];
      const node: { wall: number; cpu: number }[] = [];
      for (let i = 0; i < RUNS; i++) {
        node.push(timed(["-e", ""]));
        command.push(timed(args));
      }
      const walls = command.map((c) => c.wall);
      row(`cli start: ${name} (goal <= ${goalMs} ms)`, {
        medianMs: median(walls),
        minMs: Math.min(...walls),
        maxMs: Math.max(...walls),
        cpuMs: median(command.map((c) => c.cpu)),
        emptyNodeMs: median(node.map((n) => n.wall)),
        emptyNodeCpuMs: median(node.map((n) => n.cpu)),
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
