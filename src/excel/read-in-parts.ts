import { blockAddress, parseBlock, type CellBlock } from "../core/a1";
import { isResponseTooLarge } from "./error-messages";

/** A block of cells to read: where it is, by sheet name and A1 address (a sheet prefix is ignored). */
export interface BlockToRead {
  readonly sheet: string;
  readonly address: string;
}

type Grid = unknown[][];

function rowSlices(block: CellBlock, parts: number): CellBlock[] {
  const size = Math.ceil(block.rows / parts);
  const slices: CellBlock[] = [];
  for (let top = 0; top < block.rows; top += size) slices.push({ ...block, top: block.top + top, rows: Math.min(size, block.rows - top) });
  return slices;
}

/**
 * Reads the values of blocks too large, together, for one answer from Excel on the web (5 MB a
 * response): every block is cut into the same number of runs of rows, and each sync reads one run
 * of every block; when Excel still refuses one, the runs are halved and the read starts again.
 * Starting again (rather than halving only the refused run) costs one refusal per halving: rows are
 * about the same size, so the first run refused at a size is refused with the rest.
 * Only a workbook past the limit pays these round trips (about twice its size over 5 MB); every
 * other read stays at its constant count. Rethrows when even single rows are too large.
 */
export async function readValuesInParts(context: Excel.RequestContext, blocks: readonly BlockToRead[]): Promise<Grid[]> {
  const parsed = blocks.map((b) => {
    const block = parseBlock(b.address);
    if (block === null) throw new Error(`Not an A1 address: ${b.address}`);
    return { sheet: b.sheet, block };
  });
  const tallest = parsed.reduce((max, p) => Math.max(max, p.block.rows), 1);
  for (let parts = 2; ; parts *= 2) {
    const grids: Grid[] = parsed.map(() => []);
    const slices = parsed.map(({ block }) => rowSlices(block, parts));
    try {
      for (let part = 0; part < parts; part++) {
        const reads = parsed.map(({ sheet }, i) => {
          const slice = slices[i]?.[part];
          return slice === undefined ? null : context.workbook.worksheets.getItem(sheet).getRange(blockAddress(slice)).load("values");
        });
        // One round trip per run of rows is the point here: together they pass what Excel on the web sends.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        reads.forEach((range, i) => {
          if (range !== null) (grids[i] as Grid).push(...(range.values as Grid));
        });
      }
      return grids;
    } catch (error) {
      if (!isResponseTooLarge(error) || parts >= tallest) throw error;
    }
  }
}
