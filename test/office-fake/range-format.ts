/** `Excel.RangeFormat`, `RangeFill`, `RangeFont`: the formats the add-in sets (widths, wrap, fill, font). */
import { formatLocalAddress, lastColumn, type Rect } from "./addresses";
import { normaliseColour } from "./colours";
import { invalidArgument } from "./errors";
import type { LayeredFormat } from "./cell-store";
import { FakeClientObject, type Loadable, type Readers, type Resolver } from "./proxy-loading";
import type { RangeRef } from "./range";
import { autofitColumns, columnWidthOf, setColumnWidth } from "./range-writes";
import { autofitRows, setRowHeight, uniformRowHeight } from "./row-layout";
import type { FakeRequestContext } from "./request-context";
import type { SheetModel, WorkbookModel } from "./workbook-model";

/** The common value of a format over a range, or null when the cells differ (as Excel reports it). */
function uniform<T>(store: LayeredFormat<T>, area: Rect, fallback: T): T | null {
  let first: T | undefined;
  let seen = false;
  for (let r = area.row; r < area.row + Math.min(area.rowCount, 10_000); r += 1) {
    for (let c = area.column; c <= Math.min(lastColumn(area), area.column + 999); c += 1) {
      const v = store.get(r, c) ?? fallback;
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? null;
}

function setFormat<T>(
  model: WorkbookModel,
  ref: RangeRef,
  pick: (sheet: SheetModel) => LayeredFormat<T>,
  value: T | undefined,
  kind: string,
  location: string,
): void {
  model.assertWritable(ref.sheet, location);
  pick(ref.sheet).setArea(ref.area, value);
  model.record({ kind, sheet: ref.sheet.name, address: formatLocalAddress(ref.area), value: value ?? null });
}

function checkBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw invalidArgument(`Expected true or false, got ${typeof value}.`, location);
  return value;
}

interface RangeFormatSnapshot {
  columnWidth: number | null;
  rowHeight: number | null;
  wrapText: boolean | null;
  verticalAlignment: string | null;
}

const VERTICAL_ALIGNMENTS = new Set(["Top", "Center", "Bottom", "Justify", "Distributed"]);

const formatReaders: Readers<RangeRef, RangeFormatSnapshot> = {
  columnWidth: (r) => {
    const widths = new Set<number>();
    for (let c = r.area.column; c <= lastColumn(r.area) && widths.size < 2; c += 1) widths.add(columnWidthOf(r.sheet, c));
    const [only] = widths;
    return widths.size === 1 && only !== undefined ? only : null;
  },
  rowHeight: (r) => uniformRowHeight(r.sheet, r.area),
  wrapText: (r) => uniform(r.sheet.formats.wrapText, r.area, false),
  verticalAlignment: (r) => uniform(r.sheet.formats.verticalAlignment, r.area, "Bottom"),
};

export class FakeRangeFormat extends FakeClientObject<RangeRef, RangeFormatSnapshot> {
  protected readonly typeName = "RangeFormat";
  protected readonly readers = formatReaders;
  private fillProxy: FakeRangeFill | undefined;
  private fontProxy: FakeRangeFont | undefined;

  constructor(context: FakeRequestContext, resolver: Resolver<RangeRef>) {
    super(context, resolver);
  }

  /** Points; null when the columns differ. */
  get columnWidth(): number | null {
    return this.loaded("columnWidth");
  }
  set columnWidth(width: number | null) {
    this.queueWrite("RangeFormat.columnWidth", (r) => setColumnWidth(this.context.model, r.sheet, r.area, width, "RangeFormat.columnWidth"), "1.2");
  }
  /** Points; null when the rows differ. */
  get rowHeight(): number | null {
    return this.loaded("rowHeight");
  }
  set rowHeight(height: number | null) {
    this.queueWrite("RangeFormat.rowHeight", (r) => setRowHeight(this.context.model, r.sheet, r.area, height, "RangeFormat.rowHeight"), "1.2");
  }
  get verticalAlignment(): string | null {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(alignment: string | null) {
    this.queueWrite("RangeFormat.verticalAlignment", (r) => {
      if (typeof alignment !== "string" || !VERTICAL_ALIGNMENTS.has(alignment)) throw invalidArgument(`"${String(alignment)}" is not a vertical alignment.`, "RangeFormat.verticalAlignment");
      setFormat(this.context.model, r, (s) => s.formats.verticalAlignment, alignment, "verticalAlignment", "RangeFormat.verticalAlignment");
    });
  }
  get wrapText(): boolean | null {
    return this.loaded("wrapText");
  }
  set wrapText(wrap: boolean | null) {
    this.queueWrite("RangeFormat.wrapText", (r) =>
      setFormat(this.context.model, r, (s) => s.formats.wrapText, checkBoolean(wrap, "RangeFormat.wrapText"), "wrapText", "RangeFormat.wrapText"),
    );
  }

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.context, () => this.model("RangeFormat.fill"));
    return this.fillProxy;
  }

  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, () => this.model("RangeFormat.font"));
    return this.fontProxy;
  }

  autofitColumns(): void {
    this.queueWrite("RangeFormat.autofitColumns", (r) => autofitColumns(this.context.model, r.sheet, r.area, "RangeFormat.autofitColumns"), "1.2");
  }

  autofitRows(): void {
    this.queueWrite("RangeFormat.autofitRows", (r) => autofitRows(this.context.model, r.sheet, r.area, "RangeFormat.autofitRows"), "1.2");
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }
}

