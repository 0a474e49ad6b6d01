import { constants, promises as fs, type Stats } from "node:fs";
import { CliError } from "./cli-error";
import { WORKBOOK_FILE_BYTES } from "../xlsx/zip-limits";
import { fileSystemReason } from "./file-system-reason";

/** The largest input files the command line reads (docs/cli.md, "Limits"). */
export const INPUT_LIMITS = {
  /** An .xlsx workbook or a PDF report. */
  fileBytes: WORKBOOK_FILE_BYTES,
  /** A report given as plain text. */
  textBytes: 20 * 1024 * 1024,
} as const;

/** What a path names when it is not a regular file, in words; null for a regular file. */
export function notRegularReason(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return "is a folder, not a file";
  if (stat.isFIFO()) return "is a named pipe, not a file (only regular files are read)";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "is a device, not a file (only regular files are read)";
  if (stat.isSocket()) return "is a socket, not a file (only regular files are read)";
  return "is not a regular file";
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Reads a whole input file, refusing before reading anything what is not a regular file (a pipe,
 * a device such as /dev/zero behind a symbolic link, a folder) and what is past `limit` bytes.
 * The file is opened without blocking (a pipe with no writer cannot hang the command) and checked
 * again once open, so a file swapped between the two looks is refused as well.
 * Throws a one-line CliError starting with `shown`.
 */
export async function readInputFile(file: string, shown: string, limit: number): Promise<Buffer> {
  let handle: fs.FileHandle | undefined;
  try {
    const before = await fs.stat(file);
    const reason = notRegularReason(before);
    if (reason) throw new CliError(`${shown}: ${reason}`);
    if (before.size > limit) throw new CliError(`${shown}: is ${megabytes(before.size)}, larger than the ${megabytes(limit)} the command line reads`);
    handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const opened = await handle.stat();
    const openedReason = notRegularReason(opened);
    if (openedReason) throw new CliError(`${shown}: ${openedReason}`);
    if (opened.size > limit) throw new CliError(`${shown}: is ${megabytes(opened.size)}, larger than the ${megabytes(limit)} the command line reads`);
    // Read at most one byte past the limit: a file growing while it is read is refused, not followed.
    const buffer = Buffer.alloc(Math.min(limit + 1, opened.size + 1));
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) {
        if (filled > limit) throw new CliError(`${shown}: is larger than the ${megabytes(limit)} the command line reads`);
        break;
      }
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${shown}: ${fileSystemReason(error)}`);
  } finally {
    await handle?.close();
  }
}
