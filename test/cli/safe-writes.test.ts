import { chmodSync, chownSync, existsSync, linkSync, lstatSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { writeFileSafely } from "../../src/cli/write-file";
import { cli, useTempDir } from "./run-cli";

const dir = useTempDir();
const file = (name: string): string => path.join(dir(), name);
const isRoot = process.getuid?.() === 0;

async function workbook(name: string): Promise<string> {
  expect((await cli("init", file(name))).code).toBe(0);
  return file(name);
}

/** Only the files named, nothing left over from a write (temporary files start with a dot). */
function folderHolds(...names: string[]): void {
  expect(readdirSync(dir()).sort()).toEqual([...names].sort());
}

describe("writing never loosens what the user set", () => {
  it("repair --in-place keeps a private workbook private (mode 0600) and, where it can, its owner", async () => {
    const input = await workbook("private.xlsx");
    chmodSync(input, 0o600);
    if (isRoot) chownSync(input, 65534, 65534);
    expect((await cli("repair", input, "--in-place")).code).toBe(0);
    const after = statSync(input);
    expect(after.mode & 0o777).toBe(0o600);
    if (isRoot) expect([after.uid, after.gid]).toEqual([65534, 65534]);
    folderHolds("private.xlsx");
  });

  it("refuses to replace a read-only file (0444), as Excel refuses, and changes nothing", async () => {
    const input = await workbook("locked.xlsx");
    chmodSync(input, 0o444);
    const before = readFileSync(input);
    const run = await cli("repair", input, "--in-place");
    expect(run).toMatchObject({ code: 2, err: expect.stringMatching(/locked\.xlsx: is read-only; it is not replaced/) });
    expect(readFileSync(input).equals(before)).toBe(true);
    expect((await cli("init", input, "--force")).code).toBe(2);
    folderHolds("locked.xlsx");
  });

  it("writes through a symbolic link: the link stays and its target gets the new workbook", async () => {
    const real = await workbook("real.xlsx");
    symlinkSync("real.xlsx", file("link.xlsx"));
    const before = readFileSync(real);
    expect((await cli("repair", file("link.xlsx"), "--in-place")).code).toBe(0);
    expect(lstatSync(file("link.xlsx")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(file("link.xlsx"))).toBe("real.xlsx");
    expect(readFileSync(real).equals(before)).toBe(false);
    folderHolds("link.xlsx", "real.xlsx");
  });

  it("keeps hard links: every name still shows the one repaired file", async () => {
    const input = await workbook("one.xlsx");
    linkSync(input, file("two.xlsx"));
    expect((await cli("repair", input, "--in-place")).code).toBe(0);
    expect(statSync(input).ino).toBe(statSync(file("two.xlsx")).ino);
    expect(statSync(input).nlink).toBe(2);
    folderHolds("one.xlsx", "two.xlsx");
  });

  it("an output name too long for the file system, or ending in a slash, is one line with exit 2, never exit 3", async () => {
    const input = await workbook("in.xlsx");
    // 250 characters fit a file name; the temporary file's name must not be longer than the output's.
    const long = `${"n".repeat(245)}.xlsx`;
    const ok = await cli("repair", input, "-o", file(long));
    expect(ok).toMatchObject({ code: 0 });
    const tooLong = await cli("repair", input, "-o", file(`${"n".repeat(300)}.xlsx`));
    expect(tooLong).toMatchObject({ code: 2, err: expect.stringMatching(/the name is too long for the file system/) });
    expect(tooLong.err.split("\n")).toHaveLength(1);
    const slash = await cli("repair", input, "-o", `${file("out.xlsx")}/`);
    expect(slash).toMatchObject({ code: 2, err: expect.stringMatching(/out\.xlsx\/: names a folder/) });
    folderHolds("in.xlsx", long);
  });

  it("claims a new output's name atomically: of two runs writing the same new file without --force, one is refused", async () => {
    const runs = await Promise.all([cli("init", file("both.xlsx")), cli("init", file("both.xlsx"), "--scale", "rag-3")]);
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    expect(runs.find((r) => r.code === 2)?.err).toMatch(/both\.xlsx: already exists/);
    folderHolds("both.xlsx");
  });

  it("the same with the writer alone, and an existing file is never replaced unless asked", async () => {
    const results = await Promise.allSettled([
      writeFileSafely(file("new.xlsx"), "new.xlsx", Buffer.from("first"), false),
      writeFileSafely(file("new.xlsx"), "new.xlsx", Buffer.from("second"), false),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(String(refused.reason)).toMatch(/new\.xlsx: already exists/);
    expect(["first", "second"]).toContain(readFileSync(file("new.xlsx"), "utf8"));
    folderHolds("new.xlsx");
    // And an existing file is never replaced without being asked to.
    await expect(writeFileSafely(file("new.xlsx"), "new.xlsx", Buffer.from("third"), false)).rejects.toThrow(/already exists/);
    expect(existsSync(file("new.xlsx"))).toBe(true);
  });

  it("report keeps the same rules for the document it writes", async () => {
    const input = await workbook("in.xlsx");
    writeFileSync(file("review.docx"), "old");
    chmodSync(file("review.docx"), 0o444);
    expect((await cli("report", input, "-o", file("review.docx"), "--force")).err).toMatch(/is read-only/);
    expect(readFileSync(file("review.docx"), "utf8")).toBe("old");
  });
});