interface FillSnapshot {
  color: string | null;
}

export class FakeRangeFill extends FakeClientObject<RangeRef, FillSnapshot> {
  protected readonly typeName = "RangeFill";
  protected readonly readers: Readers<RangeRef, FillSnapshot> = {
    color: (r) => uniform(r.sheet.formats.fillColor, r.area, "#FFFFFF"),
  };

  get color(): string | null {
    return this.loaded("color");
  }
  set color(colour: string | null) {
    this.queueWrite("RangeFill.color", (r) =>
      setFormat(this.context.model, r, (s) => s.formats.fillColor, normaliseColour(colour, "RangeFill.color"), "fill.color", "RangeFill.color"),
    );
  }

  clear(): void {
    this.queueWrite("RangeFill.clear", (r) => setFormat(this.context.model, r, (s) => s.formats.fillColor, undefined, "fill.clear", "RangeFill.clear"));
  }
}

interface FontSnapshot {
  color: string | null;
  bold: boolean | null;
  italic: boolean | null;
  size: number | null;
}

export class FakeRangeFont extends FakeClientObject<RangeRef, FontSnapshot> {
  protected readonly typeName = "RangeFont";
  protected readonly readers: Readers<RangeRef, FontSnapshot> = {
    color: (r) => uniform(r.sheet.formats.fontColor, r.area, "#000000"),
    bold: (r) => uniform(r.sheet.formats.fontBold, r.area, false),
    italic: (r) => uniform(r.sheet.formats.fontItalic, r.area, false),
    size: (r) => uniform(r.sheet.formats.fontSize, r.area, 11),
  };

  get color(): string | null {
    return this.loaded("color");
  }
  set color(colour: string | null) {
    this.queueWrite("RangeFont.color", (r) =>
      setFormat(this.context.model, r, (s) => s.formats.fontColor, normaliseColour(colour, "RangeFont.color"), "font.color", "RangeFont.color"),
    );
  }
  get bold(): boolean | null {
    return this.loaded("bold");
  }
  set bold(bold: boolean | null) {
    this.queueWrite("RangeFont.bold", (r) =>
      setFormat(this.context.model, r, (s) => s.formats.fontBold, checkBoolean(bold, "RangeFont.bold"), "font.bold", "RangeFont.bold"),
    );
  }
  get italic(): boolean | null {
    return this.loaded("italic");
  }
  get size(): number | null {
    return this.loaded("size");
  }
  set size(size: number | null) {
    this.queueWrite("RangeFont.size", (r) => {
      if (typeof size !== "number" || !Number.isFinite(size) || size < 1 || size > 409) throw invalidArgument("A font size must be a number of points from 1 to 409.", "RangeFont.size");
      setFormat(this.context.model, r, (s) => s.formats.fontSize, size, "font.size", "RangeFont.size");
    });
  }
  set italic(italic: boolean | null) {
    this.queueWrite("RangeFont.italic", (r) =>
      setFormat(this.context.model, r, (s) => s.formats.fontItalic, checkBoolean(italic, "RangeFont.italic"), "font.italic", "RangeFont.italic"),
    );
  }
}
