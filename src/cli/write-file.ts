import { randomBytes } from "node:crypto";
import { constants, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { CliError } from "./cli-error";
import { fileSystemReason } from "./file-system-reason";

/**
 * Writes `bytes` to `output` so that the file named there is, at every moment, either what it was
 * or the whole new content (docs/cli.md, "Safety"; docs/decisions.md, issue-12):
 *
 * - a symbolic link is written through: its target is replaced, the link stays;
 * - a read-only file (no write permission for anyone) is refused, as Excel refuses to save over it;
 * - a replaced file keeps its permissions, and its owner and group where the process may set them;
 * - the new content goes to a temporary file in the same folder, is synced to the disk, then
 *   renamed over the old file (and the folder synced), so a crash leaves the old or the new file;
 * - a file with other hard links is rewritten in place instead (the links keep seeing one file);
 * - without `replace`, the name is claimed atomically by a hard link that fails if the name exists:
 *   two runs writing the same new file cannot both succeed;
 * - every file-system failure is a one-line CliError starting with `shown`.
 */
export async function writeFileSafely(output: string, shown: string, bytes: Uint8Array, replace: boolean): Promise<void> {
  if (/[/\\]$/.test(shown) || /[/\\]$/.test(output)) throw new CliError(`${shown}: names a folder; give a file name`);
  const target = await throughLinks(output, shown);
  const existing = await statOrNull(target, shown);
  if (existing) {
    if (!existing.isFile()) throw new CliError(`${shown}: is not a regular file, so it is not replaced`);
    if (!replace) throw new CliError(`${shown}: already exists; choose another name, or pass --force to replace it`);
    if ((existing.mode & 0o222) === 0) throw new CliError(`${shown}: is read-only; it is not replaced (make it writable first if you mean to)`);
    if (existing.nlink > 1) return rewriteInPlace(target, shown, bytes);
  }
  const temporary = path.join(path.dirname(target), `.rating-matrix-${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o7777 : 0o666);
    if (existing) {
      await handle.chmod(existing.mode & 0o7777);
      await handle.chown(existing.uid, existing.gid).catch(() => undefined); // only root may give a file away
    }
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (existing || replace) await fs.rename(temporary, target);
    else await claimNewName(temporary, target);
    await syncFolder(path.dirname(target));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof CliError) throw error;
    if ((error as { code?: unknown }).code === "EEXIST") throw new CliError(`${shown}: already exists; choose another name, or pass --force to replace it`);
    throw new CliError(`${shown}: could not be written (${fileSystemReason(error)})`);
  }
}

/** The file a path finally names, following symbolic links (also one whose target does not exist yet). */
async function throughLinks(file: string, shown: string): Promise<string> {
  let current = path.resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let stat: Stats;
    try {
      stat = await fs.lstat(current);
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") return current;
      throw new CliError(`${shown}: could not be written (${fileSystemReason(error)})`);
    }
    if (!stat.isSymbolicLink()) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  throw new CliError(`${shown}: could not be written (too many symbolic links)`);
}

async function statOrNull(file: string, shown: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") return null;
    throw new CliError(`${shown}: could not be written (${fileSystemReason(error)})`);
  }
}

/** Gives the complete, synced temporary file the name, failing if the name exists meanwhile. */
async function claimNewName(temporary: string, target: string): Promise<void> {
  try {
    await fs.link(temporary, target);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "EEXIST") throw error;
    // A file system without hard links: an exclusive copy still claims the name atomically.
    if (code === "EPERM" || code === "ENOTSUP" || code === "EOPNOTSUPP" || code === "EXDEV" || code === "ENOSYS") {
      await fs.copyFile(temporary, target, constants.COPYFILE_EXCL);
      const copy = await fs.open(target, constants.O_RDONLY);
      await copy.sync().finally(() => copy.close());
    } else throw error;
  }
  await fs.unlink(temporary);
}

/** A file with other hard links: its own content is replaced, so that every link keeps seeing it. */
async function rewriteInPlace(target: string, shown: string, bytes: Uint8Array): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(target, constants.O_WRONLY);
    await handle.truncate(0);
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    throw new CliError(`${shown}: could not be written (${fileSystemReason(error)})`);
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, constants.O_RDONLY);
    await handle.sync().finally(() => handle.close());
  } catch {
    // Some file systems cannot sync a folder; the file itself is synced.
  }
}
