/**
 * Writing rectangular blocks into a sheet in a fixed number of calls, whatever their size: number
 * formats first (so text cells are plain text before any value arrives), then the values.
 */
import { formatA1 } from "../shared/a1";

/** What a script can write into a cell. Blank is "". */
export type SheetValue = string | number | boolean | Date;

/** Plain text: Sheets stores a string exactly as written, never as a formula, number or date. */
export const TEXT_FORMAT = "@";

/** A rectangle of values with a number format per cell. */
export interface Block {
  row: number;
  column: number;
  values: SheetValue[][];
  formats: string[][];
  /** Leading rows shown bold: a table's header, a block's title. */
  boldRows: number;
  /** Per cell, a CSS colour or null for the default: a heatmap's shades, a mark in the font. */
  backgrounds?: (string | null)[][];
  fontColors?: (string | null)[][];
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function blockBottom(block: Block): number {
  return block.row + block.values.length - 1;
}

export function blockWidth(block: Block): number {
  return block.values[0]?.length ?? 0;
}

/**
 * A value as setValues must receive it to be stored as written. Sheets reads a string written
 * by a script as if typed, even into a plain-text cell: "=…" would become a formula (the Range
 * reference: "If it begins with '=' it is interpreted as a formula"). A leading apostrophe keeps
 * the rest literal and is not stored, so text that starts with = + - @ or an apostrophe gets one.
 * @example sheetLiteral("=SUM(1)") //=> "'=SUM(1)"
 * @example sheetLiteral("'quoted") //=> "''quoted"
 */
export function sheetLiteral(value: SheetValue): SheetValue {
  return typeof value === "string" && /^[=+\-@']/.test(value) ? `'${value}` : value;
}

/** Rows of values with every string made literal (sheetLiteral). */
export function literalRows(values: readonly (readonly SheetValue[])[]): SheetValue[][] {
  return values.map((row) => row.map(sheetLiteral));
}

/**
 * Writes a block with one setNumberFormats and one setValues, and one setBackgrounds and one
 * setFontColors when it has colours. Its bold rows are for boldRows() to set, with every other
 * block's of the sheet in one call.
 */
export function writeBlock(sheet: Sheet, block: Block): void {
  const width = blockWidth(block);
  const range = sheet.getRange(block.row, block.column, block.values.length, width);
  range.setNumberFormats(block.formats);
  range.setValues(literalRows(block.values));
  if (block.backgrounds) range.setBackgrounds(block.backgrounds);
  if (block.fontColors) range.setFontColors(block.fontColors);
}

/**
 * The bold rows of every block (headers, titles) in one RangeList call, however many blocks a
 * sheet has.
 * @example the header rows of blocks at A1 and A9, 13 wide: getRangeList(["A1:M1", "A9:M9"])
 */
export function boldRows(sheet: Sheet, blocks: readonly Block[]): void {
  const ranges = blocks
    .filter((b) => b.boldRows > 0 && blockWidth(b) > 0)
    .map((b) => formatA1(b.row, b.column, b.boldRows, blockWidth(b)));
  if (ranges.length > 0) sheet.getRangeList(ranges).setFontWeight("bold");
}

/** Grows the sheet to at least `rows` × `columns`: Sheets refuses ranges beyond its grid. */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Makes the sheet exactly `rows` tall and `columns` wide: a report sheet without a thousand empty
 * rows scrolls to its end, and big reports stay within the workbook's cell limit (ten million
 * cells, the input sheets included: a follow-up list of 25,000 members is 25,000 rows).
 */
export function fitSize(sheet: Sheet, rows: number, columns: number): void {
  // Columns first: deleting them frees the cells the new rows need.
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
  else if (columns < maxColumns) sheet.deleteColumns(columns + 1, maxColumns - columns);
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
}
