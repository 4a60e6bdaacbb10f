/** The engine's labelled tables (core/layout.ts) as cells that spill: a header row, then the rows. */
import type { ZoneClock } from "../core/calendar";
import { type Column, type ColumnKind, headersOf, type LayoutValue, rowsOf } from "../core/layout";
import type { SheetCell } from "./ranges";
import type { SheetContext } from "./sheet-context";

/**
 * One value as a cell: an empty value is "" (a blank cell), a day a Date at midnight of that day
 * in the spreadsheet's zone so that Sheets shows that calendar date.
 */
function sheetCell(value: LayoutValue, kind: ColumnKind, clock: ZoneClock): SheetCell {
  if (value === null) return "";
  if (kind === "day" && typeof value === "number") return new Date(clock.startOfDay(value));
  return value;
}

/** Header row and rows of layout values, as cells. */
export function spillRows(
  headers: readonly string[],
  kinds: readonly ColumnKind[],
  rows: readonly (readonly LayoutValue[])[],
  clock: ZoneClock,
): SheetCell[][] {
  return [[...headers], ...rows.map((row) => row.map((value, i) => sheetCell(value, kinds[i], clock)))];
}

/** Rows of a column list under headers in the spreadsheet's language. */
export function spillTable<R>(
  columns: readonly Column<R>[],
  rows: readonly R[],
  context: SheetContext,
): SheetCell[][] {
  return spillRows(
    headersOf(columns, context.lang),
    columns.map((c) => c.kind),
    rowsOf(columns, rows),
    context.clock,
  );
}
