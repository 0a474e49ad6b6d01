import { planAddRound } from "../src/core/add-round-plan";
import { planRating } from "../src/core/rating-plan";
import { DEFAULT_SCALE } from "../src/core/scale-presets";
import { CONTRACT_READ } from "../src/workflows/contract-read";
import { addRound } from "../src/workflows/add-round";
import { rateArea } from "../src/workflows/rate-area";
import { frameworkOf, ratedWorkbook } from "../test/excel/rated-workbook";
import { uninstallFakeOffice } from "../test/office-fake";
import { medianMs, row } from "./measure";

/** Syncs of one rating and one Add round against the office-js fake, and the core's planning time. */
export default async function bench(): Promise<void> {
  for (const areas of [10, 1000]) {
    const { host } = await ratedWorkbook({ framework: frameworkOf(areas), scale: DEFAULT_SCALE });
    const snapshot = await host.read(CONTRACT_READ);
    const choice = { round: "Review 2017", theme: `Theme ${Math.ceil(areas / 10)}`, area: `Area ${areas}`, level: "Satisfactory" };
    const planMs = await medianMs(20, 3, () => planRating(snapshot, choice));
    const addMs = await medianMs(20, 3, () => planAddRound(snapshot, "Review 2026"));

    host.readSyncs = 0;
    host.writeSyncs = 0;
    await rateArea(host, choice);
    row(`rate one area, ${areas} areas`, { readSyncs: host.readSyncs, writeSyncs: host.writeSyncs, corePlanMs: planMs });
    host.readSyncs = 0;
    host.writeSyncs = 0;
    await addRound(host, "Review 2026");
    row(`add round, ${areas} areas`, { readSyncs: host.readSyncs, writeSyncs: host.writeSyncs, corePlanMs: addMs });
    uninstallFakeOffice();
  }
}
