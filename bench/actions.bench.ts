// Round trips and wall time of the Actions view's user actions against the fake, by table size.
import { detectCapabilities } from "../src/excel/capabilities";
import { ExcelWorkbookHost } from "../src/excel/excel-host";
import { readActionsOverview } from "../src/workflows/action-counts";
import { addAction } from "../src/workflows/add-action";
import { filterActions } from "../src/workflows/filter-actions";
import { updateActionStatus } from "../src/workflows/update-action-status";
import { ACTION_ROWS, TODAY, seedActionsWorkbook } from "../test/excel/actions-fixture";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../test/office-fake";
import { medianMs, row } from "./measure";

function workbookOf(rows: number) {
  const fake = createFakeExcel();
  installFakeOffice(fake);
  seedActionsWorkbook(fake, Array.from({ length: rows }, (_, i) => [`A${i + 1}`, ...(ACTION_ROWS[i % ACTION_ROWS.length] ?? []).slice(1)]));
  return { fake, host: new ExcelWorkbookHost(detectCapabilities()) };
}

export default async function bench(): Promise<void> {
  for (const rows of [1_000, 10_000]) {
    const { fake, host } = workbookOf(rows);
    const read = await readActionsOverview(host, TODAY);
    if (!read.ok) throw new Error(read.problems.join("; "));
    const overview = read.overview;

    fake.resetCounters();
    await readActionsOverview(host, TODAY);
    const readSyncs = fake.syncCount;
    const readMs = await medianMs(5, 1, () => readActionsOverview(host, TODAY));
    row(`read + count ${rows} actions`, { syncs: readSyncs, ms: readMs });

    fake.resetCounters();
    await filterActions(host, overview, { kind: "overdue", today: TODAY });
    const filterSyncs = fake.syncCount;
    const filterMs = await medianMs(5, 1, () => filterActions(host, overview, { kind: "allOpen" }));
    row(`filter ${rows} actions`, { syncs: filterSyncs, ms: filterMs });

    fake.resetCounters();
    await updateActionStatus(host, { row: 1, ref: "A1", nextStep: overview.actions.items[0]?.nextStep ?? "" }, "Complete");
    row(`change a status among ${rows}`, { syncs: fake.syncCount });

    fake.resetCounters();
    const start = performance.now();
    await addAction(host, { nextStep: "A bench action", theme: "", area: "", owner: "", due: "", priority: "", status: "Not started" });
    row(`add an action to ${rows}`, { syncs: fake.syncCount, ms: performance.now() - start });
    uninstallFakeOffice();
  }
}
