/**
 * @jest-environment node
 */
// manifest.xml as Microsoft's own reader (office-addin-manifest) sees it. manifest.test.ts checks
// the parts this reader does not expose (VersionOverrides, requirement sets, ribbon icons).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const READER = path.join(__dirname, "read-with-office-tooling.cjs");

interface ManifestInfo {
  readonly error?: string;
  readonly id?: string;
  readonly officeAppType?: string;
  readonly hosts?: readonly string[];
  readonly permissions?: string;
  readonly defaultLocale?: string;
  readonly displayName?: string;
  readonly providerName?: string;
  readonly version?: string;
  readonly iconUrl?: string;
  readonly highResolutionIconUrl?: string;
  readonly supportUrl?: string;
  readonly defaultSettings?: { readonly sourceLocation?: string };
}

function read(file: string): ManifestInfo {
  const run = spawnSync(process.execPath, [READER, file], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return JSON.parse(run.stdout) as ManifestInfo;
}

describe("manifest.xml read by office-addin-manifest", () => {
  let info: ManifestInfo;
  beforeAll(() => {
    info = read(path.join(ROOT, "manifest.xml"));
  }, 60_000);

  it("is well-formed XML that the reader accepts", () => {
    expect(info.error).toBeUndefined();
  });

  it("describes a task pane add-in for Excel workbooks that may change the document", () => {
    expect(info).toMatchObject({ officeAppType: "TaskPaneApp", hosts: ["Workbook"], permissions: "ReadWriteDocument", defaultLocale: "en-GB" });
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(info.displayName).toBe("Rating Matrix");
  });

  it("opens taskpane.html and points its icons at files in assets/, all on the development server", () => {
    expect(info.defaultSettings?.sourceLocation).toBe("https://localhost:3000/taskpane.html");
    for (const url of [info.iconUrl, info.highResolutionIconUrl]) {
      expect(url).toMatch(/^https:\/\/localhost:3000\/assets\//);
      expect(existsSync(path.join(ROOT, new URL(url ?? "").pathname))).toBe(true);
    }
    expect(info.supportUrl).toBe("https://localhost:3000/support.html");
  });
});
