/**
 * office-js sets column widths in points; people (and .xlsx files) think in characters of the
 * default font. With Calibri 11 a character is 7 pixels plus 5 pixels of padding, and a pixel is
 * three quarters of a point.
 */
export function characterWidthToPoints(characters: number): number {
  return Math.round((Math.trunc(characters * 7 + 5) * 3) / 4);
}
