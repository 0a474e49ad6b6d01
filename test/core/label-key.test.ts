import fc from "fast-check";
import { labelKey } from "../../src/core/label-key";

/** The full normalisation, without the ASCII fast path. */
function slowKey(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\s\u00A0]+/g, " ")
    .trim()
    .toLocaleLowerCase("en-GB");
}

describe("labelKey", () => {
  it("gives the same key on its fast path as the full normalisation", () => {
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (text) => expect(labelKey(text)).toBe(slowKey(text))));
    fc.assert(fc.property(fc.string(), (text) => expect(labelKey(text)).toBe(slowKey(text))));
  });

  it("ignores case, runs of spaces, non-breaking spaces, curly quotes and full-width letters", () => {
    expect(labelKey("  Development\u00A0 Area ")).toBe("development area");
    expect(labelKey("Ｄｅｖｅｌｏｐｍｅｎｔ")).toBe("development");
    expect(labelKey("Owner\u2019s")).toBe("owner's");
    expect(labelKey("a\tb")).toBe("a b");
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (text) => expect(labelKey(labelKey(text))).toBe(labelKey(text))));
  });
});
