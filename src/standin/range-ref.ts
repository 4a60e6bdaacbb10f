/** The blocks of cells scripts name, checked against a sheet's dimensions as Sheets checks them. */

import { parseA1 } from "../shared/a1";
import { requireInteger } from "./args";
import type { RangeRef, SheetModel } from "./sheet-model";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

/** Validates coordinates as Sheet.getRange does and returns the block they denote. */
export function checkedRangeRef(
  sheet: SheetModel,
  row: unknown,
  column: unknown,
  numRows: unknown = 1,
  numColumns: unknown = 1,
): RangeRef {
  const r = requireInteger(row, "row");
  const c = requireInteger(column, "column");
  const nr = requireInteger(numRows, "numRows");
  const nc = requireInteger(numColumns, "numColumns");
  if (r < 1) throw new Error("The starting row of the range is too small.");
  if (c < 1) throw new Error("The starting column of the range is too small.");
  if (nr < 1) throw new Error("The number of rows in the range must be at least 1.");
  if (nc < 1) throw new Error("The number of columns in the range must be at least 1.");
  if (r + nr - 1 > sheet.maxRows || c + nc - 1 > sheet.maxColumns) throw new Error(OUTSIDE);
  return { sheet, row: r, column: c, numRows: nr, numColumns: nc };
}

/** Resolves A1 notation against `sheet`, filling open ends ("A:A", "A2:C") from its dimensions. */
export function a1RangeRef(sheet: SheetModel, a1: string): RangeRef {
  const parsed = parseA1(a1);
  if (parsed.sheetName !== null && parsed.sheetName !== sheet.name) {
    throw new Error(`Range not found: ${a1} is not on sheet "${sheet.name}"`);
  }
  const startRow = parsed.startRow ?? 1;
  const startColumn = parsed.startColumn ?? 1;
  const endRow = parsed.endRow ?? sheet.maxRows;
  const endColumn = parsed.endColumn ?? sheet.maxColumns;
  const top = Math.min(startRow, endRow);
  const left = Math.min(startColumn, endColumn);
  return checkedRangeRef(
    sheet,
    top,
    left,
    Math.abs(endRow - startRow) + 1,
    Math.abs(endColumn - startColumn) + 1,
  );
}
