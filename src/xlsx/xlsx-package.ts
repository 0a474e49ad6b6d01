import type JSZip from "jszip";
import { xmlSafe } from "./excel-limits";
import type { ColumnFilter } from "../core/plan";
import { parseTableFilters } from "./table-filters";

/**
 * What exceljs does not keep from the .xlsx package, handled here at the zip level: defined names
 * that are formulas (exceljs keeps only plain cell ranges, so `=RatingScale[Level]` would vanish),
 * and the parts it would drop on saving (charts, slicers, pivot tables...).
 */

/** A defined name as the workbook part stores it; `formula` starts with "=". */
export interface StoredName {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  /** Set for names scoped to one sheet (0-based tab index). */
  readonly localSheetId: number | null;
}

/** Names exceljs writes itself from each sheet's page setup; left to it. */
const EXCELJS_OWNED = new Set(["_xlnm.print_area", "_xlnm.print_titles"]);

const LOST_PARTS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /^xl\/charts\//i, what: "charts" },
  { pattern: /^xl\/chartsheets\//i, what: "chart sheets" },
  { pattern: /^xl\/slicers?\//i, what: "slicers" },
  { pattern: /^xl\/slicerCaches\//i, what: "slicers" },
  { pattern: /^xl\/timelines?\//i, what: "timelines" },
  { pattern: /^xl\/timelineCaches\//i, what: "timelines" },
  { pattern: /^xl\/pivotTables\//i, what: "pivot tables" },
  { pattern: /^xl\/pivotCache\//i, what: "pivot tables" },
  { pattern: /^xl\/vbaProject\.bin$/i, what: "macros" },
  { pattern: /^xl\/externalLinks\//i, what: "links to other workbooks" },
  { pattern: /^xl\/threadedComments\//i, what: "threaded comments" },
  { pattern: /^xl\/ctrlProps\//i, what: "form controls" },
  { pattern: /^xl\/queryTables\//i, what: "data queries" },
  { pattern: /^xl\/connections\.xml$/i, what: "data connections" },
  { pattern: /^customXml\//i, what: "custom XML parts" },
];

/** What a workbook opened only to be read "would lose": it was not checked, so it is never written. */
export const OPENED_READ_ONLY = "content not checked (the file was opened only to be read)";

export interface PackageFacts {
  readonly names: readonly StoredName[];
  /** Kinds of content saving through exceljs would lose, in words ("charts", "slicers"); empty when none. */
  readonly wouldLose: readonly string[];
  /** Column filters of the tables (exceljs drops them on loading), by table name in lower case. */
  readonly tableFilters: ReadonlyMap<string, ReadonlyMap<number, ColumnFilter>>;
}

export async function readPackageFacts(zip: JSZip, readOnly = false): Promise<PackageFacts> {
  if (readOnly) {
    // Only read, never saved: the worksheets are not searched (that inflated each one a second
    // time), and the host says so, so that no caller can save it unchecked.
    const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    return { names: parseDefinedNames(workbookXml), wouldLose: [OPENED_READ_ONLY], tableFilters: new Map() };
  }
  const lost = new Set<string>();
  for (const path of Object.keys(zip.files)) {
    for (const part of LOST_PARTS) if (part.pattern.test(path)) lost.add(part.what);
  }
  const sheetParts = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/i.test(p));
  for (const path of sheetParts) {
    const xml = (await zip.file(path)?.async("string")) ?? "";
    if (/<x14:dataValidations\b/.test(xml)) lost.add("dropdowns that use Excel 2010 extensions");
    if (/<x14:conditionalFormattings\b/.test(xml)) lost.add("conditional formats that use Excel 2010 extensions (data bars, icon sets)");
    if (/<x14:sparklineGroups\b/.test(xml)) lost.add("sparklines");
  }
  const tableFilters = new Map<string, ReadonlyMap<number, ColumnFilter>>();
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/[^/]+\.xml$/i.test(p))) {
    const parsed = parseTableFilters((await zip.file(path)?.async("string")) ?? "");
    if (parsed && parsed.filters.size > 0) tableFilters.set(parsed.name.toLowerCase(), parsed.filters);
  }
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return { names: parseDefinedNames(workbookXml), wouldLose: [...lost].sort(), tableFilters };
}

export function parseDefinedNames(workbookXml: string): StoredName[] {
  const names: StoredName[] = [];
  for (const match of workbookXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const attributes = match[1] ?? "";
    const name = xmlUnescape(attribute(attributes, "name") ?? "");
    if (name === "" || EXCELJS_OWNED.has(name.toLowerCase())) continue;
    const sheetId = attribute(attributes, "localSheetId");
    // A scope that is not a sheet's place in the tab order cannot be kept: the name is left out.
    if (sheetId !== undefined && !/^\d{1,5}$/.test(sheetId.trim())) continue;
    names.push({
      name,
      formula: `=${xmlUnescape(match[2] ?? "")}`,
      comment: xmlUnescape(attribute(attributes, "comment") ?? ""),
      localSheetId: sheetId === undefined ? null : Number(sheetId),
    });
  }
  return names;
}

/** Puts our defined names into the workbook part exceljs wrote, beside the ones it wrote itself. */
export function withDefinedNames(workbookXml: string, names: readonly StoredName[]): string {
  if (names.length === 0) return workbookXml;
  const elements = names
    .map((n) => {
      const scope = n.localSheetId === null ? "" : ` localSheetId="${n.localSheetId}"`;
      const comment = n.comment === "" ? "" : ` comment="${xmlEscape(n.comment)}"`;
      return `<definedName name="${xmlEscape(n.name)}"${comment}${scope}>${xmlEscape(n.formula.replace(/^=/, ""))}</definedName>`;
    })
    .join("");
  if (/<definedNames\s*\/>/.test(workbookXml)) return workbookXml.replace(/<definedNames\s*\/>/, `<definedNames>${elements}</definedNames>`);
  if (workbookXml.includes("</definedNames>")) return workbookXml.replace("</definedNames>", `${elements}</definedNames>`);
  if (workbookXml.includes("</sheets>")) return workbookXml.replace("</sheets>", `</sheets><definedNames>${elements}</definedNames>`);
  throw new Error("The workbook part has no <sheets> element to put the defined names after.");
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}="([^"]*)"`).exec(attributes);
  return match ? match[1] : undefined;
}

function xmlUnescape(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower === "amp") return "&";
    if (lower === "lt") return "<";
    if (lower === "gt") return ">";
    if (lower === "quot") return '"';
    if (lower === "apos") return "'";
    return String.fromCodePoint(lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10));
  });
}

function xmlEscape(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
