/** Reading the spreadsheet's sheets: their header rows, which input table each looks like, their grids. */
import { matchColumns, TableError } from "../core/headers";
import { DETECTION_ORDER, INPUT_TABLES, inputTable } from "../core/inputs";
import type { Cell, TableName } from "../core/types";
import type { SheetInfo } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { markedSheets } from "./ownership";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** True when the header row has every required column of `table`. */
export function hasRequiredColumns(table: TableName, headers: readonly unknown[]): boolean {
  try {
    matchColumns(table, inputTable(table).fields, headers);
    return true;
  } catch (error) {
    if (error instanceof TableError) return false;
    throw error;
  }
}

/** The input table a header row serves, if any. */
export function looksLike(headers: readonly unknown[]): TableName | null {
  return DETECTION_ORDER.find((table) => hasRequiredColumns(table, headers)) ?? null;
}

/** A sheet's whole content in one call; the header is row 1. */
export function readGrid(sheet: Sheet): Cell[][] {
  return sheet.getDataRange().getValues();
}

/**
 * The header row of a sheet, without its trailing blanks (empty for an empty sheet). Row 1 in A1
 * notation needs no getLastColumn first: two calls, whatever the sheet holds.
 */
export function headerRow(sheet: Sheet): Cell[] {
  const row = sheet.getRange("1:1").getValues()[0];
  let width = row.length;
  while (width > 0 && row[width - 1] === "") width--;
  return row.slice(0, width);
}

/**
 * A sheet as the sidebar lists it, in four calls (its name, its last row, its header row) or two
 * for a report sheet, whose header is never read: report sheets are never offered as input.
 */
function describeSheet(sheet: Sheet, reportNames: ReadonlySet<string>): SheetInfo {
  const name = sheet.getName();
  const isReport = reportNames.has(name);
  const headers = isReport ? [] : headerRow(sheet).map((h) => String(h));
  return {
    name,
    rows: Math.max(0, sheet.getLastRow() - 1),
    headers,
    looksLike: isReport ? null : looksLike(headers),
    isReport,
  };
}

/**
 * Every sheet described. SpreadsheetApp has no call that reads the names, sizes or header rows of
 * several sheets at once (RangeList has no getValues), so each tab costs four calls; the report
 * marks are found with one search, not by reading every tab's metadata.
 */
export function describeSheets(spreadsheet: Spreadsheet): SheetInfo[] {
  const reportNames = new Set(markedSheets(spreadsheet).map((sheet) => sheet.getName()));
  return spreadsheet.getSheets().map((sheet) => describeSheet(sheet, reportNames));
}

/**
 * Default sources: for each table the first sheet that looks like it, else its data sheet
 * (in either language) when one exists, so that the preview can say what is wrong with it.
 */
export function detectSources(sheets: readonly SheetInfo[], lang: Lang): Record<TableName, string | null> {
  const sources = {} as Record<TableName, string | null>;
  for (const { name: table, dataSheet: names } of INPUT_TABLES) {
    const dataSheet = [names[lang], lang === "zh" ? names.en : names.zh].find((name) =>
      sheets.some((s) => s.name === name),
    );
    sources[table] = sheets.find((s) => s.looksLike === table)?.name ?? dataSheet ?? null;
  }
  return sources;
}
