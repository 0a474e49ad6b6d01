/**
 * Storage for one worksheet's cells: contents per cell, and formats that may be set per cell or on whole
 * blocks (a whole column's wrap or fill must not allocate a million cells).
 */
import { MAX_COLUMNS, containsCell, containsRect, isEntireColumn, isEntireRow, type Rect } from "./addresses";
import type { CellScalar } from "./values-parsing";

export interface CellContent {
  readonly value: CellScalar;
  readonly formula: string | null;
  readonly quotePrefix: boolean;
}

const keyOf = (row: number, column: number): number => row * MAX_COLUMNS + column;

export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

function positionOf(key: number): CellPosition {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

/** Non-empty cell contents, sparse. */
export class CellContents {
  private readonly cells = new Map<number, CellContent>();

  get(row: number, column: number): CellContent | undefined {
    return this.cells.get(keyOf(row, column));
  }

  set(row: number, column: number, content: CellContent): void {
    if (content.value === "" && content.formula === null && !content.quotePrefix) this.cells.delete(keyOf(row, column));
    else this.cells.set(keyOf(row, column), content);
  }

  clear(area: Rect): void {
    for (const [key] of [...this.cells]) {
      const p = positionOf(key);
      if (containsCell(area, p.row, p.column)) this.cells.delete(key);
    }
  }

  *entries(): IterableIterator<[CellPosition, CellContent]> {
    for (const [key, content] of this.cells) yield [positionOf(key), content];
  }

  get size(): number {
    return this.cells.size;
  }
}

interface Layer<T> {
  readonly area: Rect;
  readonly value: T | undefined;
  readonly seq: number;
}

/**
 * A format property (number format, wrap, fill...) set per cell or per block; the latest setting that
 * covers a cell wins. `undefined` means "back to the default".
 */
export class LayeredFormat<T> {
  private layers: Layer<T>[] = [];
  private readonly cells = new Map<number, { value: T | undefined; seq: number }>();
  private seq = 0;

  setArea(area: Rect, value: T | undefined): void {
    this.seq += 1;
    if (area.rowCount === 1 && area.columnCount === 1) {
      this.cells.set(keyOf(area.row, area.column), { value, seq: this.seq });
      return;
    }
    this.layers = this.layers.filter((layer) => !containsRect(area, layer.area));
    this.layers.push({ area, value, seq: this.seq });
  }

  setCell(row: number, column: number, value: T | undefined): void {
    this.seq += 1;
    this.cells.set(keyOf(row, column), { value, seq: this.seq });
  }

  get(row: number, column: number): T | undefined {
    const cell = this.cells.get(keyOf(row, column));
    for (let i = this.layers.length - 1; i >= 0; i -= 1) {
      const layer = this.layers[i];
      if (layer && containsCell(layer.area, row, column)) {
        return cell && cell.seq > layer.seq ? cell.value : layer.value;
      }
    }
    return cell?.value;
  }

  /**
   * Moves the settings inside `band` one column right (a table column was inserted at band.column).
   * Blocks that start left of the band and reach into it widen by one; blocks that also cover rows
   * outside the band (a whole-column format) stay where they are.
   */
  shiftRight(band: Rect): void {
    const inBand = (row: number, column: number): boolean => containsCell(band, row, column);
    const moving = [...this.cells].filter(([key]) => {
      const p = positionOf(key);
      return inBand(p.row, p.column);
    });
    for (const [key] of moving) this.cells.delete(key);
    for (const [key, cell] of moving) {
      const p = positionOf(key);
      if (p.column + 1 < MAX_COLUMNS) this.cells.set(keyOf(p.row, p.column + 1), cell);
    }
    this.layers = this.layers.map((layer) => {
      const a = layer.area;
      const rowsInside = a.row >= band.row && a.row + a.rowCount <= band.row + band.rowCount;
      // Whole-row formats reach the last column and have nowhere to grow: they stay as they are.
      if (!rowsInside || a.column + a.columnCount <= band.column || a.column + a.columnCount >= MAX_COLUMNS) return layer;
      const area =
        a.column >= band.column
          ? { ...a, column: a.column + 1 }
          : { ...a, columnCount: a.columnCount + 1 };
      return { ...layer, area };
    });
  }

  /** Cells and bounded blocks with a non-default setting (whole rows/columns do not extend a used range). */
  *boundedAreas(): IterableIterator<Rect> {
    for (const [key, cell] of this.cells) {
      if (cell.value !== undefined) {
        const p = positionOf(key);
        yield { row: p.row, column: p.column, rowCount: 1, columnCount: 1 };
      }
    }
    for (const layer of this.layers) {
      if (layer.value !== undefined && !isEntireColumn(layer.area) && !isEntireRow(layer.area)) yield layer.area;
    }
  }
}

/** All the per-cell formats the fake models. */
export class CellFormats {
  readonly numberFormat = new LayeredFormat<string>();
  readonly wrapText = new LayeredFormat<boolean>();
  readonly fillColor = new LayeredFormat<string>();
  readonly fontColor = new LayeredFormat<string>();
  readonly fontBold = new LayeredFormat<boolean>();
  readonly fontItalic = new LayeredFormat<boolean>();
  readonly fontSize = new LayeredFormat<number>();
  readonly verticalAlignment = new LayeredFormat<string>();

  private all(): LayeredFormat<unknown>[] {
    return [this.numberFormat, this.wrapText, this.fillColor, this.fontColor, this.fontBold, this.fontItalic, this.fontSize, this.verticalAlignment];
  }

  clear(area: Rect): void {
    this.numberFormat.setArea(area, undefined);
    this.wrapText.setArea(area, undefined);
    this.fillColor.setArea(area, undefined);
    this.fontColor.setArea(area, undefined);
    this.fontBold.setArea(area, undefined);
    this.fontItalic.setArea(area, undefined);
    this.fontSize.setArea(area, undefined);
    this.verticalAlignment.setArea(area, undefined);
  }

  shiftRight(band: Rect): void {
    for (const format of this.all()) format.shiftRight(band);
  }

  *boundedAreas(): IterableIterator<Rect> {
    for (const format of this.all()) yield* format.boundedAreas();
  }
}
