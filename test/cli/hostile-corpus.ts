import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";

/**
 * A corpus of hostile and broken inputs, generated into a folder (nothing binary is checked in):
 * files that are not workbooks, broken zips, broken or hostile XML parts, valid workbooks with
 * hostile content, zip bombs, things that are not regular files, and bad review texts and PDFs.
 * test/cli/hostile-corpus.test.ts runs every command on every one of them.
 */

/**
 * What the commands may answer: `unusable` inputs are refused (exit 2) by every command; `usable`
 * ones are read (check exits 0 or 1, import 0); `either` ones (a flipped bit, a broken optional
 * part) may be read or refused. Never exit 3, whatever the input.
 */
export type Expectation = "unusable" | "usable" | "either";

export interface HostileInput {
  /** Unique, also the file name's stem. */
  readonly name: string;
  readonly file: string;
  /** Which commands read it: the .xlsx commands, or import. */
  readonly kind: "xlsx" | "report";
  readonly expect: Expectation;
  /** Not a regular file (a pipe, a device link...): not hashed, and not copied. */
  readonly special?: boolean;
}

export interface CorpusSources {
  /** A valid workbook as `init` writes it. */
  readonly workbook: Uint8Array;
  /** A review text the import reads. */
  readonly reportText: string;
  /** Makes a PDF whose text is the given lines. */
  readonly pdf: (lines: readonly string[]) => Uint8Array;
}

