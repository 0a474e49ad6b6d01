import fc from "fast-check";
import type { CellBlock } from "../../src/core/a1";
import { blockDifference } from "../../src/xlsx/block-difference";

const block = fc.record({ top: fc.nat(12), left: fc.nat(12), rows: fc.integer({ min: 1, max: 8 }), columns: fc.integer({ min: 1, max: 8 }) });

function cells(b: CellBlock): string[] {
  const out: string[] = [];
  for (let r = b.top; r < b.top + b.rows; r++) for (let c = b.left; c < b.left + b.columns; c++) out.push(`${r}:${c}`);
  return out;
}

describe("blockDifference", () => {
  it("covers exactly the cells of `from` outside `cut`, each once", () => {
    fc.assert(
      fc.property(block, block, (from, cut) => {
        const inCut = new Set(cells(cut));
        const expected = cells(from).filter((c) => !inCut.has(c)).sort();
        const parts = blockDifference(from, cut).flatMap(cells).sort();
        expect(parts).toEqual(expected);
      }),
    );
  });

  it("keeps a block that does not meet the cut as it is", () => {
    const from = { top: 0, left: 0, rows: 2, columns: 2 };
    expect(blockDifference(from, { top: 5, left: 5, rows: 1, columns: 1 })).toEqual([from]);
  });
});
