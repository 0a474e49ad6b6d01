import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { writeWorkbook } from "../../bench/workbooks";
import { readWorkbook } from "../../src/core/read-workbook";
import { CONTRACT_READ } from "../../src/workflows/contract-read";
import { openXlsx } from "../../src/xlsx/xlsx-file";
import { CLI_BIN, useTempDir } from "./run-cli";

const dir = useTempDir();
/**
 * 5,000 actions by default, so that the suite stays quick on a shared 2-core machine (each kill
 * point costs most of a run); RATING_MATRIX_CRASH_ACTIONS=50000 runs it at the size.
 */
const ACTIONS = Number(process.env.RATING_MATRIX_CRASH_ACTIONS ?? 5_000);

/** Runs the command in its own process, killed with SIGKILL after `killAfterMs` (none: runs to the end). */
function runKilled(args: readonly string[], killAfterMs: number | null): Promise<{ code: number | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI_BIN, ...args], { stdio: "ignore" });
    const timer = killAfterMs === null ? undefined : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started });
    });
  });
}

/** What the file at `file` holds: nothing, or the number of actions of the whole workbook it is. */
async function holds(file: string): Promise<"nothing" | number> {
  if (!existsSync(file)) return "nothing";
  const host = await openXlsx(new Uint8Array(readFileSync(file)));
  const read = readWorkbook(await host.read(CONTRACT_READ));
  if (!read.ok) throw new Error(`${file} is not a whole workbook: ${JSON.stringify(read.problems)}`);
  return read.workbook.actions?.items.length ?? 0;
}

describe("repair killed at any moment while it writes leaves the old file or the whole new one, -o and --in-place", () => {
  it(`repair -o and repair --in-place on a ${ACTIONS.toLocaleString("en-GB")}-action workbook, killed at several points`, async () => {
    const input = path.join(dir(), "in.xlsx");
    const building = Date.now();
    await writeWorkbook(input, { areas: 20, rounds: 2, actions: ACTIONS });
    const builtMs = Date.now() - building;
    const original = readFileSync(input);
    const output = path.join(dir(), "out.xlsx");
    // The process itself is the subject here, so it runs as users run it. A whole run first, to time it.
    process.stderr.write(`crash consistency: building the workbook took ${builtMs} ms\n`);
    const whole = await runKilled(["repair", input, "-o", output], null);
    expect(whole.code).toBe(0);
    expect(await holds(output)).toBe(ACTIONS);
    // The kills fall on the last half of the run, where the file is written and renamed: before
    // that nothing is written at all. On a busy machine a whole run takes tens of seconds.
    const points = 4;
    const seen = { nothing: 0, whole: 0 };
    for (let k = 1; k <= points; k++) {
      rmSync(output, { force: true });
      // Spread over the run, and a little past its end, where the rename happens.
      await runKilled(["repair", input, "-o", output], Math.round(whole.ms * (0.5 + (0.6 * k) / points)));
      const found = await holds(output);
      if (found === "nothing") seen.nothing++;
      else {
        expect(found).toBe(ACTIONS);
        seen.whole++;
      }
      expect(readFileSync(input).equals(original)).toBe(true);
    }
    for (const at of [0.8, 1]) {
      await runKilled(["repair", input, "--in-place"], Math.round(whole.ms * at));
      expect(await holds(input)).toBe(ACTIONS);
    }
    // A process killed outright cannot remove its temporary file; it is never at the output's name.
    const left = readdirSync(dir()).filter((f) => !["in.xlsx", "out.xlsx"].includes(f));
    expect(left.every((f) => /^\.rating-matrix-[0-9a-f]{12}\.tmp$/.test(f))).toBe(true);
    process.stderr.write(`crash consistency: ${ACTIONS} actions, a whole run ${whole.ms} ms; killed at ${points} points: ${seen.nothing} left nothing, ${seen.whole} a whole workbook; ${left.length} temporary files left by SIGKILL\n`);
  }, 600_000);
});
