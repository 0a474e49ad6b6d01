import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/main";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
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
