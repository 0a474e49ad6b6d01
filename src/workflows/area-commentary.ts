import { commentaryText, paragraphsOf, type CommentaryKey } from "../core/commentary";
import { planCommentary, type CommentaryEdit } from "../core/commentary-plan";
import { readWorkbook } from "../core/read-workbook";
import { COMMENTARY_SHEET } from "../core/workbook-contract";
import type { ReadRequest, WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { CommentaryEdit, CommentaryKey };

/** The contract, plus the Commentary sheet (to see whether one exists without its table). */
const COMMENTARY_READ: ReadRequest = { ...CONTRACT_READ, sheets: [...CONTRACT_READ.sheets, COMMENTARY_SHEET] };

export type CommentaryRead =
  | {
      readonly ok: true;
      /** The area's (or, with area "", the theme's) commentary for the round; "" when there is none. */
      readonly text: string;
      /** The theme's own commentary for the round, shown beside an area's for context; "" when none or when reading the theme. */
      readonly themeText: string;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Reads one commentary: one read (two round trips at most), nothing written. */
export async function readAreaCommentary(host: WorkbookHost, key: CommentaryKey): Promise<CommentaryRead> {
  try {
    const read = readWorkbook(await host.read(COMMENTARY_READ));
    if (!read.ok) return { ok: false, problems: read.problems.map((p) => p.message) };
    const paragraphs = read.workbook.commentary?.paragraphs ?? [];
    const text = commentaryText(paragraphs, key);
    const themeText = key.area.trim() === "" ? "" : commentaryText(paragraphs, { ...key, area: "" });
    return { ok: true, text, themeText };
  } catch (error) {
    const result = failed(error);
    return { ok: false, problems: result.ok ? [] : result.problems };
  }
}

/**
 * Saves one commentary: reads the workbook again (rows may have moved), refuses if the text changed
 * since it was shown, then writes in one batch: one read and one write, whatever the workbook's size.
 */
export async function saveAreaCommentary(host: WorkbookHost, edit: CommentaryEdit): Promise<WorkflowResult> {
  try {
    const snapshot = await host.read({ ...COMMENTARY_READ, rowsBelow: Math.max(1, paragraphsOf(edit.text).length) });
    const decision = planCommentary(snapshot, edit);
    const what = `the ${edit.round} commentary on "${edit.area.trim() === "" ? edit.theme : edit.area}"`;
    if (decision.kind === "refused") return refused(decision.problems);
    if (decision.kind === "unchanged") return succeeded(`No change to ${what}.`, [], { skipped: [] });
    const outcome = await host.apply(decision.plan);
    const saved = decision.paragraphs === 0 ? `Cleared ${what}.` : `Saved ${what} (${decision.paragraphs} ${decision.paragraphs === 1 ? "paragraph" : "paragraphs"}).`;
    return succeeded(saved, [], outcome);
  } catch (error) {
    return failed(error);
  }
}
