import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseReview } from "../src/core/report-import/parse-review";
import { IMA_2015_FRAMEWORK } from "../src/core/framework-presets";
import { DEFAULT_SCALE } from "../src/core/scale-presets";
import { detectCapabilities } from "../src/excel/capabilities";
import { ExcelWorkbookHost } from "../src/excel/excel-host";
import { importReview } from "../src/workflows/import-review";
import { setUpWorkbook } from "../src/workflows/set-up-workbook";
import { createFakeExcel, installFakeOffice, uninstallFakeOffice } from "../test/office-fake";
import { medianMs, row } from "./measure";

const fixture = readFileSync(path.resolve(process.cwd(), "test/fixtures/reports/northshire-2019-progress-review.txt"), "utf8");
const seedsDir = path.resolve(process.cwd(), "../shared/seeds");
const seeds = ["home-office-2017-progress-review.txt", "cabinet-office-2015-progress-review.txt"];

/** A report `times` as long: the fixture's themes and prose repeated before one Next steps list. */
function longerReport(times: number): string {
  const cut = fixture.indexOf(" Next Steps");
  const body = fixture.slice(0, cut);
  return Array.from({ length: times }, () => body).join("\n") + fixture.slice(cut);
}

/** Lines that keep every rule busy: phrase openings, labels, round headers and numbers. */
function adversarial(lines: number): string {
  const pieces = ["Performance rating", "Progressing to", "Communicating and", "IMA 2015", "12", "Oversight of records and Satisfactory", "good", ""];
  return Array.from({ length: lines }, (_, i) => pieces[i % pieces.length]).join("\n");
}

/** Syncs of one import through the Excel host on the office-js fake: into an empty or a set-up workbook. */
async function importSyncs(areas: number, setUpFirst: boolean): Promise<number> {
  const fake = createFakeExcel({ excelApi: "1.12" });
  installFakeOffice(fake);
  try {
    const host = new ExcelWorkbookHost(detectCapabilities());
    const parsed = parseReview(fixture);
    if (parsed.kind !== "review") throw new Error(parsed.message);
    const names = Array.from({ length: areas }, (_, i) => `Area ${i + 1}`);
    const themes = [{ name: "Everything", areas: names }];
    const ratings = names.flatMap((area) => parsed.review.rounds.map((round) => ({ theme: "Everything", area, round, rating: "Satisfactory" })));
    if (setUpFirst) {
      await setUpWorkbook(host, { framework: { ...IMA_2015_FRAMEWORK, themes }, scale: DEFAULT_SCALE, rounds: [...parsed.review.rounds] });
    }
    fake.resetCounters();
    const result = await importReview(host, { ...parsed.review, themes, ratings, nextSteps: parsed.review.nextSteps.map((s) => s.text) });
    if (result.kind !== "done" || !result.result.ok) throw new Error("import failed");
    return fake.syncCount;
  } finally {
    uninstallFakeOffice();
  }
}

export default async function bench(): Promise<void> {
  for (const areas of [10, 1000]) {
    row(`import into an empty workbook: ${areas} areas`, { syncs: await importSyncs(areas, false) });
    row(`import into a set-up workbook: ${areas} areas`, { syncs: await importSyncs(areas, true) });
  }
  for (const seed of seeds) {
    const file = path.join(seedsDir, seed);
    if (!existsSync(file)) {
      console.log(`Skipping ${seed}: ../shared/seeds is absent.`);
      continue;
    }
    const text = readFileSync(file, "utf8");
    row(`parse ${seed}`, { ms: await medianMs(30, 5, () => parseReview(text)), KB: text.length / 1024 });
  }
  for (const times of [1, 10, 100]) {
    const text = longerReport(times);
    const ms = await medianMs(times === 100 ? 7 : 20, 3, () => parseReview(text));
    row(`parse synthetic report x${times}`, { ms, KB: text.length / 1024, msPerKB: ms / (text.length / 1024) });
  }
  // Linear time: 4 times the text should take about 4 times as long (ratio near 4, never near 16).
  for (const [name, make] of [
    ["synthetic report", (n: number) => longerReport(n)],
    ["adversarial lines", (n: number) => adversarial(n * 2000)],
  ] as const) {
    const small = make(25);
    const large = make(100);
    const a = await medianMs(7, 2, () => parseReview(small));
    const b = await medianMs(7, 2, () => parseReview(large));
    row(`linearity ${name}: n vs 4n`, { nMs: a, fourNMs: b, ratio: b / a });
  }
}
