import { errorCode, type SelfTestCase, type Scratch } from "./self-test-case";

/** Rows of 10 cells of 250 characters: about 2.5 KB of JSON a row. */
const COLUMNS = 10;
const TEXT = "x".repeat(250);
/** 2,200 rows: about 5.5 MB, over Excel on the web's 5 MB per request and per response. */
const BIG_ROWS = 2_200;
/** Written 400 rows (about 1 MB) a request, so that writing never meets the limit being tested. */
const ROWS_PER_WRITE = 400;

const row = (): string[] => Array.from({ length: COLUMNS }, () => TEXT);
const rows = (count: number): string[][] => Array.from({ length: count }, row);
const blockAddress = (first: number, count: number): string => `A${first}:J${first + count - 1}`;
const WEB = "OfficeOnline";

async function writeInParts(scratch: Scratch): Promise<void> {
  for (let first = 1; first <= BIG_ROWS; first += ROWS_PER_WRITE) {
    const count = Math.min(ROWS_PER_WRITE, BIG_ROWS - first + 1);
    scratch.sheet.getRange(blockAddress(first, count)).values = rows(count);
    // One request per part, each under the limit: this loop is the point of the case.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await scratch.context.sync();
  }
}

export const LIMIT_CASES: readonly SelfTestCase[] = [
  {
    id: "fit-one-page-wide",
    assumption: "pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 } is accepted and kept (0 meaning as many pages tall as needed).",
    needs: "1.9",
    run: async (scratch) => {
      scratch.sheet.getRange("A1").values = [["print me"]];
      const layout = scratch.sheet.pageLayout;
      layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      try {
        await scratch.context.sync();
      } catch (error) {
        return { pass: false, observed: `refused with ${errorCode(error)}` };
      }
      layout.load("zoom");
      await scratch.context.sync();
      const zoom = layout.zoom;
      return {
        pass: zoom.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0,
        observed: `accepted; reads back ${JSON.stringify(zoom)} (expected 1 page wide, 0 tall; how it prints is not checked here)`,
      };
    },
  },
  {
    id: "request-limit",
    assumption: "Excel on the web refuses one request carrying more than 5 MB of values (RequestPayloadSizeLimitExceeded); desktop Excel accepts it.",
    run: async (scratch) => {
      scratch.sheet.getRange(blockAddress(1, BIG_ROWS)).values = rows(BIG_ROWS);
      try {
        await scratch.context.sync();
        return { pass: scratch.platform !== WEB, observed: `about 5.5 MB in one request was accepted on ${scratch.platform}` };
      } catch (error) {
        const code = errorCode(error);
        return { pass: scratch.platform === WEB && code === "RequestPayloadSizeLimitExceeded", observed: `about 5.5 MB in one request was refused on ${scratch.platform} with ${code}` };
      }
    },
  },
  {
    id: "response-limit",
    assumption: "Excel on the web refuses to read back more than 5 MB of values in one request (ResponsePayloadSizeLimitExceeded); desktop Excel sends it.",
    run: async (scratch) => {
      await writeInParts(scratch);
      const all = scratch.sheet.getRange(blockAddress(1, BIG_ROWS));
      all.load("values");
      try {
        await scratch.context.sync();
        return { pass: scratch.platform !== WEB, observed: `reading about 5.5 MB in one request worked on ${scratch.platform} (${all.values.length} rows)` };
      } catch (error) {
        const code = errorCode(error);
        return { pass: scratch.platform === WEB && code === "ResponsePayloadSizeLimitExceeded", observed: `reading about 5.5 MB in one request failed on ${scratch.platform} with ${code}` };
      }
    },
  },
];
