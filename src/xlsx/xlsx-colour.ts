/** "#C6EFCE" as .xlsx files store colours: alpha first, "FFC6EFCE". Null when it is not #RRGGBB. */
export function hexToArgb(hex: string): string | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  return match ? `FF${(match[1] as string).toUpperCase()}` : null;
}

/** "FFC6EFCE" (or "C6EFCE") back to "#C6EFCE"; null for theme or indexed colours. */
export function argbToHex(argb: string | undefined): string | null {
  if (!argb) return null;
  const match = /^(?:[0-9a-f]{2})?([0-9a-f]{6})$/i.exec(argb.trim());
  return match ? `#${(match[1] as string).toUpperCase()}` : null;
}
