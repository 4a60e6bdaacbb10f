/**
 * Links from the Data problems sheet to the rows they are about: each problem's Table cell opens
 * its source sheet at that row. The link is set on the cell (RichTextValueBuilder.setLinkUrl), not a
 * HYPERLINK formula, so no text from the operator's data is ever part of a formula; all of them are
 * written with one setRichTextValues.
 */
import type { Problem, TableName } from "../core/types";
import { sheetFragment } from "../shared/a1";
import type { SheetValue } from "./writing";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Sets the link on each problem's first cell of the problems sheet: `firstRow` is the row of the
 * first problem, `texts` the cells' text as written. A problem whose table has no sheet id keeps
 * its text without a link.
 */
export function linkProblems(
  spreadsheet: Spreadsheet,
  sheetId: number,
  firstRow: number,
  problems: readonly Problem[],
  texts: readonly SheetValue[],
  sourceIds: Partial<Record<TableName, number>>,
): void {
  if (problems.length === 0) return;
  const sheet = spreadsheet.getSheetById(sheetId);
  if (!sheet) return;
  const values = problems.map((problem, i) => {
    const builder = SpreadsheetApp.newRichTextValue().setText(String(texts[i]));
    const source = sourceIds[problem.table];
    return [
      (source === undefined ? builder : builder.setLinkUrl(sheetFragment(source, problem.row))).build(),
    ];
  });
  sheet.getRange(firstRow, 1, values.length, 1).setRichTextValues(values);
}
