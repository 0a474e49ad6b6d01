import { planAreaNotes, type NotesEdit } from "../core/area-notes-plan";
import { RATINGS_COLUMNS } from "../core/workbook-contract";
import type { WorkbookHost } from "../core/workbook-host";
import { CONTRACT_READ } from "./contract-read";
import { failed, refused, succeeded, type WorkflowResult } from "./workflow-result";

export type { NotesEdit };

/**
 * Writes an area's Notes cell: reads the workbook afresh (the row may have moved), then writes in
 * one batch (adding the Notes column first when the table has none): one read and one write,
 * whatever the workbook's size.
 */
export async function saveAreaNotes(host: WorkbookHost, edit: NotesEdit): Promise<WorkflowResult> {
  try {
    const decision = planAreaNotes(await host.read(CONTRACT_READ), edit);
    if (decision.kind === "refused") return refused(decision.problems);
    const where = `${decision.sheet}!${decision.address}`;
    if (decision.kind === "unchanged") return succeeded(`No change to the notes of "${edit.area}" (${where}).`, [], { skipped: [] });
    const outcome = await host.apply(decision.plan);
    const what = edit.text.trim() === "" ? `Cleared the notes of "${edit.area}"` : `Saved the notes of "${edit.area}"`;
    const added = decision.addsColumn ? [`The Ratings table had no ${RATINGS_COLUMNS.notes} column, so one was added at its right end.`] : [];
    return succeeded(`${what} (${where}).`, added, outcome);
  } catch (error) {
    return failed(error);
  }
}
