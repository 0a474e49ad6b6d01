/** A binary PPM image (P6), as `pdftoppm -ppm` writes it: width, height and RGB bytes. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly rgb: Uint8Array;
}

export function parsePpm(data: Uint8Array): Pixels {
  let offset = 0;
  const token = (): string => {
    while (offset < data.length && /\s/.test(String.fromCharCode(data[offset] as number))) offset++;
    let text = "";
    while (offset < data.length && !/\s/.test(String.fromCharCode(data[offset] as number))) text += String.fromCharCode(data[offset++] as number);
    return text;
  };
  if (token() !== "P6") throw new Error("Not a binary PPM (P6) image.");
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (max !== 255) throw new Error(`Unsupported PPM depth ${max}.`);
  offset++; // the single whitespace after the header
  return { width, height, rgb: data.subarray(offset, offset + width * height * 3) };
}

/** How many pixels are within `tolerance` (per channel) of "#RRGGBB". */
export function countColour(image: Pixels, hex: string, tolerance = 6): number {
  const n = parseInt(hex.replace("#", ""), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  let count = 0;
  for (let i = 0; i + 2 < image.rgb.length; i += 3) {
    if (Math.abs((image.rgb[i] as number) - r) <= tolerance && Math.abs((image.rgb[i + 1] as number) - g) <= tolerance && Math.abs((image.rgb[i + 2] as number) - b) <= tolerance) count++;
  }
  return count;
}
