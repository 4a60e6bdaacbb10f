/**
 * Writing rectangular blocks into a sheet in a fixed number of calls, whatever their size: number
 * formats first (so text cells are plain text before any value arrives), then the values.
 */

/** What a script can write into a cell. Blank is "". */
export type SheetValue = string | number | boolean | Date;

/** Plain text: Sheets stores a string exactly as written, never as a formula, number or date. */
export const TEXT_FORMAT = "@";
/** What Sheets reports for its automatic format: numbers shown as typed. */
export const NUMBER_FORMAT = "0.###############";

/** A rectangle of values with a number format per cell. */
export interface Block {
  row: number;
  column: number;
  values: SheetValue[][];
  formats: string[][];
  /** Leading rows shown bold: a table's header, a block's title. */
  boldRows: number;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function blockBottom(block: Block): number {
  return block.row + block.values.length - 1;
}

export function blockWidth(block: Block): number {
  return block.values[0]?.length ?? 0;
}

/** Writes a block with one setNumberFormats, one setValues and one setFontWeight. */
export function writeBlock(sheet: Sheet, block: Block): void {
  const width = blockWidth(block);
  const range = sheet.getRange(block.row, block.column, block.values.length, width);
  range.setNumberFormats(block.formats);
  range.setValues(block.values);
  if (block.boldRows > 0)
    sheet.getRange(block.row, block.column, block.boldRows, width).setFontWeight("bold");
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
