/** Colour values as Excel accepts them (`#RRGGBB` or an HTML colour name) and reads them back (`#RRGGBB`). */
import { invalidArgument, notImplemented } from "./errors";

const NAMED: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  purple: "#800080",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  maroon: "#800000",
  navy: "#000080",
  teal: "#008080",
  olive: "#808000",
  aqua: "#00FFFF",
  fuchsia: "#FF00FF",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightgreen: "#90EE90",
  darkgreen: "#006400",
  darkred: "#8B0000",
  gold: "#FFD700",
};

/** "#c6efce" → "#C6EFCE", "red" → "#FF0000"; garbage → InvalidArgument. */
export function normaliseColour(input: unknown, location: string): string {
  if (typeof input !== "string") throw invalidArgument(`A colour must be a string, got ${typeof input}.`, location);
  if (/^#[0-9A-Fa-f]{6}$/.test(input)) return input.toUpperCase();
  const named = NAMED[input.toLowerCase()];
  if (named !== undefined) return named;
  if (/^[A-Za-z]+$/.test(input)) throw notImplemented(`the colour name "${input}" (use #RRGGBB).`, location);
  throw invalidArgument(`"${input}" is not a colour (expected #RRGGBB or an HTML colour name).`, location);
}
