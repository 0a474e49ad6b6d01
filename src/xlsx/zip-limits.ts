import type JSZip from "jszip";

/**
 * What an .xlsx archive may hold before anything in it is inflated (docs/cli.md, "Limits"). An
 * archive past them is refused with its reason: a few kilobytes of zip can inflate to gigabytes.
 */
export interface ZipLimits {
  readonly entries: number;
  readonly entryBytes: number;
  readonly totalBytes: number;
  readonly ratio: number;
  readonly ratioFromBytes: number;
}

export const ZIP_LIMITS: ZipLimits = {
  /** Parts (files) in the archive. */
  entries: 10_000,
  /** Inflated size of one part. */
  entryBytes: 200 * 1024 * 1024,
  /** Inflated size of all parts together. */
  totalBytes: 500 * 1024 * 1024,
  /**
   * Inflated size over compressed size, for parts inflating past `ratioFromBytes`. Real workbooks can
   * pass 200:1 (the sharedStrings of 200 cells of 32,767 repeated characters is 6 MB at ~1,000:1), so
   * the ratio only judges parts larger than any such workbook needs; the size limits bound the rest.
   */
  ratio: 200,
  ratioFromBytes: 32 * 1024 * 1024,
};

/** The largest .xlsx file read at all, by the command line and the preview alike (100 MB). */
export const WORKBOOK_FILE_BYTES = 100 * 1024 * 1024;

/** Why a file of `bytes` bytes is not read, or null when it may be. */
export function workbookFileSizeProblem(bytes: number): string | null {
  const mb = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
  return bytes > WORKBOOK_FILE_BYTES ? `The file is ${mb(bytes)}, larger than the ${mb(WORKBOOK_FILE_BYTES)} a workbook may be here.` : null;
}

interface ChunkStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): ChunkStream;
  on(event: "error", listener: (error: unknown) => void): ChunkStream;
  on(event: "end", listener: () => void): ChunkStream;
  pause(): ChunkStream;
  resume(): ChunkStream;
}

/** The sizes JSZip read from the archive's central directory; nothing is inflated to know them. */
interface StoredSizes {
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** The checksum the directory states for the inflated bytes. */
  readonly crc32: number;
}

function storedSizes(entry: JSZip.JSZipObject): StoredSizes | null {
  const data = (entry as unknown as { _data?: Partial<StoredSizes> })._data;
  return data && typeof data.compressedSize === "number" && typeof data.uncompressedSize === "number"
    ? { compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize, crc32: typeof data.crc32 === "number" ? data.crc32 >>> 0 : -1 }
    : null;
}

/**
 * CRC-32 tables for slicing by 8 (eight bytes a step): the checksum of every part is computed as it
 * is inflated, and a byte at a time it was a tenth of `check`'s time on a 10,000-action workbook.
 */
const CRC_TABLES = (() => {
  const tables = Array.from({ length: 8 }, () => new Uint32Array(256));
  const first = tables[0] as Uint32Array;
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    first[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let t = 1; t < 8; t++) {
      const previous = (tables[t - 1] as Uint32Array)[n] as number;
      (tables[t] as Uint32Array)[n] = (previous >>> 8) ^ (first[previous & 0xff] as number);
    }
  }
  return tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
})();

