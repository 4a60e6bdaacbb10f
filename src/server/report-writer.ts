/**
 * Replaces the report sheets safely (report.md "Ownership", "Safe rebuild"): the new sheets are
 * written in full under temporary names first; only then are the old report sheets deleted and the
 * new ones renamed. A failure leaves the old report as it was. Sheets the builds did not make, the
 * input sheets and a teammate's copy of a report sheet among them, are never written, deleted or
 * renamed.
 */
import { insertChart } from "./charts";
import { claimName, markReport, ownedReportSheets, type ReportKind, recordReportSheets } from "./ownership";
import type { SheetPlan } from "./report-sheets";
import { boldRows, fitSize, writeBlock } from "./writing";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface WrittenSheet {
  kind: ReportKind;
  name: string;
  sheetId: number;
}

/** Writes one plan into a fresh sheet. */
function renderSheet(sheet: Sheet, plan: SheetPlan): void {
  fitSize(sheet, plan.rows, plan.columns);
  for (const block of plan.blocks) writeBlock(sheet, block);
  boldRows(sheet, plan.blocks);
  sheet.setFrozenRows(plan.frozenRows);
  // One call per run of equal widths: a grid's week columns take one call however many weeks it has.
  for (let i = 0; i < plan.widths.length; ) {
    let j = i + 1;
    while (j < plan.widths.length && plan.widths[j] === plan.widths[i]) j++;
    sheet.setColumnWidths(i + 1, j - i, plan.widths[i]);
    i = j;
  }
  for (const chart of plan.charts) insertChart(sheet, chart);
}

/** Writes the plans as the report sheets, replacing the previous report; returns the sheets' names. */
export function writeReport(spreadsheet: Spreadsheet, plans: readonly SheetPlan[]): WrittenSheet[] {
  // The new sheets go after the tabs there are; no call reads every tab.
  const tabs = spreadsheet.getNumSheets();
  // The builds' sheets, including leftovers of a build that was cut off before it could clean up.
  const old = ownedReportSheets(spreadsheet);
  const oldIds = old.map((owned) => owned.sheetId);
  const created: Sheet[] = [];
  const createdIds: number[] = [];
  try {
    for (const plan of plans) {
      const index = tabs + created.length;
      const sheet = claimName(spreadsheet, `${plan.title} (new)`, (name) =>
        spreadsheet.insertSheet(name, index),
      );
      // Marked and recorded before anything is written, so that even a build killed mid-way leaves
      // nothing behind that the next build does not replace.
      markReport(sheet, plan.kind);
      created.push(sheet);
      createdIds.push(sheet.getSheetId());
    }
    recordReportSheets([...oldIds, ...createdIds]);
    plans.forEach((plan, i) => {
      renderSheet(created[i], plan);
    });
  } catch (error) {
    for (const sheet of created) spreadsheet.deleteSheet(sheet);
    recordReportSheets(oldIds);
    throw error;
  }
  for (const owned of old) spreadsheet.deleteSheet(owned.sheet);
  recordReportSheets(createdIds);
  return plans.map((plan, i) => {
    const name = claimName(spreadsheet, plan.title, (free) => {
      created[i].setName(free);
      return free;
    });
    return { kind: plan.kind, name, sheetId: createdIds[i] };
  });
}
