import { promises as fs, type Dirent, type Stats } from "node:fs";
import path from "node:path";
import type { NotRead } from "../../core/portfolio/workbook-digest";
import { fileSystemReason } from "../workbook-files";

export interface FoundWorkbooks {
  /** Files to read, as the user named them or joined to the folder they named; no file twice. */
  readonly files: readonly string[];
  /** Names given that cannot be read at all (missing, unreadable folder). */
  readonly notRead: readonly NotRead[];
}

/**
 * The workbooks named: files as given (whatever their extension: the reader says why one is not a
 * workbook), folders searched through their subfolders for .xlsx files. Excel's lock files
 * ("~$book.xlsx", there while a workbook is open) and the output file itself are left out.
 */
export async function findWorkbooks(names: readonly string[], cwd: string, output: string): Promise<FoundWorkbooks> {
  const files: string[] = [];
  const notRead: NotRead[] = [];
  const outputPath = path.resolve(cwd, output);
  const outputFolder = await fs.realpath(path.dirname(outputPath)).catch(() => path.dirname(outputPath));
  const seen = new Set<string>([path.join(outputFolder, path.basename(outputPath))]);
  const add = async (file: string): Promise<void> => {
    // By where the file really is: a link to a workbook already listed does not list it twice.
    const full = await fs.realpath(path.resolve(cwd, file)).catch(() => path.resolve(cwd, file));
    if (seen.has(full)) return;
    seen.add(full);
    files.push(file);
  };
  const searched = new Set<string>();
  const search = async (folder: string): Promise<void> => {
    // A folder reached twice through links (or a link to a folder above it) is searched once.
    const real = await fs.realpath(path.resolve(cwd, folder)).catch(() => path.resolve(cwd, folder));
    if (searched.has(real)) return;
    searched.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.resolve(cwd, folder), { withFileTypes: true });
    } catch (error) {
      notRead.push({ workbook: folder, reason: `The folder could not be searched: ${fileSystemReason(error)}.` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = path.join(folder, entry.name);
      // A link is followed to what it points at; a broken one is left for the reader to report.
      const target = entry.isSymbolicLink() ? await fs.stat(path.resolve(cwd, child)).catch(() => null) : entry;
      if (target?.isDirectory()) await search(child);
      else if ((target === null || target.isFile()) && /\.xlsx$/i.test(entry.name) && !entry.name.startsWith("~$")) await add(child);
    }
  };
  for (const name of names) {
    let stat: Stats;
    try {
      stat = await fs.stat(path.resolve(cwd, name));
    } catch (error) {
      notRead.push({ workbook: name, reason: `${capitalise(fileSystemReason(error))}.` });
      continue;
    }
    if (stat.isDirectory()) await search(name);
    else await add(name);
  }
  return { files, notRead };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
