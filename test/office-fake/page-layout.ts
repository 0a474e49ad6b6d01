/** `worksheet.pageLayout` (ExcelApi 1.9): orientation, paper size and fit-to-pages zoom. */
import { invalidArgument } from "./errors";
import type { FakeRequestContext } from "./request-context";
import type { SheetModel } from "./workbook-model";

export interface PageLayoutModel {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { readonly horizontalFitToPages?: number; readonly verticalFitToPages?: number; readonly scale?: number };
}

export const defaultPageLayout = (): PageLayoutModel => ({ orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 } });

const PAPER = new Set(["A3", "A4", "A5", "Letter", "Legal"]);
const PAGE_LAYOUT_API = "1.9";

/** Write-only in the fake: inspect with fake.pageLayout(sheet). */
export class FakePageLayout {
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

  set zoom(value: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }) {
    this.queue("PageLayout.zoom", (sheet) => {
      const pages = [value.horizontalFitToPages, value.verticalFitToPages].filter((n) => n !== undefined);
      if (pages.some((n) => !Number.isInteger(n) || (n as number) < 0)) throw invalidArgument("Fit-to-pages counts must be whole numbers ≥ 0.", "PageLayout.zoom");
      if (value.scale !== undefined && pages.length > 0) throw invalidArgument("Set either a scale or fit-to-pages, not both.", "PageLayout.zoom");
      sheet.pageLayout.zoom = { ...value };
    });
  }
}
