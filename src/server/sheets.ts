/** Reading the spreadsheet's sheets: their header rows, which input table each looks like, their grids. */
import { matchColumns, TableError } from "../core/headers";
import { DETECTION_ORDER, INPUT_TABLES, inputTable } from "../core/inputs";
import type { Cell, TableName } from "../core/types";
import type { SheetInfo } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { reportKindOf } from "./ownership";

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

/** The header row of a sheet (empty for an empty sheet). */
export function headerRow(sheet: Sheet, lastColumn = sheet.getLastColumn()): Cell[] {
  return lastColumn > 0 ? sheet.getRange(1, 1, 1, lastColumn).getValues()[0] : [];
}

export function describeSheet(sheet: Sheet): SheetInfo {
  const headers = headerRow(sheet).map((h) => String(h));
  const isReport = reportKindOf(sheet) !== null;
  return {
    name: sheet.getName(),
    rows: Math.max(0, sheet.getLastRow() - 1),
    headers,
    // Report sheets are never offered as input.
    looksLike: isReport ? null : looksLike(headers),
    isReport,
  };
}

export function describeSheets(spreadsheet: Spreadsheet): SheetInfo[] {
  return spreadsheet.getSheets().map(describeSheet);
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
