// How soon the command line answers, as users run it (node bin/rating-matrix.cjs in its own
// process): --help, and check on a 10-area workbook. Wall times are medians of runs in turn with a
// Node process that does nothing, the floor any command starts from on this machine.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { row } from "./measure";

const RUNS = 9;

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`${args.join(" ")}: exit ${run.status}: ${run.stderr}`);
  return ms;
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
    wallMs([bin, "init", small]); // also compiles build/cli.cjs if a source is newer
    for (const [name, goalMs, args] of [
      ["--help", 500, [bin, "--help"]],
      ["check on a 10-area workbook", 1000, [bin, "check", small]],
    ] as const) {
      const command: number[] = [];
      const node: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        node.push(wallMs(["-e", ""]));
        command.push(wallMs(args));
      }
      row(`cli start: ${name} (goal <= ${goalMs} ms)`, { medianMs: median(command), minMs: Math.min(...command), maxMs: Math.max(...command), emptyNodeMs: median(node) });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
