import { checkWorkbook } from "../src/core/checks";
import { readWorkbook } from "../src/core/read-workbook";
import { IMA_2015_SCALE } from "../src/core/scale-presets";
import { detectCapabilities } from "../src/excel/capabilities";
import { ExcelWorkbookHost } from "../src/excel/excel-host";
import { CONTRACT_READ } from "../src/workflows/contract-read";
import { checkOpenWorkbook } from "../src/workflows/check-workbook";
import { fixFindings } from "../src/workflows/fix-findings";
import type { RatingWorkbook } from "../src/core/rating-workbook";
import type { WorkbookSnapshot } from "../src/core/workbook-snapshot";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice, type SeedValue } from "../test/office-fake";
import { seedWorkbook, snapshotOf } from "../test/support/rating-workbook-data";
import { medianMs, row } from "./measure";

const AREAS = 1_000;
const ROUNDS = 10;
const ACTIONS = 10_000;
const TODAY = { todayIso: "2026-12-01" };

/** Mostly tidy ratings with a few variants and slips, as a real large workbook would have. */
function ratings(): SeedValue[][] {
  const labels = IMA_2015_SCALE.levels.map((l) => l.label);
  const header = ["Theme", "Area", ...Array.from({ length: ROUNDS }, (_, r) => `Review ${2010 + r}`), "Notes"];
  const rows = Array.from({ length: AREAS }, (_, a) => {
    const cells = Array.from({ length: ROUNDS }, (_, r) => {
      const n = (a * 31 + r * 7) % 100;
      const label = labels[(a + r) % labels.length] ?? "";
      if (n === 0) return "Satisfactroy";
      if (n < 4) return label.toUpperCase();
      return label;
    });
    return [`Theme ${Math.floor(a / 10) + 1}`, `Area ${a + 1}`, ...cells, "note"];
  });
  return [header, ...rows];
}

function actions(): SeedValue[][] {
  const statuses = ["Not started", "In progress", "Blocked", "Complete", "in progress"];
  const rows = Array.from({ length: ACTIONS }, (_, i) => {
    const a = i % AREAS;
    return [String(i + 1), `Step ${i + 1}`, `Theme ${Math.floor(a / 10) + 1}`, `Area ${a + 1}`, i % 17 === 0 ? "" : "Owner", 46_000 + (i % 1_000), "High", statuses[i % statuses.length] ?? "", ""];
  });
  return [["Ref", "Next step", "Theme", "Area", "Owner", "Due", "Priority", "Status", "Update"], ...rows];
}

/** Reads through the fake (syncs, workflow time), then lets the fake go so its memory does not weigh on the core's figures. */
async function readThroughFake(): Promise<WorkbookSnapshot> {
  const fake = createFakeExcel();
  seedWorkbook(fake, { ratings: ratings(), actions: actions() });
  installFakeOffice(fake);
  try {
    const host = new ExcelWorkbookHost(detectCapabilities());
    fake.resetCounters();
    const result = await checkOpenWorkbook(host, TODAY);
    row(`check ${AREAS} areas x ${ROUNDS} rounds, ${ACTIONS} actions`, { syncs: fake.syncCount, writes: fake.operations.length, findings: result.findings.length });
    row("workflow on the fake: checkOpenWorkbook", { medianMs: await medianMs(5, 1, () => checkOpenWorkbook(host, TODAY)) });
    const snapshot = await host.read(CONTRACT_READ);
    const fixable = result.findings.filter((f) => f.fix !== undefined);
    fake.resetCounters();
    const start = performance.now();
    const fixed = await fixFindings(host, fixable.map((finding) => ({ finding, value: finding.fix?.value ?? "" })), TODAY);
    row(`Fix all: ${fixable.length} cells`, { ok: String(fixed.ok), syncs: fake.syncCount, cellWrites: fake.operations.length, ms: performance.now() - start });
    return snapshot;
  } finally {
    uninstallFakeOffice();
  }
}

/**
 * 1,000 areas and 10,000 actions each naming a different area that is not in the Ratings table,
 * and no theme (so each is compared with every area): half are near misses of a real area
 * ("Area 10" -> "Area 1001"), half far from all of them.
 */
function unknownAreasModel(): RatingWorkbook {
  const header = ["Theme", "Area", "Review 2025"];
  const ratingRows = Array.from({ length: AREAS }, (_, a) => [`Theme ${Math.floor(a / 10) + 1}`, `Area ${a + 1}`, "Satisfactory"]);
  const actionRows = Array.from({ length: ACTIONS }, (_, i) => [String(i + 1), `Step ${i + 1}`, "", i % 2 === 0 ? `Area ${AREAS + 1 + i}` : `Unheard-of place number ${i}`, "Owner", 46_000, "High", "In progress", ""]);
  const read = readWorkbook(snapshotOf({ ratings: [header, ...ratingRows], actions: [["Ref", "Next step", "Theme", "Area", "Owner", "Due", "Priority", "Status", "Update"], ...actionRows] }));
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join("\n"));
  return read.workbook;
}

export default async function bench(): Promise<void> {
  const unknown = unknownAreasModel();
  const unknownFindings = checkWorkbook(unknown, TODAY).filter((f) => f.kind === "action-area-unknown");
  const cpuBefore = process.cpuUsage();
  const wall = await medianMs(7, 2, () => checkWorkbook(unknown, TODAY));
  const cpu = process.cpuUsage(cpuBefore);
  row(`core: check ${ACTIONS} distinct unknown areas against ${AREAS} (goal < 200 ms)`, {
    medianMs: wall,
    cpuMsPerRun: (cpu.user + cpu.system) / 1000 / 9,
    unknownAreas: unknownFindings.length,
    suggested: unknownFindings.filter((f) => f.suggestion !== undefined).length,
  });
  const snapshot = await readThroughFake();
  const read = readWorkbook(snapshot);
  if (!read.ok) throw new Error(read.problems.map((p) => p.message).join("\n"));
  const model = read.workbook;
  row("core: checkWorkbook (target < 50 ms)", { medianMs: await medianMs(30, 10, () => checkWorkbook(model, TODAY)) });
  row("core: readWorkbook (snapshot -> model)", { medianMs: await medianMs(30, 10, () => readWorkbook(snapshot)) });
  row("core: read + check", {
    medianMs: await medianMs(30, 10, () => {
      const again = readWorkbook(snapshot);
      if (again.ok) checkWorkbook(again.workbook, TODAY);
    }),
  });
}
