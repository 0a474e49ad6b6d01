/** Helpers for host tests of the assessors' actions: a set-up workbook with ratings, and sync counting. */
import type { Framework } from "../../src/core/framework";
import { IMA_2015_FRAMEWORK } from "../../src/core/framework-presets";
import type { Plan, PlanOutcome } from "../../src/core/plan";
import type { RatingScale } from "../../src/core/rating-scale";
import { DEFAULT_SCALE } from "../../src/core/scale-presets";
import type { ReadRequest, WorkbookHost } from "../../src/core/workbook-host";
import type { WorkbookSnapshot } from "../../src/core/workbook-snapshot";
import { detectCapabilities } from "../../src/excel/capabilities";
import { ExcelWorkbookHost } from "../../src/excel/excel-host";
import { setUpWorkbook } from "../../src/workflows/set-up-workbook";
import { createFakeExcel, installFakeOffice, type FakeExcel } from "../office-fake";

/** A host that counts the syncs of its reads and of its writes separately. */
export class CountingHost implements WorkbookHost {
  readSyncs = 0;
  writeSyncs = 0;
  private readonly inner = new ExcelWorkbookHost(detectCapabilities());
  readonly capabilities = this.inner.capabilities;

  constructor(private readonly fake: FakeExcel) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const before = this.fake.syncCount;
    try {
      return await this.inner.read(request);
    } finally {
      this.readSyncs += this.fake.syncCount - before;
    }
  }

  async apply(plan: Plan): Promise<PlanOutcome> {
    const before = this.fake.syncCount;
    try {
      return await this.inner.apply(plan);
    } finally {
      this.writeSyncs += this.fake.syncCount - before;
    }
  }

  select(sheet: string, address: string): Promise<void> {
    return this.inner.select(sheet, address);
  }

  watch(listener: () => void): Promise<(() => Promise<void>) | null> {
    return this.inner.watch(listener);
  }
}

export function frameworkOf(areas: number): Framework {
  const themes = Array.from({ length: Math.ceil(areas / 10) }, (_, t) => ({
    name: `Theme ${t + 1}`,
    areas: Array.from({ length: Math.min(10, areas - t * 10) }, (_, a) => `Area ${t * 10 + a + 1}`),
  }));
  return { id: "generated", name: `${areas} areas`, themes };
}

/** A set-up workbook (Theme, Area, IMA 2015, Review 2017, Notes) with a few ratings and notes typed in. */
export async function ratedWorkbook(
  options: { framework?: Framework; scale?: RatingScale; excelApi?: string } = {},
): Promise<{ fake: FakeExcel; host: CountingHost }> {
  const fake = createFakeExcel(options.excelApi === undefined ? {} : { excelApi: options.excelApi });
  installFakeOffice(fake);
  const setUp = await setUpWorkbook(new ExcelWorkbookHost(detectCapabilities()), {
    framework: options.framework ?? IMA_2015_FRAMEWORK,
    scale: options.scale ?? DEFAULT_SCALE,
    rounds: ["IMA 2015", "Review 2017"],
  });
  if (!setUp.ok) throw new Error(setUp.problems.join("\n"));
  fake.seedSheet("Ratings", [
    [],
    [null, null, "Satisfactory", "Satisfactory", "kept as it is"],
    [null, null, "Development Area", null, "=not a formula?"],
    [null, null, "Development area", "Progressing to satisfactory"],
  ]);
  fake.resetCounters();
  return { fake, host: new CountingHost(fake) };
}

/** Every cell that differs between two allValues() pictures, as "Sheet!A1". */
export function changedCells(before: ReturnType<FakeExcel["allValues"]>, after: ReturnType<FakeExcel["allValues"]>): string[] {
  const changed: string[] = [];
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[sheet] ?? {};
    const b = after[sheet] ?? {};
    for (const address of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[address]) !== JSON.stringify(b[address])) changed.push(`${sheet}!${address}`);
    }
  }
  return changed.sort();
}

