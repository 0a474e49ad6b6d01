import type { CliIo } from "../cli-io";

const BAR_WIDTH = 24;

/**
 * Progress of reading many files, on stderr. On a terminal, one line redrawn in place ("reading
 * workbooks [######......] 250/1000"); elsewhere, with --progress, a plain line at every tenth, so
 * that a log is not filled with a thousand lines. Without either, nothing.
 */
export function progressBar(io: CliIo, asked: boolean): { update: (done: number, total: number) => void; end: () => void } {
  const terminal = io.errIsTerminal === true && io.errPartial !== undefined;
  let lastTenth = -1;
  let drawn = false;
  return {
    update(done, total) {
      if (terminal && io.errPartial) {
        const filled = total === 0 ? BAR_WIDTH : Math.round((done / total) * BAR_WIDTH);
        io.errPartial(`\rrating-matrix: reading workbooks [${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${done}/${total}`);
        drawn = true;
        return;
      }
      if (!asked) return;
      const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      io.err(`rating-matrix: read ${done} of ${total} workbooks`);
    },
    end() {
      if (drawn && io.errPartial) io.errPartial("\n");
    },
  };
}
