import type { CellValue } from "../core/cell";
import { isoDateToSerial } from "../core/excel-date";
import { IMA_2015_FRAMEWORK } from "../core/framework-presets";
import { IMA_2015_SCALE } from "../core/scale-presets";
import { DUE_DATE_FORMAT, TABLES } from "../core/workbook-contract";
import { repairFormatting } from "../workflows/repair-formatting";
import { setUpWorkbook } from "../workflows/set-up-workbook";
import { findSheet } from "../xlsx/apply-xlsx-plan";
import { newXlsx } from "../xlsx/xlsx-file";
import type { XlsxWorkbookHost } from "../xlsx/xlsx-host";

/**
 * The ratings of the Home Office's 2017 IMA progress review (../shared/seeds), area by area in the
 * framework's order: [IMA 2015, Review 2017]. Ratings are facts of the published review.
 */
export const HOME_OFFICE_2017_RATINGS: readonly (readonly [string, string])[] = [
  ["Satisfactory", "Satisfactory"],
  ["Development area", "Satisfactory"],
  ["Development area", "Progressing to satisfactory"],
  ["Development area", "Development area"],
  ["Satisfactory", "Satisfactory"],
  ["Development area", "Satisfactory"],
  ["Satisfactory", "Good practice"],
  ["Good practice", "Good practice"],
  ["Satisfactory", "Progressing to good practice"],
  ["Satisfactory", "Satisfactory"],
];

/** The review's eleven next steps, paraphrased for this sample; owners, dates and statuses are invented. */
const SAMPLE_ACTIONS: readonly (readonly [string, string, string, string, string, string, string])[] = [
  ["Name a senior owner for the information strategy and have it formally endorsed", "The value of information", "Communicating and realising value", "Chief Operating Officer", "2017-12-31", "High", "Complete"],
  ["Write a delivery plan for the strategy's outcomes, including what IT change must deliver, and link the records team with digital and data colleagues", "The value of information", "Managing information as an asset", "Head of Knowledge and Information Management", "2018-03-31", "High", "In progress"],
  ["Bring the information asset guidance and policies into line with each other", "The value of information", "Managing information as an asset", "Information Asset Lead", "2018-01-31", "Medium", "In progress"],
  ["Weigh up technical limits on saving files outside shared areas, together with work on record-keeping habits", "Information risk, governance and oversight", "Establishing control", "Head of Knowledge and Information Management", "2018-06-30", "Medium", "Not started"],
  ["Set out how Office 365 will meet legal and business record-keeping needs, how gaps will be closed, and record them as risks", "Digital information and supporting technology", "Supporting information through technology", "Chief Information Officer", "2018-04-30", "High", "Blocked"],
  ["Decide the steps that keep digital information usable over time, in line with the information strategy", "Digital information and supporting technology", "Digital continuity and IT change", "Digital Continuity Manager", "2018-05-31", "High", "Not started"],
  ["Describe the risk of current and older digital information becoming unusable", "Information risk, governance and oversight", "Recognising information risk", "Senior Information Risk Owner", "2018-02-28", "Medium", "In progress"],
  ["Keep merging and standardising the information policies and guidance", "Information risk, governance and oversight", "Providing guidance", "Policy Lead", "2018-09-30", "Low", "In progress"],
  ["Carry out the plans for disposing of legacy information", "Records, review and transfer", "Implementing disposal decisions", "Departmental Records Officer", "2018-12-31", "Medium", "Not started"],
  ["Agree search terms with The National Archives so the e-Discovery tool can find records of historical value", "Records, review and transfer", "Oversight of records and selection", "Departmental Records Officer", "2018-03-31", "Medium", "Complete"],
  ["Use macro-appraisal to keep up with the move to the 20-year rule", "Records, review and transfer", "Oversight of records and selection", "Departmental Records Officer", "2019-03-31", "Low", "Not started"],
];

/**
 * Builds the preview's sample workbook through the same set-up and repair workflows the add-in uses,
 * then fills in the seed's ratings and the sample actions.
 */
export async function buildSampleWorkbook(): Promise<XlsxWorkbookHost> {
  const host = newXlsx();
  const setUp = await setUpWorkbook(host, { framework: IMA_2015_FRAMEWORK, scale: IMA_2015_SCALE, rounds: ["IMA 2015", "Review 2017"], about: { organisation: "Home Office", framework: IMA_2015_FRAMEWORK.name } });
  if (!setUp.ok) throw new Error(`The sample workbook could not be set up: ${setUp.problems.join(" ")}`);
  await host.apply({
    title: "Fill in the sample ratings",
    steps: [{ kind: "setValues", sheet: "Ratings", address: `C2:D${HOME_OFFICE_2017_RATINGS.length + 1}`, values: HOME_OFFICE_2017_RATINGS.map((r) => [...r]) }],
  });
  addActionRows(host);
  // The Actions table grew, so its dropdowns and colours are re-applied to the new rows.
  const repaired = await repairFormatting(host);
  if (!repaired.ok) throw new Error(`The sample workbook could not be formatted: ${repaired.problems.join(" ")}`);
  return host;
}

function addActionRows(host: XlsxWorkbookHost): void {
  const sheet = findSheet(host.workbook, "Actions");
  const table = sheet?.getTable(TABLES.actions);
  if (!sheet || !table) throw new Error("The sample workbook has no Actions table.");
  SAMPLE_ACTIONS.forEach(([step, theme, area, owner, due, priority, status], i) => {
    const row: CellValue[] = [`HO-${String(i + 1).padStart(2, "0")}`, step, theme, area, owner, isoDateToSerial(due), priority, status, ""];
    table.addRow(row);
  });
  table.removeRows(0, 1); // the blank row Excel keeps in a new, empty table
  table.commit();
  for (let r = 0; r < SAMPLE_ACTIONS.length; r++) sheet.getCell(r + 2, 6).numFmt = DUE_DATE_FORMAT;
}