/** A small deterministic random generator (mulberry32), so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/worksheets/sheet1.xml",
  "xl/worksheets/sheet2.xml",
  "xl/worksheets/sheet3.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
  "xl/tables/table1.xml",
  "xl/tables/table2.xml",
] as const;

/** Ways to break one XML part. */
const PART_BREAKS: readonly { readonly name: string; readonly change: (xml: string) => string | null }[] = [
  { name: "removed", change: () => null },
  { name: "empty", change: () => "" },
  { name: "cut-in-half", change: (xml) => xml.slice(0, Math.floor(xml.length / 2)) },
  { name: "not-xml", change: () => "this is not XML at all { } ] <<" },
  { name: "binary", change: () => "\u0000\u0001\u0002\uFFFD\u0000PK\u0003\u0004" },
  { name: "billion-laughs", change: (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>`).replace(/(<\w[^>]*>)/, "$1") },
  { name: "external-entity", change: (xml) => xml.replace(/^(<\?xml[^>]*\?>)?/, `$1<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>`) },
  { name: "deep-nesting", change: (xml) => xml.replace(/(<\/\w+>)\s*$/, `${"<x>".repeat(20_000)}${"</x>".repeat(20_000)}$1`) },
  { name: "wrong-root", change: () => '<?xml version="1.0"?><nothing xmlns="urn:x"/>' },
];

/** Hostile content in a valid package: each changes parts of the base workbook. */
const CONTENT: readonly { readonly name: string; readonly expect: Expectation; readonly parts: Record<string, (xml: string) => string> }[] = [
  { name: "no-bookviews", expect: "usable", parts: { "xl/workbook.xml": (x) => x.replace(/<bookViews>.*<\/bookViews>/s, "") } },
  { name: "no-sheetviews", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace(/<sheetViews>.*<\/sheetViews>/s, "") } },
  { name: "no-sheets", expect: "unusable", parts: { "xl/workbook.xml": (x) => x.replace(/<sheets>.*<\/sheets>/s, "") } },
  { name: "empty-sheets", expect: "unusable", parts: { "xl/workbook.xml": (x) => x.replace(/<sheets>.*<\/sheets>/s, "<sheets/>") } },
  { name: "rels-without-sheets", expect: "unusable", parts: { "xl/_rels/workbook.xml.rels": (x) => x.replace(/<Relationship [^>]*worksheet[^>]*>/g, "") } },
  { name: "table-past-edge", expect: "unusable", parts: { "xl/tables/table1.xml": (x) => x.replace(/ref="[^"]*"/, 'ref="A1:XFE1048577"') } },
  { name: "table-ref-garbage", expect: "unusable", parts: { "xl/tables/table1.xml": (x) => x.replace(/ref="[^"]*"/, 'ref="banana"') } },
  { name: "table-ref-reversed", expect: "unusable", parts: { "xl/tables/table1.xml": (x) => x.replace(/ref="[^"]*"/, 'ref="E11:A1"') } },
  { name: "table-million-rows", expect: "usable", parts: { "xl/tables/table1.xml": (x) => x.replace(/ref="A1:([A-Z]+)11"/g, 'ref="A1:$11048576"') } },
  { name: "dimension-whole-sheet", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>') } },
  { name: "shared-formula-orphan", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="E2" s="1"/>', '<c r="E2" s="1"><f t="shared" si="0"/><v>7</v></c>') } },
  { name: "empty-formula", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="E3" s="1"/>', '<c r="E3" s="1"><f></f><v>3</v></c>') } },
  { name: "formula-injection-text", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="C2" s="1"/>', '<c r="C2" s="1" t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>').replace('<c r="E2" s="1"/>', '<c r="E2" s="1" t="inlineStr"><is><t>=HYPERLINK("http://x","y")</t></is></c>') } },
  { name: "xml-disallowed-char-refs", expect: "either", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="E2" s="1"/>', '<c r="E2" s="1" t="inlineStr"><is><t>a&#xFFFE;b&#xFFFF;c&#x1;d</t></is></c>') } },
  { name: "cell-40000-chars", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="E2" s="1"/>', `<c r="E2" s="1" t="inlineStr"><is><t>${"long ".repeat(8000)}</t></is></c>`) } },
  { name: "level-300-chars", expect: "usable", parts: { "xl/worksheets/sheet3.xml": (x) => x.replace('<c r="A2" s="1" t="s"><v>34</v></c>', `<c r="A2" s="1" t="inlineStr"><is><t>L${"x".repeat(299)}</t></is></c>`) } },
  { name: "bad-localsheetid", expect: "usable", parts: { "xl/workbook.xml": (x) => x.replace("</definedNames>", '<definedName name="Odd" localSheetId="x">Ratings!$A$1</definedName><definedName name="Far" localSheetId="99">Ratings!$A$1</definedName></definedNames>') } },
  { name: "shared-string-out-of-range", expect: "either", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="C2" s="1"/>', '<c r="C2" s="1" t="s"><v>99999</v></c>') } },
  { name: "style-out-of-range", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="C2" s="1"/>', '<c r="C2" s="999"/>') } },
  { name: "row-past-edge", expect: "usable", parts: { "xl/worksheets/sheet2.xml": (x) => x.replace("</sheetData>", '<row r="1048577"><c r="A1048577" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') } },
  { name: "cell-past-edge", expect: "either", parts: { "xl/worksheets/sheet2.xml": (x) => x.replace("</sheetData>", '<row r="20"><c r="XFE20" t="inlineStr"><is><t>x</t></is></c></row></sheetData>') } },
  { name: "duplicate-table-names", expect: "usable", parts: { "xl/tables/table2.xml": (x) => x.replace(/ name="[^"]*"/, ' name="Ratings"').replace(/displayName="[^"]*"/, 'displayName="Ratings"') } },
  { name: "rating-not-on-scale", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="D2" s="1"/>', '<c r="D2" s="1" t="inlineStr"><is><t>Satisfactroy</t></is></c>') } },
  { name: "error-values", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="D2" s="1"/>', '<c r="D2" s="1" t="e"><v>#REF!</v></c>') } },
  { name: "bidi-and-zero-width", expect: "usable", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace('<c r="D2" s="1"/>', '<c r="D2" s="1" t="inlineStr"><is><t>\u202eSatisfactory\u200b</t></is></c>') } },
  { name: "sheet-name-hostile", expect: "usable", parts: { "xl/workbook.xml": (x) => x.replace('name="Actions"', 'name="Act&lt;ions&gt;\'!"') } },
  { name: "hyperlink-javascript", expect: "either", parts: { "xl/worksheets/sheet1.xml": (x) => x.replace("</sheetData>", '</sheetData><hyperlinks><hyperlink ref="A2" r:id="rId99"/></hyperlinks>') } },
  { name: "content-types-missing-sheet", expect: "usable", parts: { "[Content_Types].xml": (x) => x.replace(/<Override PartName="\/xl\/worksheets\/sheet1\.xml"[^>]*>/, "") } },
  { name: "many-defined-names", expect: "usable", parts: { "xl/workbook.xml": (x) => x.replace("</definedNames>", `${Array.from({ length: 2000 }, (_, i) => `<definedName name="N${i}">Ratings!$A$${i + 1}</definedName>`).join("")}</definedNames>`) } },
  { name: "defined-name-disallowed-char", expect: "either", parts: { "xl/workbook.xml": (x) => x.replace("</definedNames>", '<definedName name="Bad" comment="a&#xFFFF;b">Ratings!$A$1</definedName></definedNames>') } },
  { name: "actions-sheet-missing", expect: "unusable", parts: { "xl/_rels/workbook.xml.rels": (x) => x.replace(/Target="worksheets\/sheet2\.xml"/, 'Target="worksheets/nowhere.xml"') } },
];

/** Writes the corpus into `dir` and lists it. At least 200 inputs. */
export async function buildHostileCorpus(dir: string, sources: CorpusSources): Promise<HostileInput[]> {
  mkdirSync(dir, { recursive: true });
  const inputs: HostileInput[] = [];
  const add = (name: string, extension: string, bytes: Uint8Array | string, kind: HostileInput["kind"], expect: Expectation): void => {
    const file = path.join(dir, `${name}${extension}`);
    writeFileSync(file, bytes);
    inputs.push({ name, file, kind, expect });
  };
  // A copy, and a plain Uint8Array: a Buffer's slice() would share its bytes, and the bit flips would spread.
  const base = Uint8Array.from(sources.workbook);
  const rand = random(12);

  // 1. Files that are not workbooks at all.
  const notXlsx: Record<string, Uint8Array | string> = {
    empty: "",
    "one-byte": "P",
    text: "Theme,Area,IMA 2015\nLeadership,Governance,Satisfactory\n",
    html: "<html><body>Ratings</body></html>",
    "pdf-named-xlsx": sources.pdf(["hello"]),
    "ole-xls": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
    gzip: new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]),
    "zip-signature-only": new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
    "empty-zip": new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]),
    "utf16-bom": "\uFEFF\u0000P\u0000K",
    "nul-bytes": new Uint8Array(4096),
  };
  for (const [name, bytes] of Object.entries(notXlsx)) add(`not-xlsx-${name}`, ".xlsx", bytes, "xlsx", "unusable");
  for (let i = 0; i < 8; i++) add(`random-${i}`, ".xlsx", Uint8Array.from({ length: 64 + Math.floor(rand() * 4000) }, () => Math.floor(rand() * 256)), "xlsx", "unusable");
  for (let i = 0; i < 4; i++) {
    const bytes = Uint8Array.from({ length: 2000 }, () => Math.floor(rand() * 256));
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    add(`random-zip-header-${i}`, ".xlsx", bytes, "xlsx", "unusable");
  }

  // 2. Broken zips made from the valid workbook.
  for (const fraction of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99]) add(`cut-at-${Math.round(fraction * 100)}pc`, ".xlsx", base.slice(0, Math.floor(base.length * fraction)), "xlsx", "unusable");
  add("cut-last-byte", ".xlsx", base.slice(0, base.length - 1), "xlsx", "unusable");
  for (let i = 0; i < 16; i++) {
    const bytes = base.slice();
    const at = 30 + Math.floor(rand() * (bytes.length - 60));
    bytes[at] = (bytes[at] ?? 0) ^ (1 << Math.floor(rand() * 8));
    // A flipped bit may land where nothing reads it: such a file can still be usable.
    add(`bit-flip-${i}`, ".xlsx", bytes, "xlsx", "either");
  }
  {
    const bytes = Buffer.from(base);
    const directory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    add("no-end-of-directory", ".xlsx", bytes.subarray(0, directory), "xlsx", "unusable");
    const wrongOffset = Buffer.from(bytes);
    wrongOffset.writeUInt32LE(7, directory + 16);
    add("directory-offset-wrong", ".xlsx", wrongOffset, "xlsx", "unusable");
    const hugeCount = Buffer.from(bytes);
    hugeCount.writeUInt16LE(0xffff, directory + 8);
    hugeCount.writeUInt16LE(0xffff, directory + 10);
    add("directory-count-wrong", ".xlsx", hugeCount, "xlsx", "unusable");
    add("two-zips-joined", ".xlsx", Buffer.concat([bytes, bytes]), "xlsx", "either");
    add("junk-before-zip", ".xlsx", Buffer.concat([Buffer.from("junk".repeat(100)), bytes]), "xlsx", "either");
  }

  // 3. Each XML part broken in each way.
  const zipOf = async (change: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> => {
    const zip = await JSZip.loadAsync(base);
    await change(zip);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  };
  for (const part of PARTS) {
    for (const broken of PART_BREAKS) {
      const bytes = await zipOf(async (zip) => {
        const xml = (await zip.file(part)?.async("string")) ?? "";
        const changed = broken.change(xml);
        if (changed === null) zip.remove(part);
        else zip.file(part, changed);
      });
      // Some parts are optional or re-made (styles, content types...): either answer is allowed there.
      add(`part-${part.replace(/[^a-z0-9]+/gi, "-")}-${broken.name}`, ".xlsx", bytes, "xlsx", "either");
    }
  }

  // 4. Valid packages with hostile content.
  for (const content of CONTENT) {
    const bytes = await zipOf(async (zip) => {
      for (const [part, change] of Object.entries(content.parts)) zip.file(part, change((await zip.file(part)?.async("string")) ?? ""));
    });
    add(`content-${content.name}`, ".xlsx", bytes, "xlsx", content.expect);
  }

  // 5. Zip bombs and odd archives.
  add("bomb-ratio", ".xlsx", await zipOf((zip) => void zip.file("xl/media/image1.png", new Uint8Array(40 * 1024 * 1024))), "xlsx", "unusable");
  {
    const bytes = Buffer.from(await zipOf((zip) => void zip.file("xl/media/image1.png", new Uint8Array(1000))));
    const name = Buffer.from("xl/media/image1.png");
    for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (bytes.subarray(at + 46, at + 46 + name.length).equals(name)) bytes.writeUInt32LE(1024 * 1024 * 1024, at + 24);
    }
    add("bomb-directory-says-1gib", ".xlsx", bytes, "xlsx", "unusable");
    const understated = Buffer.from(await zipOf((zip) => void zip.file("xl/media/image1.png", new Uint8Array(3 * 1024 * 1024))));
    for (let at = understated.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = understated.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
      if (understated.subarray(at + 46, at + 46 + name.length).equals(name)) understated.writeUInt32LE(10, at + 24);
    }
    add("bomb-directory-understates", ".xlsx", understated, "xlsx", "unusable");
  }
  add("many-parts", ".xlsx", await zipOf((zip) => {
    for (let i = 0; i <= 10_000; i++) zip.file(`xl/media/p${i}.bin`, "");
  }), "xlsx", "unusable");
  {
    const zip = await JSZip.loadAsync(base);
    zip.file("xl/workbooX.xml", "<other/>");
    const renamed = Buffer.from(await zip.generateAsync({ type: "nodebuffer" })).toString("latin1").split("xl/workbooX.xml").join("xl/workbook.xml");
    add("same-name-twice", ".xlsx", Buffer.from(renamed, "latin1"), "xlsx", "unusable");
    const stored = Buffer.from(await (await JSZip.loadAsync(base)).generateAsync({ type: "nodebuffer", compression: "STORE" }));
    stored[stored.indexOf("Development area")] = "d".charCodeAt(0);
    add("checksum-wrong", ".xlsx", stored, "xlsx", "unusable");
  }
  add("stored-not-deflated", ".xlsx", await (await JSZip.loadAsync(base)).generateAsync({ type: "uint8array", compression: "STORE" }), "xlsx", "usable");
  add("word-document", ".xlsx", await (async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    return zip.generateAsync({ type: "uint8array" });
  })(), "xlsx", "unusable");
  add("zip-of-nothing-useful", ".xlsx", await (async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    return zip.generateAsync({ type: "uint8array" });
  })(), "xlsx", "unusable");
  add("chart-part", ".xlsx", await zipOf((zip) => void zip.file("xl/charts/chart1.xml", "<c:chartSpace/>")), "xlsx", "usable");

  // 6. Things that are not regular files.
  const special = (name: string, kind: HostileInput["kind"], make: (file: string) => void, extension: string): void => {
    const file = path.join(dir, `${name}${extension}`);
    make(file);
    inputs.push({ name, file, kind, expect: "unusable", special: true });
  };
  for (const [kind, extension] of [["xlsx", ".xlsx"], ["report", ".txt"]] as const) {
    special(`fifo-${kind}`, kind, (file) => execFileSync("mkfifo", [file]), extension);
    special(`dev-zero-${kind}`, kind, (file) => symlinkSync("/dev/zero", file), extension);
    special(`dev-urandom-${kind}`, kind, (file) => symlinkSync("/dev/urandom", file), extension);
    special(`folder-${kind}`, kind, (file) => mkdirSync(file), extension);
    special(`dangling-link-${kind}`, kind, (file) => symlinkSync(path.join(dir, "nowhere"), file), extension);
    special(`link-loop-${kind}`, kind, (file) => symlinkSync(path.basename(file), file), extension);
  }

  // 7. Review texts and PDFs for import.
  const text = sources.reportText;
  const texts: Record<string, { readonly body: string; readonly expect: Expectation }> = {
    empty: { body: "", expect: "unusable" },
    whitespace: { body: " \n\t\n ", expect: "unusable" },
    "not-a-review": { body: "Dear customer, your invoice is attached.\n", expect: "unusable" },
    "nul-bytes": { body: "Theme\u0000Area", expect: "unusable" },
    "xml-disallowed": { body: text.replace(/plan their support/, "plan \uFFFE\uFFFF\u0001\u0008 their support"), expect: "usable" },
    "next-step-45000-chars": { body: text.replace(/plan their support/, `plan their support ${"very ".repeat(9000)}`), expect: "usable" },
    "formula-next-steps": { body: text.replace(/plan their support/, "=cmd|' /C calc'!A0").replace(/local folders/, '=HYPERLINK("http://evil","x")').replace(/Setting a date/, "+SUM(1,2) @A1 -1+1 Setting a date"), expect: "usable" },
    "formula-organisation": { body: text.replace(/Northshire Water Authority/g, "=1+1"), expect: "usable" },
    "one-huge-line": { body: "x".repeat(2_000_000), expect: "unusable" },
    "many-short-lines": { body: "a\n".repeat(500_000), expect: "unusable" },
    "windows-line-ends": { body: text.replace(/\n/g, "\r\n"), expect: "usable" },
    "old-mac-line-ends": { body: text.replace(/\n/g, "\r"), expect: "usable" },
    "utf8-bom": { body: `\uFEFF${text}`, expect: "usable" },
    "lone-surrogates": { body: text.replace(/plan their support/, "plan \uD800 their \uDC00 support"), expect: "usable" },
    "bidi-controls": { body: text.replace(/Satisfactory/g, "\u202eSatisfactory\u202c"), expect: "usable" },
    "ratings-doubled": { body: `${text}\n${text}`, expect: "either" },
    "half-report": { body: text.slice(0, Math.floor(text.length / 2)), expect: "usable" },
    "latin1-bytes": { body: Buffer.from(text.replace(/e/g, "\u00e9"), "latin1").toString("binary"), expect: "either" },
  };
  for (const [name, { body, expect }] of Object.entries(texts)) add(`text-${name}`, ".txt", body, "report", expect);
  const pdf = sources.pdf(text.split("\n"));
  for (const fraction of [0.1, 0.3, 0.5, 0.7, 0.9, 0.99]) add(`pdf-cut-${Math.round(fraction * 100)}pc`, ".pdf", pdf.slice(0, Math.floor(pdf.length * fraction)), "report", "either");
  const pdfs: Record<string, Uint8Array | string> = {
    "header-only": "%PDF-1.4\n",
    "bad-xref": "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R /Size 9 >>\nstartxref\n999999\n%%EOF\n",
    "no-text": sources.pdf([]),
    "not-pdf-named-pdf": "plain words, not a PDF",
    "encrypted-marker": "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >> >>\n%%EOF\n",
    "xlsx-named-pdf": base,
    "random": Uint8Array.from({ length: 3000 }, () => Math.floor(rand() * 256)),
    "huge-page-count": "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count 99999999 /Kids [] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
    "kids-loop": "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count 1 /Kids [2 0 R] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  };
  for (const [name, bytes] of Object.entries(pdfs)) add(`pdf-${name}`, ".pdf", bytes, "report", "unusable");
  for (let i = 0; i < 6; i++) {
    const bytes = pdf.slice();
    for (let k = 0; k < 5; k++) {
      const at = 10 + Math.floor(rand() * (bytes.length - 20));
      bytes[at] = Math.floor(rand() * 256);
    }
    add(`pdf-bytes-changed-${i}`, ".pdf", bytes, "report", "either");
  }
  return inputs;
}
