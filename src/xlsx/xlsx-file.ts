import ExcelJS from "exceljs";
import JSZip from "jszip";
import { WorkbookError } from "../core/workbook-error";
import { fitForExcel } from "./excel-limits";
import { dropDefaultFirstPageNumbers } from "./print-layout";
import { packageStructureProblem } from "./package-structure";
import { readPackageFacts, withDefinedNames } from "./xlsx-package";
import { XlsxWorkbookHost } from "./xlsx-host";
import { repairLoadedTableStyles } from "./xlsx-tables";
import { duplicatePartsProblem, zipContentProblem, zipDirectoryProblem, zipEntryCountProblem } from "./zip-limits";
import { parseTableFilters, restoreTableFilters, withFilterColumns, workbookTableFilters } from "./table-filters";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** "EncryptionInfo" as the UTF-16 directory entry name an encrypted Office file carries. */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const pattern = [...text].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + pattern.length <= bytes.length; i++) {
    for (let j = 0; j < pattern.length; j++) if (bytes[i + j] !== pattern[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Why these bytes cannot be an .xlsx workbook, in one sentence, or null when they may be one.
 * Looked at before any parsing so that the common mistakes get a precise reason.
 */
export function xlsxBytesProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return "the file is empty (0 bytes)";
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return hasUtf16(bytes, "EncryptionInfo")
      ? "the workbook is password-protected (encrypted); open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again"
      : "this is an old-format Excel file (.xls) or another Office file, not an .xlsx workbook; save it as .xlsx in Excel first";
  }
  if (startsWith(bytes, EMPTY_ZIP_SIGNATURE)) return "the file is an empty zip archive, not an .xlsx workbook";
  if (!startsWith(bytes, ZIP_SIGNATURE)) return "this is not an .xlsx workbook (an .xlsx file is a zip archive, and this file is not one)";
  return null;
}

/**
 * Opens .xlsx bytes. Throws a WorkbookError with a one-line reason when they are not a readable
 * workbook. `readOnly`: the workbook will only be read (portfolio reads many), so what saving it
 * would lose is not looked for, and it cannot be saved (its `wouldLose` says it was not checked).
 */
export async function openXlsx(bytes: Uint8Array, options: { readonly readOnly?: boolean } = {}): Promise<XlsxWorkbookHost> {
  const problem = xlsxBytesProblem(bytes);
  if (problem) throw new WorkbookError(capitalise(problem), "NotXlsx");
  const tooMany = zipEntryCountProblem(bytes);
  if (tooMany) throw new WorkbookError(tooMany, "TooLarge");
  let zip: JSZip;
  try {
    // Folders are not made up from the part names, so that the names read are the archive's own.
    zip = await JSZip.loadAsync(bytes, { createFolders: false });
  } catch {
    throw new WorkbookError("The file is damaged or incomplete (perhaps cut short while copying): it is not a readable zip archive.", "Damaged");
  }
  const tooBig = duplicatePartsProblem(bytes, zip) ?? zipDirectoryProblem(zip) ?? (await zipContentProblem(zip));
  if (tooBig) throw new WorkbookError(tooBig, "TooLarge");
  if (!zip.file("xl/workbook.xml")) {
    throw new WorkbookError(
      zip.file("word/document.xml") || zip.file("ppt/presentation.xml")
        ? "This is a Word or PowerPoint file, not an Excel workbook."
        : "This zip archive is not an Excel workbook (it has no xl/workbook.xml).",
      "NotXlsx",
    );
  }
  const broken = await packageStructureProblem(zip);
  if (broken) throw new WorkbookError(broken, "Damaged");
  const facts = await readPackageFacts(zip, options.readOnly === true).catch(() => {
    throw new WorkbookError("The file is damaged or incomplete: parts of the archive cannot be read.", "Damaged");
  });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as a Node Buffer; it hands it to JSZip, which takes any Uint8Array.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (error) {
    throw new WorkbookError(`The workbook could not be read${readerDetail(error)}: it is damaged, or holds what an .xlsx file does not.`, "Damaged");
  }
  // A workbook without <bookViews> (other tools write them so) loads with no views at all; the
  // writer and the plan steps expect a list, empty or not. The same for a sheet without <sheetViews>.
  if (!Array.isArray(workbook.views)) workbook.views = [];
  for (const worksheet of workbook.worksheets) if (!Array.isArray(worksheet.views)) worksheet.views = [];
  repairLoadedTableStyles(workbook.worksheets);
  dropDefaultFirstPageNumbers(workbook.worksheets);
  restoreTableFilters(workbook, facts.tableFilters);
  // Defined names are carried by the host (see xlsx-package.ts); exceljs would drop formula names.
  workbook.definedNames.model = [];
  return new XlsxWorkbookHost(workbook, facts.names, facts.wouldLose);
}

/** A new, empty workbook (no sheets yet: a set-up plan adds them). */
export function newXlsx(): XlsxWorkbookHost {
  return new XlsxWorkbookHost(new ExcelJS.Workbook(), [], []);
}

/** The workbook as .xlsx bytes, with its defined names. */
export async function saveXlsx(host: XlsxWorkbookHost): Promise<Uint8Array> {
  if (host.workbook.worksheets.length === 0) throw new WorkbookError("The workbook has no sheets, and an .xlsx file needs at least one.", "NoSheets");
  fitForExcel(host.workbook);
  const sheets = host.workbook.worksheets.length;
  // Stored uncompressed here: the package is opened again below to add the defined names and
  // compressed once, at the end (compressing twice, then inflating between, was most of the time
  // a large output took to save).
  const written = await host.workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(written as unknown as Uint8Array);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("exceljs wrote no xl/workbook.xml.");
  zip.file("xl/workbook.xml", withDefinedNames(await part.async("string"), host.definedNames().filter((n) => n.localSheetId === null || n.localSheetId < sheets)));
  // exceljs writes each table's filter buttons but not its filters: add them to the table parts.
  const filters = workbookTableFilters(host.workbook);
  if (filters.size > 0) {
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
      const xml = (await zip.file(path)?.async("string")) ?? "";
      const table = parseTableFilters(xml);
      const own = table ? filters.get(table.name.toLowerCase()) : undefined;
      if (own) zip.file(path, withFilterColumns(xml, own));
    }
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/**
 * What the XML reader said, shortened for a one-line message; nothing for a JavaScript error inside
 * the reader (a TypeError about "undefined" says nothing to the user about the file).
 */
function readerDetail(error: unknown): string {
  if (!(error instanceof Error) || error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError) return "";
  const detail = (error.message.split("\n")[0] ?? "").replace(/[{[].*$/, "").replace(/[:\s]+$/, "").trim();
  return detail === "" ? "" : ` (${detail.length > 100 ? `${detail.slice(0, 99)}…` : detail})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1) + ".";
}

export { fitForExcel };
