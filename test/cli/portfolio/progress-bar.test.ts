import { progressBar } from "../../../src/cli/portfolio/progress-bar";
import type { CliIo } from "../../../src/cli/cli-io";

function io(terminal: boolean): { io: CliIo; lines: string[]; partial: string[] } {
  const lines: string[] = [];
  const partial: string[] = [];
  return { io: { out: () => undefined, err: (t) => lines.push(t), cwd: "/", errIsTerminal: terminal, errPartial: (t) => partial.push(t) }, lines, partial };
}

describe("the portfolio's progress on stderr", () => {
  it("redraws one line on a terminal, ended once at the end", () => {
    const { io: terminal, lines, partial } = io(true);
    const bar = progressBar(terminal, false);
    bar.update(1, 4);
    bar.update(4, 4);
    bar.end();
    expect(lines).toEqual([]);
    expect(partial).toEqual(["\rrating-matrix: reading workbooks [######..................] 1/4", "\rrating-matrix: reading workbooks [########################] 4/4", "\n"]);
  });

  it("elsewhere says nothing unless asked, then a line at each tenth only", () => {
    const quiet = io(false);
    const silent = progressBar(quiet.io, false);
    for (let done = 1; done <= 100; done++) silent.update(done, 100);
    silent.end();
    expect([quiet.lines, quiet.partial]).toEqual([[], []]);
    const asked = io(false);
    const bar = progressBar(asked.io, true);
    for (let done = 1; done <= 100; done++) bar.update(done, 100);
    bar.end();
    expect(asked.lines).toHaveLength(11);
    expect(asked.lines[0]).toBe("rating-matrix: read 1 of 100 workbooks");
    expect(asked.lines[10]).toBe("rating-matrix: read 100 of 100 workbooks");
    expect(asked.partial).toEqual([]);
  });
});
