import { readFileSync } from "node:fs";
import JSZip from "jszip";

/** Every XML part of a written file, by name. */
export async function parts(file: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const found = new Map<string, string>();
  for (const [partName, entry] of Object.entries(zip.files)) if (!entry.dir && /\.(xml|rels)$/.test(partName)) found.set(partName, await entry.async("string"));
  return found;
}

/** What Excel would refuse or repair in a written file: the checks the corpus test makes too. */
export async function excelLimitProblems(file: string): Promise<string[]> {
  const problems: string[] = [];
  for (const [part, xml] of await parts(file)) {
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) problems.push(`${part}: a character XML cannot hold`);
    if (/<f\s*\/>|<f>\s*<\/f>/.test(xml)) problems.push(`${part}: an empty <f/>`);
    if (/"NaN"/.test(xml)) problems.push(`${part}: NaN`);
    if (/&#x0*(?:[0-8bcef]|1[0-9a-f]|fffe|ffff);|&#0*(?:[0-8]|1[124-9]|2\d|3[01]|65534|65535);/i.test(xml)) problems.push(`${part}: a reference to a character XML cannot hold`);
    for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)) {
      const text = (m[1] ?? "").replace(/&(amp|lt|gt|quot|apos|#x?[0-9a-f]+);/gi, "_");
      if (text.length > 32_767) problems.push(`${part}: a text of ${text.length} characters`);
    }
    for (const m of xml.matchAll(/<formula>"((?:[^"]|"")*)"<\/formula>/g)) if ((m[1] ?? "").replace(/""/g, '"').replace(/&[a-z]+;/g, "_").length > 255) problems.push(`${part}: a rule string past 255 characters`);
  }
  return problems;
}
