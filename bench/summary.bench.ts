// Next steps summary of 1,000 areas and 10,000 actions: median core time (read model, summary, plan,
// split), and through ExcelWorkbookHost on the office-js fake (Excel on the web; long texts on the desktop): syncs, write
// requests ("chunks") and the largest request, for short and for long action texts.
import { splitPlan } from "../src/core/plan-payload";
import { planSummary } from "../src/core/summary/plan-summary";
import { detectCapabilities, REQUEST_BYTES } from "../src/excel/capabilities";
import { ExcelWorkbookHost } from "../src/excel/excel-host";
import { generateSummary } from "../src/workflows/generate-summary";
import { countingWrites } from "../test/fixtures/counting-host";
import { largeActions, largeReview } from "../test/fixtures/large-review";
import { ACTION_HEADER, ratingsRows, seedSnapshot } from "../test/fixtures/review-seeds";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../test/office-fake";
import { medianMs, row } from "./measure";

const AREAS = 1_000;
const ACTIONS = 10_000;
const TODAY = "2026-11-22";

export default async function bench(): Promise<void> {
  // Long texts on desktop Excel: on the web, reading that workbook (over 5 MB of values) already
  // exceeds Excel on the web's response limit, which the fake models.
  for (const { label, words, platform } of [
    { label: "short texts", words: 1, platform: "OfficeOnline" as const },
    { label: "long texts", words: 12, platform: "PC" as const },
  ]) {
    const seed = largeReview(AREAS);
    const actions = largeActions(ACTIONS, AREAS, words);
    const snapshot = seedSnapshot(seed, {
      tables: [
        { name: "Ratings", sheet: "Ratings", address: `Ratings!A1:E${AREAS + 1}`, values: [["Theme", "Area", ...seed.rounds, "Notes"], ...ratingsRows(seed)] },
        { name: "Actions", sheet: "Actions", address: `Actions!A1:I${ACTIONS + 1}`, values: [[...ACTION_HEADER], ...actions] },
      ],
    });
    let parts = 0;
    const core = await medianMs(9, 2, () => {
      const decision = planSummary(snapshot, { todayIso: TODAY });
      if (decision.kind !== "plan") throw new Error("no plan");
      const split = splitPlan(decision.plan, REQUEST_BYTES, 2);
      parts = split.ok ? split.parts.length : -1;
    });
    row(`summary core, ${AREAS} areas x ${ACTIONS} actions, ${label}`, { medianMs: core, chunks: parts });

    const fake = createFakeExcel({ platform });
    installFakeOffice(fake);
    try {
      fake.seedTable("Ratings", "Ratings", "A1", ["Theme", "Area", ...seed.rounds, "Notes"], ratingsRows(seed));
      fake.seedTable("Actions", "Actions", "A1", [...ACTION_HEADER], actions);
      const { host, writeSyncs: writes } = countingWrites(new ExcelWorkbookHost(detectCapabilities()), fake);
      const start = performance.now();
      const result = await generateSummary(host, { todayIso: TODAY });
      const ms = performance.now() - start;
      if (!result.ok) throw new Error(result.problems.join(" "));
      row(`summary in Excel (fake, ${platform === "PC" ? "desktop" : "web"}), ${label}`, {
        syncs: fake.syncCount,
        writeSyncs: writes(),
        chunks: result.writeRequests,
        largestRequestMB: Math.max(...fake.requestBytes) / 1_048_576,
        totalWrittenMB: fake.requestBytes.reduce((a, b) => a + b, 0) / 1_048_576,
        fakeMs: ms,
      });
    } finally {
      uninstallFakeOffice();
    }
  }
}
