import { promises as fs } from "node:fs";
import path from "node:path";
import { digestWorkbook, type NotRead, type WorkbookDigest } from "../../core/portfolio/workbook-digest";
import { readWorkbook } from "../../core/read-workbook";
import { WorkbookError } from "../../core/workbook-error";
import { CONTRACT_READ } from "../../workflows/contract-read";
import { loadXlsxHost } from "../load-xlsx";
import { fileSystemReason } from "../workbook-files";

export type DigestRead = { readonly ok: true; readonly digest: WorkbookDigest } | { readonly ok: false; readonly notRead: NotRead };

/**
 * Reads one workbook file into its digest, as `check` reads a workbook; any reason it cannot be used
 * becomes a NotRead sentence (never a throw), so one bad file never stops the others.
 */
export async function readDigest(file: string, cwd: string, todayIso: string): Promise<DigestRead> {
  const notRead = (reason: string): DigestRead => ({ ok: false, notRead: { workbook: file, reason } });
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path.resolve(cwd, file));
  } catch (error) {
    return notRead(`${sentence(fileSystemReason(error))}`);
  }
  try {
    const { openXlsx } = await loadXlsxHost();
    const host = await openXlsx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { readOnly: true });
    const read = readWorkbook(await host.read(CONTRACT_READ));
    if (!read.ok) return notRead(read.problems.map((p) => p.message).join(" "));
    return { ok: true, digest: digestWorkbook(file, read.workbook, todayIso) };
  } catch (error) {
    if (error instanceof WorkbookError) return notRead(error.message);
    const detail = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return notRead(`The workbook could not be read (${detail}).`);
  }
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
