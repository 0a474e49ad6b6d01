import type { CellBlock } from "../core/a1";
import { blocksOverlap } from "../core/workbook-lookup";

/**
 * The cells of `from` that are not in `cut`, as at most four rectangles. Clearing a rule over a
 * range keeps the rule on the cells outside that range, as Excel does.
 */
export function blockDifference(from: CellBlock, cut: CellBlock): CellBlock[] {
  if (!blocksOverlap(from, cut)) return [from];
  const parts: CellBlock[] = [];
  const fromBottom = from.top + from.rows;
  const fromRight = from.left + from.columns;
  const cutBottom = cut.top + cut.rows;
  const cutRight = cut.left + cut.columns;
  if (cut.top > from.top) parts.push({ top: from.top, left: from.left, rows: cut.top - from.top, columns: from.columns });
  if (cutBottom < fromBottom) parts.push({ top: cutBottom, left: from.left, rows: fromBottom - cutBottom, columns: from.columns });
  const middleTop = Math.max(from.top, cut.top);
  const middleRows = Math.min(fromBottom, cutBottom) - middleTop;
  if (cut.left > from.left) parts.push({ top: middleTop, left: from.left, rows: middleRows, columns: cut.left - from.left });
  if (cutRight < fromRight) parts.push({ top: middleTop, left: cutRight, rows: middleRows, columns: fromRight - cutRight });
  return parts;
}
