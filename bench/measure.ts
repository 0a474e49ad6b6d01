import { readFileSync } from "node:fs";

/** Median wall time of `runs` calls, after `warmup` unmeasured ones. */
export async function medianMs(runs: number, warmup: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? (times[mid] as number) : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
}

export function row(label: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${typeof v === "number" ? round(v) : v}`);
  console.log(`${label.padEnd(44)} ${parts.join("  ")}`);
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

/**
 * CPU milliseconds used so far by this process's finished child processes (Linux /proc), or null
 * where the system does not say. The difference across a spawnSync is that command's CPU time: on
 * a machine shared with other work it varies far less than wall time.
 */
export function childrenCpuMs(): number | null {
  try {
    // The fields after "pid (command) "; cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
    const fields = readFileSync("/proc/self/stat", "utf8").replace(/^.*\) /s, "").split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}
