/**
 * @jest-environment node
 */
// manifest-selftest.xml, the separate add-in that opens the self-test page, as Microsoft's own
// reader sees it, beside manifest.xml: another id, the same host and permissions, selftest.html.
import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const READER = path.join(__dirname, "read-with-office-tooling.cjs");

interface ManifestInfo {
  readonly error?: string;
  readonly id?: string;
  readonly hosts?: readonly string[];
  readonly permissions?: string;
  readonly displayName?: string;
  readonly defaultSettings?: { readonly sourceLocation?: string };
}

function read(file: string): ManifestInfo {
  const run = spawnSync(process.execPath, [READER, path.join(ROOT, file)], { encoding: "utf8", timeout: 60_000 });
  if (run.error) throw run.error;
  return JSON.parse(run.stdout) as ManifestInfo;
}

describe("manifest-selftest.xml", () => {
  it("is a separate Excel add-in that opens selftest.html with the add-in's permissions", () => {
    const selfTest = read("manifest-selftest.xml");
    const addIn = read("manifest.xml");
    expect(selfTest.error).toBeUndefined();
    expect(selfTest.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(selfTest.id).not.toBe(addIn.id);
    expect(selfTest.displayName).toBe("Rating Matrix self-test");
    expect(selfTest.hosts).toEqual(addIn.hosts);
    expect(selfTest.permissions).toBe(addIn.permissions);
    expect(selfTest.defaultSettings?.sourceLocation).toBe("https://localhost:3000/selftest.html");
  }, 60_000);
});
