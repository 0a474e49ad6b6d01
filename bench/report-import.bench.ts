import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseReview } from "../src/core/report-import/parse-review";
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

export default async function bench(): Promise<void> {
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
