import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** The command as users run it: the bin script, which runs the compiled CLI (build/cli.cjs). */
export const CLI_BIN = path.resolve(__dirname, "../../bin/rating-matrix.cjs");

/**
 * Runs the command line as users do, in its own Node process through the bin script. The bin
 * compiles build/cli.cjs again first whenever a source file is newer, so this never runs stale
 * code. `preload` is a script given to Node's --require (to watch what the process loads).
 */
export function spawnCli(args: readonly string[], options: { readonly preload?: string; readonly cwd?: string } = {}): CliRun {
  const run = spawnSync(process.execPath, [...(options.preload ? ["--require", options.preload] : []), CLI_BIN, ...args], {
    encoding: "utf8",
    cwd: options.cwd ?? process.cwd(),
    timeout: 120_000,
  });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, out: run.stdout.replace(/\n$/, ""), err: run.stderr.replace(/\n$/, "") };
}

/** Runs the command line in-process, capturing what it prints. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t), cwd: process.cwd() });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh temporary folder per test, removed afterwards. */
export function useTempDir(): () => string {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "rating-matrix-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

/** The start of an encrypted (password-protected) Office file: an OLE compound file whose directory names EncryptionInfo. */
export function encryptedOfficeBytes(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const names = ["Root Entry", "EncryptionInfo", "EncryptedPackage"];
  names.forEach((name, i) => {
    const at = 512 + i * 128;
    [...name].forEach((ch, j) => {
      bytes[at + j * 2] = ch.charCodeAt(0);
    });
  });
  return bytes;
}
