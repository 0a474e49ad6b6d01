import fc from "fast-check";
import { fullLabelKey, labelKey } from "../../src/core/label-key";

describe("labelKey", () => {
  it("gives the same key on its fast path as the full normalisation", () => {
    fc.assert(fc.property(fc.string({ unit: "binary-ascii" }), (text) => expect(labelKey(text)).toBe(fullLabelKey(text))));
    fc.assert(fc.property(fc.string(), (text) => expect(labelKey(text)).toBe(fullLabelKey(text))));
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
