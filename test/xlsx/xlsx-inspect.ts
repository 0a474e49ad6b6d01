import JSZip from "jszip";

/** Reads parts of a saved .xlsx directly, independently of exceljs, to see what a file really holds. */
export async function partText(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file(path);
  if (!part) throw new Error(`No ${path} in the file.`);
  return part.async("string");
}

/** The worksheet part of a sheet, found through workbook.xml and its relationships. */
export async function sheetXml(bytes: Uint8Array, sheet: string): Promise<string> {
  const workbook = await partText(bytes, "xl/workbook.xml");
  const rels = await partText(bytes, "xl/_rels/workbook.xml.rels");
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`No sheet ${sheet}.`);
  return partText(bytes, `xl/${target.replace(/^\/?xl\//, "")}`);
}