function crcUpdate(crc: number, chunk: Uint8Array): number {
  const [t0, t1, t2, t3, t4, t5, t6, t7] = CRC_TABLES;
  let c = crc;
  let i = 0;
  const end8 = chunk.length - (chunk.length % 8);
  for (; i < end8; i += 8) {
    const lo = (c ^ ((chunk[i] as number) | ((chunk[i + 1] as number) << 8) | ((chunk[i + 2] as number) << 16) | ((chunk[i + 3] as number) << 24))) >>> 0;
    const hi = ((chunk[i + 4] as number) | ((chunk[i + 5] as number) << 8) | ((chunk[i + 6] as number) << 16) | ((chunk[i + 7] as number) << 24)) >>> 0;
    c =
      (t7[lo & 0xff] as number) ^
      (t6[(lo >>> 8) & 0xff] as number) ^
      (t5[(lo >>> 16) & 0xff] as number) ^
      (t4[lo >>> 24] as number) ^
      (t3[hi & 0xff] as number) ^
      (t2[(hi >>> 8) & 0xff] as number) ^
      (t1[(hi >>> 16) & 0xff] as number) ^
      (t0[hi >>> 24] as number);
  }
  for (; i < chunk.length; i++) c = (t0[(c ^ (chunk[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return c >>> 0;
}

/** The CRC-32 of `bytes`, as a zip records it (exported for its test). */
export function crc32(bytes: Uint8Array): number {
  return (crcUpdate(0xffffffff, bytes) ^ 0xffffffff) >>> 0;
}

/**
 * Why the archive names a part twice, or null. A zip reader keeps one of two parts with the same
 * name, silently; which one differs between readers (Excel's and ours), so such a file is refused.
 * Counts the directory records the end record states against the distinct names read.
 */
export function duplicatePartsProblem(bytes: Uint8Array, zip: JSZip): string | null {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x05 || bytes[at + 3] !== 0x06) continue;
    const count = (bytes[at + 10] ?? 0) | ((bytes[at + 11] ?? 0) << 8);
    const names = Object.keys(zip.files).length;
    return count !== 0xffff && count > names ? `The archive holds ${count - names} ${count - names === 1 ? "part" : "parts"} under a name another part already has; which one counts is not certain, so it is not opened.` : null;
  }
  return null;
}

function mebibytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Why the archive holds too many parts, read from its end-of-directory record alone (the last 22
 * bytes or so), before the directory itself is parsed; null when the count is within the limit or
 * the record is not found (the zip reader then says what is wrong).
 */
export function zipEntryCountProblem(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): string | null {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes[at] !== 0x50 || bytes[at + 1] !== 0x4b || bytes[at + 2] !== 0x05 || bytes[at + 3] !== 0x06) continue;
    const count = (bytes[at + 10] ?? 0) | ((bytes[at + 11] ?? 0) << 8);
    return count > limits.entries && count !== 0xffff ? `The archive holds ${count} parts, more than the ${limits.entries} a workbook may have.` : null;
  }
  return null;
}

/** Why the archive's directory is past the limits, in one sentence, or null. Reads sizes only. */
export function zipDirectoryProblem(zip: JSZip, limits: ZipLimits = ZIP_LIMITS): string | null {
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > limits.entries) return `The archive holds ${entries.length} parts, more than the ${limits.entries} a workbook may have.`;
  let total = 0;
  for (const entry of entries) {
    const sizes = storedSizes(entry);
    if (!sizes) continue;
    const problem = entryProblem(entry.name, sizes.uncompressedSize, sizes.compressedSize, limits);
    if (problem) return problem;
    total += sizes.uncompressedSize;
    if (total > limits.totalBytes) return `The archive's parts inflate to more than ${mebibytes(limits.totalBytes)} in all, past the limit for a workbook.`;
  }
  return null;
}

function entryProblem(name: string, inflated: number, compressed: number, limits: ZipLimits): string | null {
  if (inflated > limits.entryBytes) return `The part ${name} inflates to ${mebibytes(inflated)}, more than the ${mebibytes(limits.entryBytes)} one part may hold.`;
  if (inflated > limits.ratioFromBytes && inflated > limits.ratio * Math.max(1, compressed)) {
    return `The part ${name} inflates more than ${limits.ratio} times its stored size (a "zip bomb"), so it is not opened.`;
  }
  return null;
}

/**
 * Inflates every part once, counting the bytes as they come and stopping at the first part past
 * the limits: the sizes the directory states may lie. Checks each part's checksum on the way.
 * Memory use stays at one chunk per part.
 */
export async function zipContentProblem(zip: JSZip, limits: ZipLimits = ZIP_LIMITS): Promise<string | null> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const stored = storedSizes(entry);
    const compressed = stored?.compressedSize ?? 0;
    const problem = await new Promise<string | null>((resolve) => {
      let inflated = 0;
      let crc = 0xffffffff;
      let settled = false;
      // Not in JSZip's typings, but public: the inflated part as a stream of chunks.
      const stream = (entry as unknown as { internalStream(type: "uint8array"): ChunkStream }).internalStream("uint8array");
      const finish = (value: string | null): void => {
        if (settled) return;
        settled = true;
        stream.pause();
        resolve(value);
      };
      stream
        .on("data", (chunk: Uint8Array) => {
          inflated += chunk.length;
          total += chunk.length;
          crc = crcUpdate(crc, chunk);
          const over =
            entryProblem(entry.name, inflated, compressed, limits) ??
            (total > limits.totalBytes ? `The archive's parts inflate to more than ${mebibytes(limits.totalBytes)} in all, past the limit for a workbook.` : null);
          if (over) finish(over);
        })
        .on("error", () => finish(`The part ${entry.name} is damaged and cannot be inflated.`))
        .on("end", () => {
          const checksum = (crc ^ 0xffffffff) >>> 0;
          finish(stored && stored.crc32 >= 0 && checksum !== stored.crc32 ? `The part ${entry.name} is damaged: its checksum does not match (the file may have been changed or cut while copying).` : null);
        })
        .resume();
    });
    if (problem) return problem;
  }
  return null;
}
