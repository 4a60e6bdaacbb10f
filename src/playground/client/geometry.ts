/** Where a cell sits on the page, shared by the grid and the charts floating over it (Sheets' sizes). */
import type { SheetView } from "../api-types";
import { DEFAULT_CHART_SIZE } from "./chart-data";

export const ROW_HEIGHT = 21;
export const COLUMN_HEADER_HEIGHT = 24;
export const ROW_HEADER_WIDTH = 46;
export const DEFAULT_COLUMN_WIDTH = 100;

/** Blank rows and columns shown past the data, so the sheet does not end at its last value. */
const SPARE_ROWS = 30;
const MIN_ROWS = 60;

export function columnWidth(sheet: SheetView, column: number): number {
  return sheet.columnWidths[column - 1] ?? DEFAULT_COLUMN_WIDTH;
}

/** Left edge of `column` (1-based) inside the grid, row header included. */
export function columnLeft(sheet: SheetView, column: number): number {
  let left = ROW_HEADER_WIDTH;
  for (let c = 1; c < column; c++) left += columnWidth(sheet, c);
  return left;
}

/** Top edge of `row` (1-based) inside the grid, column header included. */
export function rowTop(row: number): number {
  return COLUMN_HEADER_HEIGHT + (row - 1) * ROW_HEIGHT;
}

export interface GridSize {
  rows: number;
  columns: number;
}

/** Enough rows and columns for the data, the charts and the visible width. */
export function gridSize(sheet: SheetView, viewportWidth: number): GridSize {
  let rows = Math.max(MIN_ROWS, sheet.displayValues.length + SPARE_ROWS);
  let right = ROW_HEADER_WIDTH;
  let columns = 0;
  const dataColumns = Math.max(0, ...sheet.displayValues.map((row) => row.length));
  for (const chart of sheet.charts) {
    const width = typeof chart.options.width === "number" ? chart.options.width : DEFAULT_CHART_SIZE.width;
    const height =
      typeof chart.options.height === "number" ? chart.options.height : DEFAULT_CHART_SIZE.height;
    const chartRight = columnLeft(sheet, chart.position.column) + chart.position.offsetX + width;
    right = Math.max(right, chartRight);
    rows = Math.max(rows, chart.position.row + Math.ceil((chart.position.offsetY + height) / ROW_HEIGHT) + 2);
  }
  const wanted = Math.max(right + DEFAULT_COLUMN_WIDTH, viewportWidth);
  while (columns < dataColumns + 1 || columnLeft(sheet, columns + 1) < wanted) columns += 1;
  return { rows, columns: Math.min(columns, Math.max(sheet.columnWidths.length, dataColumns + 1)) };
}
