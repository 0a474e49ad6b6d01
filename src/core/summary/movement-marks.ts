import type { Movement } from "./round-comparison";

/**
 * Each movement with a symbol before its word, so that it reads the same printed in black and white
 * as in colour. The symbols are in Windows' and Mac's standard fonts (Calibri, Arial) and in
 * LibreOffice's (DejaVu).
 */
const MARKS: Readonly<Record<Movement, string>> = {
  improved: "▲",
  declined: "▼",
  unchanged: "●",
  "newly rated": "►",
  "not rated": "○",
};

/** "newly rated" → "Newly rated": cells start with a capital, as the scale's labels do. */
export function movementLabel(movement: Movement): string {
  return movement.charAt(0).toUpperCase() + movement.slice(1);
}

/** "▲ Improved", "▼ Declined", "● Unchanged", "► Newly rated", "○ Not rated". */
export function movementText(movement: Movement): string {
  return `${MARKS[movement]} ${movementLabel(movement)}`;
}

/** Fill and font colours of each movement (none for unchanged), on the summary sheet and in the report. */
export const MOVEMENT_COLOURS: Readonly<Record<Movement, { readonly fill: string; readonly font: string } | null>> = {
  improved: { fill: "#C6EFCE", font: "#006100" },
  declined: { fill: "#FFC7CE", font: "#9C0006" },
  unchanged: null,
  "newly rated": { fill: "#DDEBF7", font: "#1F4E79" },
  "not rated": { fill: "#FFEB9C", font: "#7F4F00" },
};
