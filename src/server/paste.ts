/**
 * Pasted tables saved into their data sheet (Members / 成员 …). Every value is stored as the text
 * or number it was: Sheets would otherwise evaluate "=…", "+1", "-x", "@x" and turn "007" into 7.
 */
import { ZoneClock } from "../core/calendar";
import { DelimitedTextError, parseDelimited } from "../core/delimited";
import { errorMessage } from "../core/errors";
import { headerKey, matchColumns, TableError } from "../core/headers";
import { inputTable, TABLE_NAMES } from "../core/inputs";
import type { Cell, TableName } from "../core/types";
import type { SaveMode, SaveResult, Settings } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { pasteSheet } from "../shared/paste";
import { messages } from "./messages";
import { claimName } from "./ownership";
import { previewTable } from "./preview";
import { storeSettings } from "./settings";
import { headerRow } from "./sheets";
import { ensureSize, literalRows, TEXT_FORMAT } from "./writing";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * A pasted value as it is stored: canonical decimal numbers ("12", "19.9") as numbers,
 * everything else ("007", "1e3", "12.50", "-3", "=x") as text.
 * @example storedValue("19.9") //=> 19.9
 * @example storedValue("007") //=> "007"
 */
export function storedValue(text: string): string | number {
  // No sign: report.md keeps a value starting with "-" or "+" as text.
  if (!/^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(text)) return text;
  const number = Number(text);
  // Only where the number prints back as the same text: long ids lose digits as numbers.
  return String(number) === text ? number : text;
}

/**
 * The number format that shows a pasted number as it was pasted: "0" for an integer, a fixed
 * "0.00…" with its own count of decimals otherwise. A pattern with optional digits ("0.###")
 * would show 7 as "7." in Sheets. storedValue keeps only numbers that print back as pasted, so
 * String(value) holds exactly the pasted decimals.
 * @example pastedNumberFormat(7) //=> "0"
 * @example pastedNumberFormat(19.95) //=> "0.00"
 */
export function pastedNumberFormat(value: number): string {
  const decimals = String(value).split(".")[1]?.length ?? 0;
  return decimals === 0 ? "0" : `0.${"0".repeat(decimals)}`;
}

/** Values and their per-cell number formats, so that text cells are plain text before writing. */
function literalBlock(rows: readonly (readonly string[])[]): {
  values: (string | number)[][];
  formats: string[][];
} {
  const values = rows.map((row) => row.map(storedValue));
  const formats = values.map((row) =>
    row.map((v) => (typeof v === "number" ? pastedNumberFormat(v) : TEXT_FORMAT)),
  );
  return { values, formats };
}

function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === "");
}

/** Parses pasted text into a header row and data rows cut or padded to the header's width. */
function parsePasted(text: string, lang: Lang): string[][] {
  const t = messages(lang);
  let grid: string[][];
  try {
    grid = parseDelimited(text);
  } catch (error) {
    if (error instanceof DelimitedTextError) throw new Error(t.pasteUnreadable(error.text[lang]));
    throw error;
  }
  // Blank lines at the end of a selection are not rows anyone meant to paste.
  while (grid.length > 0 && isBlankRow(grid[grid.length - 1])) grid.pop();
  if (grid.length === 0 || isBlankRow(grid[0])) throw new Error(t.nothingPasted);
  const width = grid[0].length;
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ""));
}

function checkTable(table: unknown, lang: Lang): TableName {
  if (typeof table === "string" && (TABLE_NAMES as readonly string[]).includes(table))
    return table as TableName;
  throw new Error(messages(lang).badTable(String(table)));
}

function checkMode(mode: unknown, lang: Lang): SaveMode | null {
  if (mode === null || mode === undefined || mode === "append" || mode === "replace") return mode ?? null;
  throw new Error(messages(lang).badMode(String(mode)));
}

/** The fields a header row serves; throws the core's readable message for a missing column. */
function fieldColumns(table: TableName, header: readonly Cell[]): Map<string, number> {
  return new Map(matchColumns(table, inputTable(table).fields, header).map((m) => [m.field, m.index]));
}

/**
 * Pasted data rows rearranged into the sheet's column order: by field where a column serves one,
 * else by identical header; columns the paste lacks stay blank. Throws, naming the columns by their
 * headers, when the two headers do not serve the same fields or the paste has a column the sheet
 * has not (appending would drop it).
 */
