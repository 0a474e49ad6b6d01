// `rating-matrix portfolio` on 1,000 generated workbooks of 10 areas each (the goal: within
// 30 s on a 2-core machine), as users run it (node bin/rating-matrix.cjs, its own process), beside
// its floor measured in the same run: a Node process that reads the same 1,000 files with exceljs
// alone, in one thread (bench/read-with-exceljs.cjs). Printed: total wall and CPU time, the
// per-file cost beside exceljs's own read of one file, the ratio to the floor, and where the CPU
// time goes (node --cpu-prof of a one-thread run, self time by file).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { IMA_2015_FRAMEWORK } from "../src/core/framework-presets";
import { IMA_2015_SCALE } from "../src/core/scale-presets";
import { setUpWorkbook } from "../src/workflows/set-up-workbook";
import { newXlsx, saveXlsx } from "../src/xlsx/xlsx-file";
import { childrenCpuMs, row } from "./measure";

const WORKBOOKS = Number(process.env.BENCH_PORTFOLIO_WORKBOOKS ?? 1_000);
const GOAL_SECONDS = 30;
const LEVELS = IMA_2015_SCALE.levels.map((l) => l.label);
const ROUNDS = ["IMA 2019", "Review 2022", "Review 2025"];

/** Workbook `n`: the IMA framework's 10 areas, three rounds (the last partly blank), five actions. */
async function writeOrganisation(file: string, n: number): Promise<void> {
  const host = newXlsx();
  const areas = IMA_2015_FRAMEWORK.themes.flatMap((t) => t.areas);
  const ratings = areas.flatMap((area, a) =>
    ROUNDS.flatMap((round, r) => (r === 2 && (a + n) % 3 === 0 ? [] : [{ area, round, rating: LEVELS[(a + n + r * (1 + (n % 2))) % LEVELS.length] ?? "" }])),
  );
  const actions = Array.from({ length: 5 }, (_, i) => ({ ref: `A${i + 1}`, nextStep: `Next step ${i + 1} of organisation ${n}`, status: i % 2 ? "Not started" : "In progress" }));
  const done = await setUpWorkbook(host, {
    framework: IMA_2015_FRAMEWORK,
    scale: IMA_2015_SCALE,
    rounds: ROUNDS,
    ratings,
    actions,
    about: { organisation: `Organisation ${n}`, framework: IMA_2015_FRAMEWORK.name },
  });
  if (!done.ok) throw new Error(done.problems.join(" "));
  writeFileSync(file, await saveXlsx(host));
}

interface Timed {
  readonly ms: number;
  readonly cpuMs: number;
  readonly status: number | null;
  readonly stderr: string;
}

function timed(args: readonly string[]): Timed {
  const before = childrenCpuMs();
  const start = performance.now();
  const run = spawnSync(process.execPath, [...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const after = childrenCpuMs();
  return { ms, cpuMs: before === null || after === null ? NaN : after - before, status: run.status, stderr: (run.error?.message ?? run.stderr).trim() };
}

/** Self time per script of a .cpuprofile, largest first, as percentages. */
function selfTimeByFile(profileFile: string): [string, number][] {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as {
    nodes: { id: number; callFrame: { url: string; functionName: string } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const urlOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url === "" ? `(${n.callFrame.functionName || "native"})` : path.basename(n.callFrame.url)]));
  const byFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const file = urlOf.get(id) ?? "?";
    byFile.set(file, (byFile.get(file) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...byFile.values()].reduce((a, b) => a + b, 0);
  return [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([file, t]) => [file, (100 * t) / total]);
}

/** Self time per function within one script, largest first, as percentages of the whole profile. */
function hotFunctions(profileFile: string, script: string): [string, number][] {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as {
    nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
    samples: number[];
    timeDeltas: number[];
  };
  const nodeOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = nodeOf.get(id);
    const t = profile.timeDeltas[i] ?? 0;
    total += t;
    if (!frame || path.basename(frame.url) !== script) return;
    const name = `${frame.functionName || "(anonymous)"}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + t);
  });
  return [...byFunction.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([name, t]) => [name, (100 * t) / total]);
}

export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-portfolio-bench-"));
  try {
    const folder = path.join(dir, "workbooks");
    mkdirSync(folder);
    const built = performance.now();
    for (let n = 1; n <= WORKBOOKS; n++) await writeOrganisation(path.join(folder, `organisation-${String(n).padStart(4, "0")}.xlsx`), n);
    const files = readdirSync(folder).map((f) => path.join(folder, f));
    const bytes = files.reduce((sum, f) => sum + readFileSync(f).byteLength, 0);
    row(`${WORKBOOKS} workbooks of 10 areas written`, { buildS: (performance.now() - built) / 1000, fileKB: bytes / files.length / 1024, cores: availableParallelism() });

    // exceljs's own read of one file, in one process: the floor of one file's cost (load included).
    const one = timed([path.resolve("bench/read-with-exceljs.cjs"), files[0] as string]);
    // The floor of the whole run: one process reading every file with exceljs alone, one thread.
    const floor = timed([path.resolve("bench/read-with-exceljs.cjs"), ...files]);
    if (floor.status !== 0 || one.status !== 0) throw new Error(`exceljs read failed: ${floor.stderr || one.stderr}`);
    const floorPerFile = floor.ms / files.length;
    row("floor: exceljs reads all, one thread", { totalS: floor.ms / 1000, cpuS: floor.cpuMs / 1000, perFileMs: floorPerFile, oneFileProcessMs: one.ms });

    for (const threads of [availableParallelism(), 1]) {
      const out = path.join(dir, `portfolio-${threads}.xlsx`);
      const run = timed([path.resolve("bin/rating-matrix.cjs"), "portfolio", folder, "-o", out, "--force", "--threads", String(threads)]);
      if (run.status !== 0) {
        row(`portfolio, ${threads} threads: failed`, { status: String(run.status), reason: JSON.stringify(run.stderr.split("\n")[0] ?? "") });
        continue;
      }
      row(`portfolio, ${threads} ${threads === 1 ? "thread" : "threads"} (goal <= ${GOAL_SECONDS} s)`, {
        totalS: run.ms / 1000,
        cpuS: run.cpuMs / 1000,
        perFileMs: run.ms / files.length,
        cpuPerFileMs: run.cpuMs / files.length,
        ratioToFloor: run.ms / floor.ms,
        cpuRatioToFloor: run.cpuMs / floor.cpuMs,
      });
    }

    // Where the time goes: a one-thread run profiled (the threads run the same code).
    const profiles = path.join(dir, "profiles");
    const profiled = timed(["--cpu-prof", "--cpu-prof-dir", profiles, path.resolve("bin/rating-matrix.cjs"), "portfolio", folder, "-o", path.join(dir, "profiled.xlsx"), "--force", "--threads", "1"]);
    const profile = readdirSync(profiles).find((f) => f.endsWith(".cpuprofile"));
    if (profiled.status === 0 && profile) {
      const at = path.join(profiles, profile);
      row("profile: self time by file (%)", Object.fromEntries(selfTimeByFile(at).map(([f, p]) => [f, p])));
      row("profile: hottest in cli.cjs (%)", Object.fromEntries(hotFunctions(at, "cli.cjs").map(([f, p]) => [f, p])));
      row("profile: hottest in exceljs.cjs (%)", Object.fromEntries(hotFunctions(at, "exceljs.cjs").map(([f, p]) => [f, p])));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
