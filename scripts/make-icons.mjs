#!/usr/bin/env node
// Draws the Rating Matrix icon (a 3x3 grid of red/amber/green/blue cells on
// white, with dark grid lines) at every size the manifest needs and writes
// assets/icon-<size>.png. Uses only Node built-ins, so running it again gives
// the same files: `node scripts/make-icons.mjs`.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const SIZES = [16, 32, 64, 80, 128];

const WHITE = [0xff, 0xff, 0xff];
const DARK = [0x1f, 0x29, 0x37];
const RED = [0xd4, 0x35, 0x1c];
const AMBER = [0xf4, 0x99, 0x00];
const GREEN = [0x00, 0x7a, 0x3d];
const BLUE = [0x1d, 0x70, 0xb8];

// Row by row, top to bottom.
const CELLS = [
  [GREEN, AMBER, RED],
  [AMBER, GREEN, BLUE],
  [RED, BLUE, GREEN],
];

// ---- CRC32 (ISO-HDLC, polynomial 0xEDB88320), as PNG chunks require ----
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes) {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes an RGB pixel array (size*size*3 bytes) as a truecolour 8-bit PNG. */
export function encodePng(size, rgb) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); // width
  ihdr.writeUInt32BE(size, 4); // height
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour (RGB)
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = size * 3;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgb.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Draws the icon at the given size and returns its RGB pixels. */
export function drawIcon(size) {
  const rgb = Buffer.alloc(size * size * 3);
  const fill = (x0, y0, x1, y1, colour) => {
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * size + x) * 3;
        rgb[i] = colour[0];
        rgb[i + 1] = colour[1];
        rgb[i + 2] = colour[2];
      }
    }
  };
  fill(0, 0, size, size, WHITE);

  const margin = Math.max(1, Math.round(size / 16)); // white border round the grid
  const line = Math.max(1, Math.round(size / 32)); // dark grid-line thickness
  const span = size - 2 * margin;
  // Start of each of the four grid lines (outer frame plus two inner lines).
  const lines = [0, 1, 2, 3].map((i) => margin + Math.round((i * (span - line)) / 3));

  fill(margin, margin, size - margin, size - margin, DARK);
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      fill(lines[col] + line, lines[row] + line, lines[col + 1], lines[row + 1], CELLS[row][col]);
    }
  }
  return rgb;
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const outDir = join(root, "assets");
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = join(outDir, `icon-${size}.png`);
    const png = encodePng(size, drawIcon(size));
    writeFileSync(file, png);
    console.log(`wrote assets/icon-${size}.png (${size}x${size}, ${png.length} bytes)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
