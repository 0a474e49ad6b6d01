// "Set up" and "Repair formatting" through the real Excel host on the strict office-js fake: the
// number of context.sync() round trips (which must not grow with the workbook) and the median
// time the add-in's own code takes per run (the fake answers instantly, so this is our cost only).
import { DEFAULT_SCALE } from "../src/core/scale-presets";
import { detectCapabilities } from "../src/excel/capabilities";
import { ExcelWorkbookHost } from "../src/excel/excel-host";
import { repairFormatting } from "../src/workflows/repair-formatting";
import { setUpWorkbook } from "../src/workflows/set-up-workbook";
import { frameworkOf } from "../test/excel/rated-workbook";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../test/office-fake";
import { medianMs, row } from "./measure";

function roundsOf(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `Review ${2015 + 2 * i}`);
}

async function setUpOnce(areas: number, rounds: number): Promise<{ syncs: number; host: ExcelWorkbookHost; fake: ReturnType<typeof createFakeExcel> }> {
  const fake = createFakeExcel({});
  installFakeOffice(fake);
  const host = new ExcelWorkbookHost(detectCapabilities());
  fake.resetCounters();
  const result = await setUpWorkbook(host, { framework: frameworkOf(areas), scale: DEFAULT_SCALE, rounds: roundsOf(rounds) });
  if (!result.ok) throw new Error(result.problems.join("; "));
  return { syncs: fake.syncCount, host, fake };
}

export default async function bench(): Promise<void> {
  try {
    for (const [areas, rounds] of [[10, 2], [10, 5], [1000, 5]] as const) {
      const setUpMs = await medianMs(9, 2, () => setUpOnce(areas, rounds));
      // The timing runs each installed a fake of their own; measure on a fresh one from here on.
      const { syncs, host, fake } = await setUpOnce(areas, rounds);
      fake.resetCounters();
      await repairFormatting(host);
      const repairSyncs = fake.syncCount;
      const repairMs = await medianMs(9, 2, () => repairFormatting(host));
      row(`set up: ${areas} areas x ${rounds} rounds`, { syncs, medianMs: setUpMs });
      row(`repair formatting: ${areas} areas x ${rounds} rounds`, { syncs: repairSyncs, medianMs: repairMs });
      uninstallFakeOffice();
    }
  } finally {
    uninstallFakeOffice();
  }
}
