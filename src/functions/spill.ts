/** The engine's labelled tables (core/layout.ts) as cells that spill: a header row, then the rows. */
import type { ZoneClock } from "../core/calendar";
import {
  type Column,
  type ColumnKind,
  fullRow,
  headersOf,
  type LayoutValue,
  rowsOf,
  sheetValue,
} from "../core/layout";
import type { SheetCell } from "./ranges";
import type { SheetContext } from "./sheet-context";

/** Header row and rows of layout values, as cells; those past a short row's end blank. */
export function spillRows(
  headers: readonly string[],
  kinds: readonly ColumnKind[],
  rows: readonly (readonly LayoutValue[])[],
  clock: ZoneClock,
): SheetCell[][] {
  return [
    [...headers],
    ...rows.map((row) => fullRow(row, headers.length, (value, i) => sheetValue(value, kinds[i], clock), "")),
  ];
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
    rowsOf(columns, rows, context.lang),
    context.clock,
  );
}
