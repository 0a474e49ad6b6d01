import type JSZip from "jszip";

/**
 * The structure of an .xlsx package that everything else relies on, checked before exceljs reads
 * it: the workbook part lists its sheets, its relationships part says where each sheet is, and
 * every table lies inside the sheet. Each problem names the part at fault, in one sentence.
 */

/** The last row and column of a sheet (1-based): XFD1048576. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/** Why `xml` is not well-formed XML, or null. A linear scan of tags, not a full parser. */
export function xmlProblem(xml: string): string | null {
  const open: string[] = [];
  let at = 0;
  let sawRoot = false;
  for (;;) {
    const lt = xml.indexOf("<", at);
    if (lt < 0) break;
    if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) return "a processing instruction is not closed";
      at = end + 2;
      continue;
    }
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) return "a comment is not closed";
      at = end + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) return "a CDATA section is not closed";
      at = end + 3;
      continue;
    }
    if (xml.startsWith("<!", lt)) return "it declares a DTD, which no workbook part has";
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) return "a tag is not closed";
    const tag = xml.slice(lt + 1, gt);
    const name = /^\/?\s*([^\s/>]+)/.exec(tag)?.[1] ?? "";
    if (name === "") return "a tag has no name";
    if (tag.startsWith("/")) {
      if (open.pop() !== name) return `</${name}> closes an element that is not open`;
    } else if (!tag.endsWith("/")) {
      if (open.length === 0 && sawRoot) return "it has more than one root element";
      open.push(name);
      sawRoot = true;
    } else if (open.length === 0) {
      if (sawRoot) return "it has more than one root element";
      sawRoot = true;
    }
    at = gt + 1;
  }
  if (!sawRoot) return "it holds no XML element";
  if (open.length > 0) return `<${open[open.length - 1]}> is not closed (the part may be cut short)`;
  return null;
}

/** The index of the ">" ending a tag that starts at `from`, skipping quoted attribute values. */
function tagEnd(xml: string, from: number): number {
  let quote = "";
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote !== "") {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === ">") return i;
    else if (ch === "<") return -1;
  }
  return -1;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag)?.slice(2).find((v) => v !== undefined);
}

/** "XFD" -> 16384; NaN for anything that is not column letters. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - 64;
    if (code < 1 || code > 26) return NaN;
    n = n * 26 + code;
  }
  return n;
}

/** Why a table's ref is not a range inside a sheet, or null. */
export function tableRefProblem(ref: string): string | null {
  const match = /^\$?([A-Za-z]{1,4})\$?(\d{1,8}):\$?([A-Za-z]{1,4})\$?(\d{1,8})$/.exec(ref.trim());
  if (!match) return `its range "${ref.slice(0, 40)}" is not a range of cells`;
  const [left, top, right, bottom] = [columnNumber(match[1] ?? ""), Number(match[2]), columnNumber(match[3] ?? ""), Number(match[4])];
  if (right > SHEET_COLUMNS || bottom > SHEET_ROWS || left > SHEET_COLUMNS || top > SHEET_ROWS) {
    return `its range ${ref} runs past the edge of the sheet (a sheet ends at column XFD and row 1048576)`;
  }
  if (top < 1 || left < 1 || right < left || bottom < top) return `its range ${ref} is not a range of cells`;
  return null;
}

function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== "." && piece !== "") parts.push(piece);
  }
  return parts.join("/");
}

/** The first structural problem of the package, naming its part, or null. Reads only small parts. */
export async function packageStructureProblem(zip: JSZip): Promise<string | null> {
  const workbookPart = "xl/workbook.xml";
  const relsPart = "xl/_rels/workbook.xml.rels";
  const workbookXml = (await zip.file(workbookPart)?.async("string")) ?? "";
  const workbookBad = xmlProblem(workbookXml);
  if (workbookBad) return `The part ${workbookPart} is damaged: ${workbookBad}.`;
  const sheetsElement = /<(?:\w+:)?sheets\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sheets>/.exec(workbookXml);
  if (!sheetsElement) return `The part ${workbookPart} lists no sheets (it has no <sheets> element).`;
  const sheets = [...(sheetsElement[1] ?? "").matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => m[1] ?? "");
  if (sheets.length === 0) return `The part ${workbookPart} lists no sheets.`;
  const relsFile = zip.file(relsPart);
  if (!relsFile) return `The part ${relsPart} is missing, so where the sheets are is not known.`;
  const relsXml = await relsFile.async("string");
  const relsBad = xmlProblem(relsXml);
  if (relsBad) return `The part ${relsPart} is damaged: ${relsBad}.`;
  const targets = new Map<string, string>();
  for (const match of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(match[1] ?? "", "Id");
    const target = attribute(match[1] ?? "", "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  for (const sheet of sheets) {
    const name = attribute(sheet, "name") ?? "?";
    const id = attribute(sheet, "r:id") ?? attribute(sheet, "[\\w]+:id");
    const target = id === undefined ? undefined : targets.get(id);
    if (target === undefined) return `The part ${relsPart} does not say where the sheet "${name}" is (the relationship ${id ?? "(none)"} is missing).`;
    const path = resolveTarget(workbookPart, target);
    if (!zip.file(path)) return `The sheet "${name}" is missing from the file: its part ${path} is not in the archive.`;
  }
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const root = /<(?:\w+:)?table\b([^>]*)>/.exec(xml)?.[1];
    if (root === undefined) return `The part ${path} is damaged: it holds no table.`;
    const ref = attribute(root, "ref");
    const problem = ref === undefined ? "it has no range" : tableRefProblem(ref);
    if (problem) return `The table ${attribute(root, "name") ?? attribute(root, "displayName") ?? "?"} (${path}) cannot be used: ${problem}.`;
  }
  return null;
}