function alignToSheet(
  table: TableName,
  sheetName: string,
  sheetHeader: readonly Cell[],
  pasted: readonly string[][],
  lang: Lang,
): string[][] {
  const ours = fieldColumns(table, sheetHeader);
  const theirs = fieldColumns(table, pasted[0]);
  const headerAt = (row: readonly Cell[], i: number): string => String(row[i] ?? "").trim();
  const pastedKeys = pasted[0].map(headerKey);
  const sheetKeys = new Set(sheetHeader.map(headerKey));
  const served = new Set(theirs.values());
  const onlyPasted = [
    ...[...theirs].filter(([field]) => !ours.has(field)).map(([, i]) => headerAt(pasted[0], i)),
    ...pastedKeys.flatMap((key, i) =>
      served.has(i) || key === "" || sheetKeys.has(key) ? [] : [headerAt(pasted[0], i)],
    ),
  ];
  const onlySheet = [...ours]
    .filter(([field]) => !theirs.has(field))
    .map(([, i]) => headerAt(sheetHeader, i));
  if (onlyPasted.length || onlySheet.length) {
    throw new Error(messages(lang).appendMismatch(sheetName, onlyPasted, onlySheet));
  }
  const fieldOf = new Map([...ours].map(([field, index]) => [index, field]));
  const source = sheetHeader.map((header, i) => {
    const field = fieldOf.get(i);
    if (field !== undefined) return theirs.get(field)!;
    const key = headerKey(header);
    return key === "" ? -1 : pastedKeys.indexOf(key);
  });
  return pasted.slice(1).map((row) => source.map((from) => (from < 0 ? "" : row[from])));
}

/** Writes rows at `row` of `sheet` as literal values: formats first, then values, one call each. */
function writeLiteral(sheet: Sheet, row: number, rows: readonly string[][]): void {
  if (rows.length === 0) return;
  const width = rows[0].length;
  ensureSize(sheet, row + rows.length - 1, width);
  const { values, formats } = literalBlock(rows);
  const range = sheet.getRange(row, 1, rows.length, width);
  range.setNumberFormats(formats);
  range.setValues(literalRows(values));
}

/**
 * Saves pasted CSV/TSV text into the table's data sheet; see report.md "The sidebar", step 1. A
 * large paste arrives in parts (pasteChunks), each appended after the last; only the last part's
 * answer carries the table's preview, which reads the whole sheet.
 */
export function savePaste(
  spreadsheet: Spreadsheet,
  settings: Settings,
  tableInput: unknown,
  text: unknown,
  modeInput: unknown,
  last: unknown = true,
): SaveResult {
  const lang = settings.lang;
  const t = messages(lang);
  const table = checkTable(tableInput, lang);
  const mode = checkMode(modeInput, lang);
  const pasted = parsePasted(typeof text === "string" ? text : "", lang);
  try {
    fieldColumns(table, pasted[0]);
  } catch (error) {
    // Nothing is saved that could not be used: the message names the missing column.
    if (error instanceof TableError) throw new Error(errorMessage(error, lang));
    throw error;
  }

  const wanted = pasteSheet(inputTable(table).dataSheet, settings.sources[table], lang);
  const existing = spreadsheet.getSheetByName(wanted);
  // A tab named alike but for case (the operator's own "members") is never taken over: Sheets
  // refuses the name, and the paste gets the next free one, "Members (2)".
  const [sheet, sheetName] = existing
    ? [existing, wanted]
    : claimName(
        spreadsheet,
        wanted,
        (name) => [spreadsheet.insertSheet(name, spreadsheet.getNumSheets()), name] as const,
      );
  const lastRow = existing ? sheet.getLastRow() : 0;
  const dataRows = Math.max(0, lastRow - 1);
  let saved: SaveResult["mode"];
  let rowsWritten: number;
  if (dataRows > 0 && mode === null) throw new Error(t.needsChoice(sheetName, dataRows));
  if (dataRows > 0 && mode === "append") {
    const rows = alignToSheet(table, sheetName, headerRow(sheet), pasted, lang);
    writeLiteral(sheet, lastRow + 1, rows);
    saved = "append";
    rowsWritten = rows.length;
  } else {
    // A sheet holding only a header (or nothing) holds no data: writing it afresh loses nothing.
    if (lastRow > 0) sheet.clear();
    writeLiteral(sheet, 1, pasted);
    sheet.getRange(1, 1, 1, pasted[0].length).setFontWeight("bold");
    sheet.setFrozenRows(1);
    // Readable columns for the data the operator will check by eye (one call for them all).
    sheet.autoResizeColumns(1, pasted[0].length);
    saved = dataRows > 0 ? "replace" : "new";
    rowsWritten = pasted.length - 1;
  }

  storeSettings({ ...settings, sources: { ...settings.sources, [table]: sheetName } });
  const clock = new ZoneClock(spreadsheet.getSpreadsheetTimeZone());
  return {
    sheet: sheetName,
    mode: saved,
    rowsWritten,
    preview: last === false ? null : previewTable(spreadsheet, table, sheetName, clock, lang),
  };
}
