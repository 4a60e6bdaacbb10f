/** What each table will contribute, shown in the sidebar before building (report.md "Preview"). */
import { formatDay, ZoneClock } from "../core/calendar";
import { errorMessage } from "../core/errors";
import { TableError } from "../core/headers";
import { INPUT_TABLES, inputTable, problemMessage, readTable } from "../core/inputs";
import { problemJson } from "../core/sections/problems";
import { staffCount } from "../core/staff";
import type { Table } from "../core/tables";
import type { MemberColumns, TableName } from "../core/types";
import type { TablePreview } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { messages } from "./messages";
import { readGrid } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How many problems the preview lists; the build's problems sheet has them all. */
export const PREVIEW_PROBLEMS = 5;

function emptyPreview(table: TableName, sheet: string | null, error: string | null): TablePreview {
  return {
    table,
    sheet,
    error,
    columns: [],
    otherColumns: [],
    othersKept: inputTable(table).keepsOtherColumns,
    rowCount: 0,
    skipped: 0,
    staff: 0,
    firstProblems: [],
    firstDay: null,
    lastDay: null,
  };
}

/** The preview of one table read from `sheetName` (null: the table is not used). */
export function previewTable(
  spreadsheet: Spreadsheet,
  table: TableName,
  sheetName: string | null,
  clock: ZoneClock,
  lang: Lang,
): TablePreview {
  const t = messages(lang);
  if (sheetName === null)
    return emptyPreview(table, null, inputTable(table).required ? t.membersRequired : null);
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) return emptyPreview(table, sheetName, t.sheetMissing(sheetName, table));
  let read: Table<unknown>;
  try {
    read = readTable(table, readGrid(sheet), clock);
  } catch (error) {
    // A missing required column is shown, not thrown: the other tables still preview.
    if (error instanceof TableError)
      return emptyPreview(table, sheetName, t.tableUnusable(sheetName, errorMessage(error, lang)));
    throw error;
  }
  const span = read.span;
  return {
    table,
    sheet: sheetName,
    error: null,
    columns: read.columns.map((c) => ({ field: c.field, header: c.header })),
    otherColumns: read.otherHeaders,
    othersKept: inputTable(table).keepsOtherColumns,
    rowCount: read.rowCount,
    skipped: read.problems.length,
    staff: table === "members" ? staffCount((read.rows as MemberColumns).staff) : 0,
    // Reasons in the sidebar's language; the JSON report keeps the English ones.
    firstProblems: read.problems
      .slice(0, PREVIEW_PROBLEMS)
      .map((p) => ({ ...problemJson(p), message: problemMessage(table, p.message, lang) })),
    firstDay: span && formatDay(span.first),
    lastDay: span && formatDay(span.last),
  };
}

/** Every table's preview, read in the spreadsheet's time zone as the build will read it. */
export function previewSources(
  spreadsheet: Spreadsheet,
  sources: Record<TableName, string | null>,
  lang: Lang,
): TablePreview[] {
  const clock = new ZoneClock(spreadsheet.getSpreadsheetTimeZone());
  return INPUT_TABLES.map(({ name }) => previewTable(spreadsheet, name, sources[name], clock, lang));
}
