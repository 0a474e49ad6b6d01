import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import { crc32 } from "../../src/xlsx/zip-limits";

// The zip checksum is computed eight bytes a step; Node's own zlib (20.15 and later) is the reference.
const reference = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;

(reference ? describe : describe.skip)("CRC-32 of inflated parts", () => {
  it.each([0, 1, 7, 8, 9, 15, 16, 17, 1000, 65_537])("equals zlib's for %i random bytes", (length) => {
    const bytes = new Uint8Array(randomBytes(length));
    expect(crc32(bytes)).toBe((reference as (data: Uint8Array) => number)(bytes));
  });

  it("gives the well-known value of '123456789'", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
