/** A JSON-safe picture of every sheet, for test assertions and for the playground to render. */

import { chartRangeA1 } from "./chart-model";
import { isDate } from "./dates";
import type { CellValue } from "./entry";
import { formatCellForDisplay } from "./format";
import type { CellState, FontWeight } from "./grid";
import type { SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";

export interface ChartSnapshot {
  id: string;
  type: string;
  /** A1 notation ("A1:B10"), prefixed with the sheet name only for a range on another sheet. */
  ranges: string[];
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

export interface SheetSnapshot {
  name: string;
  /** 1-based position among the tabs, as Sheet.getIndex(). */
  index: number;
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  /** Trimmed to the last row and column with content; Dates as ISO strings; blank as "". */
  values: (string | number | boolean | null)[][];
  /** As Sheets would show the values with their number formats (same trim). */
  displayValues: string[][];
  numberFormats: string[][];
  fontWeights: FontWeight[][];
  /** Each cell's background and font colour as set (CSS), null for the default (same trim). */
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  /** One width in pixels per column, all maxColumns of them. */
  columnWidths: number[];
  charts: ChartSnapshot[];
  metadata: { key: string; value: string | null }[];
  hidden: boolean;
  tabColor: string | null;
  /** The selection a script set with Range.activate ("A12"), or null. */
  activeRange: string | null;
}

function jsonValue(value: CellValue): string | number | boolean | null {
  return isDate(value) ? value.toISOString() : value;
}

function table<T>(sheet: SheetModel, read: (cell: Readonly<CellState>) => T): T[][] {
  const lastRow = sheet.grid.lastRow();
  const lastColumn = sheet.grid.lastColumn();
  const rows: T[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row: T[] = [];
    for (let c = 1; c <= lastColumn; c++) row.push(read(sheet.grid.read(r, c)));
    rows.push(row);
  }
  return rows;
}

export function snapshotSheet(sheet: SheetModel, index: number, timeZone: string): SheetSnapshot {
  return {
    name: sheet.name,
    index,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    values: table(sheet, (cell) => jsonValue(cell.value)),
    displayValues: table(sheet, (cell) => formatCellForDisplay(cell.value, cell.numberFormat, timeZone)),
    numberFormats: table(sheet, (cell) => cell.numberFormat),
    fontWeights: table(sheet, (cell) => cell.fontWeight),
    backgrounds: table(sheet, (cell) => cell.background),
    fontColors: table(sheet, (cell) => cell.fontColor),
    columnWidths: [...sheet.columnWidths],
    charts: sheet.charts.map((chart) => ({
      id: String(chart.id),
      type: chart.type ?? "",
      ranges: chart.ranges.map((range) => chartRangeA1(range, sheet)),
      options: JSON.parse(JSON.stringify(chart.options)) as Record<string, unknown>,
      position: { ...chart.position },
    })),
    metadata: sheet.metadata.map((entry) => ({ key: entry.key, value: entry.value })),
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    activeRange: sheet.activeRange,
  };
}

export function snapshotSpreadsheet(spreadsheet: SpreadsheetModel): SheetSnapshot[] {
  return spreadsheet.sheets.map((sheet, i) => snapshotSheet(sheet, i + 1, spreadsheet.timeZone));
}
