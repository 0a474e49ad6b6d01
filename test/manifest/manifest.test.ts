/**
 * @jest-environment node
 */
// Checks manifest.xml against what Office needs and against the icon files in assets/.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { XMLParser } from "fast-xml-parser";

type XmlNode = Record<string, unknown>;

const ROOT = resolve(__dirname, "..", "..");
const MANIFEST_PATH = join(ROOT, "manifest.xml");
const ASSETS_DIR = join(ROOT, "assets");

// Elements that may repeat: always parse them as arrays so lookups do not depend on the count.
const REPEATING = new Set([
  "Host",
  "Set",
  "ExtensionPoint",
  "OfficeTab",
  "CustomTab",
  "Group",
  "Control",
  "bt:Image",
  "bt:Url",
  "bt:String",
  "AppDomain",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => REPEATING.has(name),
});

const manifestXml = readFileSync(MANIFEST_PATH, "utf8");
const doc = parser.parse(manifestXml) as XmlNode;

function isNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The single child element `name` of `node`; fails the test if it is missing. */
function child(node: XmlNode, name: string): XmlNode {
  const value = node[name];
  if (!isNode(value)) throw new Error(`expected one <${name}> element, found ${JSON.stringify(value)}`);
  return value;
}

/** All child elements `name` of `node` (possibly none). */
function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.filter(isNode);
}

function attr(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === "string" ? value : undefined;
}

function text(node: XmlNode, name: string): string {
  const value = node[name];
  if (typeof value === "string") return value;
  if (isNode(value) && typeof value["#text"] === "string") return value["#text"];
  throw new Error(`expected text in <${name}>, found ${JSON.stringify(value)}`);
}

/** Every string value in the tree that is a URL, except namespace declarations (xmlns). */
function collectUrls(value: unknown, key = "", out: string[] = []): string[] {
  if (typeof value === "string") {
    if (!key.startsWith("@_xmlns") && /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) out.push(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) collectUrls(item, key, out);
  } else if (isNode(value)) {
    for (const [k, v] of Object.entries(value)) collectUrls(v, k, out);
  }
  return out;
}

/** Width and height from a PNG file's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG file`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} does not start with an IHDR chunk`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The assets/ file an icon URL points at: the URL path must be /assets/<file>. */
function assetFileFor(url: string): string {
  const { pathname } = new URL(url);
  const match = /\/assets\/([^/]+)$/.exec(pathname);
  if (!match || match[1] === undefined) throw new Error(`icon URL ${url} does not point into assets/`);
  return join(ASSETS_DIR, decodeURIComponent(match[1]));
}

function expectIconOfSize(url: string, size: number): void {
  const file = assetFileFor(url);
  expect(existsSync(file)).toBe(true);
  expect(pngSize(file)).toEqual({ width: size, height: size });
}

const app = child(doc, "OfficeApp");
const overrides = child(app, "VersionOverrides");
const resources = child(overrides, "Resources");

function resourceUrl(collection: string, item: string, id: string): string {
  const matches = children(child(resources, collection), item).filter((node) => attr(node, "id") === id);
  expect(matches).toHaveLength(1);
  const url = attr(matches[0] as XmlNode, "DefaultValue");
  if (url === undefined) throw new Error(`resource ${id} has no DefaultValue`);
  return url;
}

