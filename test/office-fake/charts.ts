/** `worksheet.charts.add` (ExcelApi 1.1), `chart.title.text`, `chart.setPosition`: charts as records. */
import { formatLocalAddress, parseLocalAddress } from "./addresses";
import { invalidArgument, itemNotFound } from "./errors";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./request-context";
import type { SheetModel } from "./workbook-model";

export interface ChartModel {
  readonly id: string;
  readonly sheetId: string;
  readonly type: string;
  /** Local address of the source data. */
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: { readonly topLeft: string; readonly bottomRight: string } | null;
}

const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "Pie"]);
const SERIES_BY = new Set(["Auto", "Columns", "Rows"]);

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheetOf: (location: string) => SheetModel,
  ) {}

  /** Adds a chart over `sourceData` (a Range of this context). Unknown types fail with InvalidArgument. */
  add(type: string, sourceData: FakeRange, seriesBy: string = "Auto"): FakeChart {
    const location = "ChartCollection.add";
    let createdId: string | null = null;
    const model = this.context.model;
    this.context.enqueue({
      location,
      mutates: true,
      minApi: "1.1",
      apply: () => {
        const sheet = this.sheetOf(location);
        model.assertWritable(sheet, location);
        if (!CHART_TYPES.has(type)) throw invalidArgument(`"${type}" is not a chart type the fake knows.`, location);
        if (!SERIES_BY.has(seriesBy)) throw invalidArgument(`"${seriesBy}" is not a ChartSeriesBy value.`, location);
        if (!(sourceData instanceof FakeRange)) throw invalidArgument("The chart's source data must be a Range.", location);
        this.context.assertSameContext(sourceData, location);
        const ref = sourceData.refFor(location);
        const chart: ChartModel = {
          id: model.newId("chart"),
          sheetId: ref.sheet.id,
          type,
          source: formatLocalAddress(ref.area),
          seriesBy,
          title: "",
          position: null,
        };
        model.charts.push(chart);
        createdId = chart.id;
        model.record({ kind: "addChart", sheet: sheet.name, address: chart.source, chartType: type });
      },
    });
    return new FakeChart(this.context, () => {
      const chart = model.charts.find((c) => c.id === createdId);
      if (!chart) throw itemNotFound("The chart was never added.", location);
      return chart;
    });
  }
}

export class FakeChart {
  readonly title: { text: string };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly chartOf: () => ChartModel,
  ) {
    const queue = (location: string, apply: (chart: ChartModel) => void): void =>
      context.enqueue({ location, mutates: true, minApi: "1.1", apply: () => apply(chartOf()) });
    this.title = {
      get text(): string {
        throw new Error("The fake does not load chart titles; inspect fake.charts() instead.");
      },
      set text(text: string) {
        queue("ChartTitle.text", (chart) => {
          if (typeof text !== "string") throw invalidArgument("A chart title must be text.", "ChartTitle.text");
          chart.title = text;
        });
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    const location = "Chart.setPosition";
    this.context.enqueue({
      location,
      mutates: true,
      minApi: "1.1",
      apply: () => {
        const chart = this.chartOf();
        if (!parseLocalAddress(startCell) || (endCell !== undefined && !parseLocalAddress(endCell))) {
          throw invalidArgument(`"${startCell}"/"${endCell ?? ""}" are not cell addresses.`, location);
        }
        chart.position = { topLeft: startCell, bottomRight: endCell ?? startCell };
      },
    });
  }
}
