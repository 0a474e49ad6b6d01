import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { writeWorkbook } from "../../bench/workbooks";
import { CLI_BIN } from "./run-cli";

// Kill -9 while `summary -o` writes a 50,000-action workbook, at many moments after it starts writing:
// the output path must hold nothing or a whole workbook, never a torn file. The moments are counted
// from the "writing" progress line, as fractions of how long a whole write took in the same test, so
// they fall in the write itself (and around its final rename), not in the (longer) read.
const ACTIONS = 50_000;
const KILL_AT = [0, 0.3, 0.6, 0.9, 1.05];
const RUN_TIMEOUT_MS = 180_000;

interface KilledRun {
  readonly killed: boolean;
  readonly code: number | null;
  /** From the "writing" line to the end of the process. */
  readonly writeMs: number;
}

/** Runs the command and sends SIGKILL `delayMs` after it says it is writing (or lets it finish when null). */
function runAndKill(args: readonly string[], cwd: string, delayMs: number | null): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let killed = false;
    let stderr = "";
    let writingAt: number | null = null;
    const guard = setTimeout(() => child.kill("SIGKILL"), RUN_TIMEOUT_MS);
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk: string) => {
      stderr += chunk;
      if (writingAt === null && /: writing out\.xlsx/.test(stderr)) {
        writingAt = performance.now();
        if (delayMs !== null) {
          killed = true;
          setTimeout(() => child.kill("SIGKILL"), delayMs);
        }
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      clearTimeout(guard);
      resolve({ killed: killed && code === null, code, writeMs: writingAt === null ? 0 : performance.now() - writingAt });
    });
  });
}

/** Whether the file is a complete workbook: a zip whose every part inflates, with the next-steps sheet in it. */
async function isWholeWorkbook(file: string): Promise<boolean> {
  try {
    const zip = await JSZip.loadAsync(readFileSync(file), { checkCRC32: true });
    const workbook = await zip.file("xl/workbook.xml")?.async("string");
    for (const name of Object.keys(zip.files)) await zip.files[name]?.async("uint8array");
    return workbook !== undefined && /name="Next steps /.test(workbook);
  } catch {
    return false;
  }
}

describe(`a write killed at any moment (${ACTIONS.toLocaleString("en-GB")} actions)`, () => {
  let dir = "";
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-crash-"));
    await writeWorkbook(path.join(dir, "big.xlsx"), { areas: 100, rounds: 2, actions: ACTIONS });
  }, RUN_TIMEOUT_MS);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "leaves the output path holding nothing or a whole workbook, and the input as it was",
    async () => {
      const input = readFileSync(path.join(dir, "big.xlsx"));
      const output = path.join(dir, "out.xlsx");
      const whole = await runAndKill(["summary", "big.xlsx", "-o", "out.xlsx", "--verbose"], dir, null);
      expect([whole.code, await isWholeWorkbook(output)]).toEqual([0, true]);
      const outcomes: string[] = [`not killed: exit 0, output whole, writing took ${Math.round(whole.writeMs)} ms`];
      const tally = { nothing: 0, whole: 0 };
      for (const fraction of KILL_AT) {
        rmSync(output, { force: true });
        const delay = Math.round(whole.writeMs * fraction);
        const run = await runAndKill(["summary", "big.xlsx", "-o", "out.xlsx", "--verbose"], dir, delay);
        const state = !existsSync(output) ? "nothing" : (await isWholeWorkbook(output)) ? "whole" : "TORN";
        outcomes.push(`killed ${delay} ms after "writing": ${run.killed ? "killed" : `exit ${run.code}`}, output ${state}`);
        if (state === "TORN") console.log(outcomes.join("\n"));
        expect(state).not.toBe("TORN");
        if (state !== "TORN") tally[state]++;
      }
      // A killed run may leave its temporary file behind (nothing can remove it); it never has the output's name.
      console.log(`${outcomes.join("\n")}\n${tally.nothing} left nothing, ${tally.whole} left a whole workbook, 0 torn`);
      expect(readFileSync(path.join(dir, "big.xlsx")).equals(input)).toBe(true);
    },
    RUN_TIMEOUT_MS * (KILL_AT.length + 1),
  );
});
