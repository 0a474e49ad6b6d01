/**
 * `worksheet.pageLayout` (ExcelApi 1.9): orientation, paper size, fit-to-pages zoom, print title rows
 * and the default header and footer.
 */
import { isEntireColumn, isEntireRow, parseLocalAddress, formatAbsoluteAddress } from "./addresses";
import { invalidArgument, notImplemented } from "./errors";
import { propertyNotLoaded } from "./proxy-loading";
import type { FakeRequestContext } from "./request-context";
import type { SheetModel } from "./workbook-model";

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { readonly horizontalFitToPages?: number; readonly verticalFitToPages?: number; readonly scale?: number };
  /** Rows repeated on every page, as "$1:$2"; null when none. */
  printTitleRows: string | null;
  /** Columns repeated on every page, as "$A:$B"; absent or null when none. */
  printTitleColumns?: string | null;
  /** `headersFooters.defaultForAllPages`: only the sections that were set. */
  headerFooter: Partial<Record<HeaderFooterSection, string>>;
}

const SECTIONS = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"] as const;
export type HeaderFooterSection = (typeof SECTIONS)[number];

export const defaultPageLayout = (): PageLayoutModel => ({ orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null, headerFooter: {} });

const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const PAGE_LAYOUT_API = "1.9";

/** Write-only in the fake but for `zoom`, which loads (the self-test reads it back): inspect the rest with fake.pageLayout(sheet). */
export class FakePageLayout {
  private loadedZoom: PageLayoutModel["zoom"] | undefined;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetOf: (location: string) => SheetModel,
  ) {}

  private queue(location: string, apply: (sheet: SheetModel) => void): void {
    this.context.enqueue({
      location,
      mutates: true,
      minApi: PAGE_LAYOUT_API,
      apply: () => {
        const sheet = this.sheetOf(location);
        this.context.model.assertWritable(sheet, location);
        apply(sheet);
        this.context.model.record({ kind: location, sheet: sheet.name });
      },
    });
  }

  set orientation(value: string) {
    this.queue("PageLayout.orientation", (sheet) => {
      if (value !== "Portrait" && value !== "Landscape") throw invalidArgument(`"${value}" is not an orientation.`, "PageLayout.orientation");
      sheet.pageLayout.orientation = value;
    });
  }

  set paperSize(value: string) {
    this.queue("PageLayout.paperSize", (sheet) => {
      if (!PAPER.has(value)) throw invalidArgument(`"${value}" is not a paper size the fake knows.`, "PageLayout.paperSize");
      sheet.pageLayout.paperSize = value;
    });
  }

  /** Takes an address of whole rows ("$1:$1"); anything else is refused, as the typings say. */
  setPrintTitleRows(rows: unknown): void {
    this.queue("PageLayout.setPrintTitleRows", (sheet) => {
      const area = typeof rows === "string" ? parseLocalAddress(rows) : null;
      if (area === null || !isEntireRow(area)) throw invalidArgument("Print title rows must be whole rows, such as \"$1:$1\".", "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = formatAbsoluteAddress(area);
    });
  }

  /** Takes an address of whole columns ("$A:$B"); anything else is refused, as for rows. */
  setPrintTitleColumns(columns: unknown): void {
    this.queue("PageLayout.setPrintTitleColumns", (sheet) => {
      const area = typeof columns === "string" ? parseLocalAddress(columns) : null;
      if (area === null || !isEntireColumn(area)) throw invalidArgument("Print title columns must be whole columns, such as \"$A:$B\".", "PageLayout.setPrintTitleColumns");
      sheet.pageLayout.printTitleColumns = formatAbsoluteAddress(area);
    });
  }

  get headersFooters(): { readonly defaultForAllPages: Record<HeaderFooterSection, string> } {
    const sections = {} as Record<HeaderFooterSection, string>;
    for (const section of SECTIONS) {
      Object.defineProperty(sections, section, {
        set: (text: unknown) =>
          this.queue(`HeaderFooter.${section}`, (sheet) => {
            if (typeof text !== "string") throw invalidArgument("A header or footer is text.", `HeaderFooter.${section}`);
            sheet.pageLayout.headerFooter[section] = text;
          }),
        get: () => {
          throw new Error(`The fake's headers and footers are write-only: inspect fake.pageLayout(sheet).headerFooter.${section}.`);
        },
      });
    }
    return { defaultForAllPages: sections };
  }

  /** Only "zoom" can be loaded; anything else is NotImplemented. */
  load(properties: string): this {
    const location = "PageLayout.load";
    if (properties.split(",").some((p) => p.trim() !== "zoom")) throw notImplemented(`loading "${properties}" of PageLayout (only "zoom").`, location);
    this.context.enqueue({
      location,
      mutates: false,
      minApi: PAGE_LAYOUT_API,
      apply: (commits) => {
        const zoom = { ...this.sheetOf(location).pageLayout.zoom };
        commits.push(() => {
          this.loadedZoom = zoom;
        });
      },
    });
    return this;
  }

  get zoom(): PageLayoutModel["zoom"] {
    if (this.loadedZoom === undefined) throw propertyNotLoaded("PageLayout", "zoom", false);
    return this.loadedZoom;
  }

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue("PageLayout.zoom", (sheet) => {
      const pages = [value.horizontalFitToPages, value.verticalFitToPages].filter((n) => n !== undefined);
      if (pages.some((n) => !Number.isInteger(n) || (n as number) < 0)) throw invalidArgument("Fit-to-pages counts must be whole numbers ≥ 0.", "PageLayout.zoom");
      if (value.scale !== undefined && pages.length > 0) throw invalidArgument("Set either a scale or fit-to-pages, not both.", "PageLayout.zoom");
      sheet.pageLayout.zoom = { ...value };
    });
  }
}
