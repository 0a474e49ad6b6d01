import { promises as fs } from "node:fs";
import path from "node:path";
import { WorkbookError } from "../core/workbook-error";
import type { XlsxWorkbookHost } from "../xlsx/xlsx-host";
import { CliError } from "./cli-error";
import type { Progress } from "./cli-io";
import { fileSystemReason } from "./file-system-reason";
import { loadXlsxHost } from "./load-xlsx";
import { INPUT_LIMITS, readInputFile } from "./read-input";
import { writeFileSafely } from "./write-file";

export { fileSystemReason };

export interface OpenedWorkbook {
  readonly path: string;
  readonly host: XlsxWorkbookHost;
  readonly bytes: number;
}

/** Reads an .xlsx file; any reason it cannot be used becomes a one-line CliError naming the file. */
export async function openWorkbookFile(file: string, progress: Progress): Promise<OpenedWorkbook> {
  const data = await readInputFile(file, file, INPUT_LIMITS.fileBytes);
  progress(`reading ${file} (${megabytes(data.byteLength)})`);
  try {
    const { openXlsx } = await loadXlsxHost();
    const host = await openXlsx(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    return { path: file, host, bytes: data.byteLength };
  } catch (error) {
    if (error instanceof WorkbookError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

export interface WriteTarget {
  readonly output: string;
  /** The input file, when writing a changed copy of it. */
  readonly input?: string;
  /** The user passed --in-place: replacing the input is what they asked for. */
  readonly inPlace?: boolean;
  /** The user passed --force: replacing an existing output file is what they asked for. */
  readonly force?: boolean;
}

/**
 * Saves the workbook to `target.output` through writeFileSafely (write-file.ts): the output is
 * either the old file or the whole new one, and keeps its permissions, owner and links. Never
 * replaces the input unless --in-place, nor any other existing file unless --force, and never
 * writes a file from which content the .xlsx writer cannot keep (charts, slicers...) would be missing. Resolves to
 * what had to change for Excel to open the file (text cut at Excel's limit...), one sentence each.
 */
export async function writeWorkbookFile(host: XlsxWorkbookHost, target: WriteTarget, progress: Progress): Promise<string[]> {
  if (/[/\\]$/.test(target.output)) throw new CliError(`${target.output}: names a folder; give a file name`);
  const output = path.resolve(target.output);
  const sameAsInput = target.input !== undefined && (await samePath(path.resolve(target.input), output));
  if (sameAsInput && !target.inPlace) {
    throw new CliError(`${target.output}: is the input file; it is never overwritten unless you pass --in-place`);
  }
  if (!sameAsInput && !target.force && (await exists(output))) {
    throw new CliError(`${target.output}: already exists; choose another name, or pass --force to replace it`);
  }
  if (!/\.xlsx$/i.test(output)) throw new CliError(`${target.output}: the output must be an .xlsx file`);
  if (host.wouldLose.length > 0) {
    throw new CliError(
      `${target.input ?? target.output}: has ${host.wouldLose.join(", ")}, which the command line cannot keep; nothing was written (use the add-in in Excel for this workbook)`,
    );
  }
  progress(`writing ${target.output}`);
  const { saveXlsx, fitForExcel } = await loadXlsxHost();
  const notes = fitForExcel(host.workbook);
  await writeFileSafely(output, target.output, await saveXlsx(host), (sameAsInput && target.inPlace === true) || target.force === true);
  return notes;
}

/**
 * Writes any other file a command makes (a report) as workbooks are written: never over an existing
 * file without --force, never over the input, and atomically.
 */
export async function writeDocumentFile(bytes: Uint8Array, target: WriteTarget, progress: Progress): Promise<void> {
  if (/[/\\]$/.test(target.output)) throw new CliError(`${target.output}: names a folder; give a file name`);
  const output = path.resolve(target.output);
  if (target.input !== undefined && (await samePath(path.resolve(target.input), output))) {
    throw new CliError(`${target.output}: is the input file; it is never overwritten`);
  }
  if (!target.force && (await exists(output))) {
    throw new CliError(`${target.output}: already exists; choose another name, or pass --force to replace it`);
  }
  progress(`writing ${target.output}`);
  await writeFileSafely(output, target.output, bytes, target.force === true);
}

/** Whether something is at `file` (any kind of entry the process may see). */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} KB`;
}
