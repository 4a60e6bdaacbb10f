/**
 * Replaces the report sheets safely (report.md "Ownership", "Safe rebuild"): the new sheets are
 * written in full under temporary names first; only then are the old marked sheets deleted and the
 * new ones renamed. A failure leaves the old report as it was. Sheets without the mark, the input
 * sheets among them, are never written, deleted or renamed.
 */
import { insertChart } from "./charts";
import { freeName, markReport, type ReportKind, reportKindOf } from "./ownership";
import type { SheetPlan } from "./report-sheets";
import { fitSize, writeBlock } from "./writing";

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
  sheet.setFrozenRows(plan.frozenRows);
  // One call per run of equal widths (a table's text columns, the follow-up lists' ids and names).
  for (let start = 0; start < plan.widths.length; ) {
    let end = start + 1;
    while (end < plan.widths.length && plan.widths[end] === plan.widths[start]) end++;
    sheet.setColumnWidths(start + 1, end - start, plan.widths[start]);
    start = end;
  }
  for (const chart of plan.charts) insertChart(sheet, chart);
}

/** Writes the plans as the report sheets, replacing the previous report; returns the sheets' names. */
export function writeReport(spreadsheet: Spreadsheet, plans: readonly SheetPlan[]): WrittenSheet[] {
  const before = spreadsheet.getSheets();
  const names = before.map((s) => s.getName());
  // Marked sheets, including leftovers of a build that was cut off before it could clean up.
  const old = before.filter((s) => reportKindOf(s) !== null);
  const oldNames = new Set(old.map((s) => s.getName()));
  const created: Sheet[] = [];
  try {
    for (const plan of plans) {
      const temporary = freeName(`${plan.title} (new)`, names);
      names.push(temporary);
      const sheet = spreadsheet.insertSheet(temporary, before.length + created.length);
      // Marked at once, so that even a build killed mid-way leaves nothing unowned behind.
      markReport(sheet, plan.kind);
      created.push(sheet);
      renderSheet(sheet, plan);
    }
  } catch (error) {
    for (const sheet of created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  for (const sheet of old) spreadsheet.deleteSheet(sheet);
  const taken = names.filter((name) => !oldNames.has(name));
  return plans.map((plan, i) => {
    const name = freeName(plan.title, taken);
    taken.push(name);
    created[i].setName(name);
    return { kind: plan.kind, name, sheetId: created[i].getSheetId() };
  });
}