describe("manifest.xml", () => {
  it("is a task-pane add-in manifest", () => {
    expect(attr(app, "xsi:type")).toBe("TaskPaneApp");
  });

  it("has a GUID Id", () => {
    expect(text(app, "Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("has a four-part Version", () => {
    expect(text(app, "Version")).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("has a non-empty DisplayName and Description", () => {
    expect(attr(child(app, "DisplayName"), "DefaultValue")?.trim()).toBeTruthy();
    expect(attr(child(app, "Description"), "DefaultValue")?.trim()).toBeTruthy();
  });

  it("uses a 32 px IconUrl and a 64 px HighResolutionIconUrl from assets/", () => {
    const icon = attr(child(app, "IconUrl"), "DefaultValue");
    const highRes = attr(child(app, "HighResolutionIconUrl"), "DefaultValue");
    expect(icon).toBeDefined();
    expect(highRes).toBeDefined();
    expectIconOfSize(icon as string, 32);
    expectIconOfSize(highRes as string, 64);
  });

  it("has ribbon images whose files have the size each Icon asks for (16, 32 and 80 px)", () => {
    // Collect every <bt:Image size="..." resid="..."/> used by an <Icon> anywhere in VersionOverrides.
    const uses: { size: number; resid: string }[] = [];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) {
        value.forEach(visit);
      } else if (isNode(value)) {
        for (const [key, v] of Object.entries(value)) {
          if (key === "Icon" && isNode(v)) {
            for (const image of children(v, "bt:Image")) {
              const size = Number(attr(image, "size"));
              const resid = attr(image, "resid");
              if (!Number.isInteger(size) || resid === undefined) throw new Error(`bad Icon image ${JSON.stringify(image)}`);
              uses.push({ size, resid });
            }
          }
          visit(v);
        }
      }
    };
    visit(child(overrides, "Hosts"));

    expect(uses.length).toBeGreaterThan(0);
    expect(new Set(uses.map((u) => u.size))).toEqual(new Set([16, 32, 80]));

    const images = children(child(resources, "bt:Images"), "bt:Image");
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      const id = attr(image, "id");
      const sizes = new Set(uses.filter((u) => u.resid === id).map((u) => u.size));
      // Each image resource is used, and always at one size.
      expect({ id, sizes: sizes.size }).toEqual({ id, sizes: 1 });
    }
    for (const use of uses) {
      expectIconOfSize(resourceUrl("bt:Images", "bt:Image", use.resid), use.size);
    }
  });

  it("uses https for every URL", () => {
    const urls = collectUrls(doc);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe("https:");
    }
  });

  it("asks for ReadWriteDocument permission", () => {
    expect(text(app, "Permissions")).toBe("ReadWriteDocument");
  });

  it("targets Excel workbooks only", () => {
    const hosts = children(child(app, "Hosts"), "Host");
    expect(hosts.map((host) => attr(host, "Name"))).toEqual(["Workbook"]);
  });

  it("requires an ExcelApi requirement set with a MinVersion", () => {
    const sets = children(child(child(app, "Requirements"), "Sets"), "Set").filter((set) => attr(set, "Name") === "ExcelApi");
    expect(sets).toHaveLength(1);
    expect(attr(sets[0] as XmlNode, "MinVersion")).toMatch(/^\d+\.\d+$/);
  });

  it("has a Home-tab button that shows the task pane from taskpane.html", () => {
    const workbookHosts = children(child(overrides, "Hosts"), "Host").filter((host) => attr(host, "xsi:type") === "Workbook");
    expect(workbookHosts).toHaveLength(1);
    const formFactor = child(workbookHosts[0] as XmlNode, "DesktopFormFactor");

    const buttons = children(formFactor, "ExtensionPoint")
      .filter((point) => attr(point, "xsi:type") === "PrimaryCommandSurface")
      .flatMap((point) => children(point, "OfficeTab"))
      .filter((tab) => attr(tab, "id") === "TabHome")
      .flatMap((tab) => children(tab, "Group"))
      .flatMap((group) => children(group, "Control"))
      .filter((control) => attr(control, "xsi:type") === "Button");
    expect(buttons.length).toBeGreaterThan(0);

    const taskpaneButtons = buttons.filter((button) => attr(child(button, "Action"), "xsi:type") === "ShowTaskpane");
    expect(taskpaneButtons).toHaveLength(1);
    const action = child(taskpaneButtons[0] as XmlNode, "Action");
    expect(text(action, "TaskpaneId")).toBe("RatingMatrixPane");

    const resid = attr(child(action, "SourceLocation"), "resid");
    expect(resid).toBeDefined();
    expect(new URL(resourceUrl("bt:Urls", "bt:Url", resid as string)).pathname).toMatch(/\/taskpane\.html$/);
  });

  it("opens taskpane.html by default", () => {
    const source = attr(child(child(app, "DefaultSettings"), "SourceLocation"), "DefaultValue");
    expect(source).toBeDefined();
    expect(new URL(source as string).pathname).toMatch(/\/taskpane\.html$/);
  });
});
