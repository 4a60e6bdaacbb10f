/** The Sheet facade: ranges, structure (rows, columns, frozen panes, widths), visibility, charts, metadata. */

import { optionalString, requireInteger, requireString } from "./args";
import { requireWritable } from "./auth";
import { cloneChartState, newChartState } from "./chart-model";
import type { SpreadsheetContext } from "./context";
import { interpretEntry } from "./entry";
import { formatCellForDisplay } from "./format";
import { clearScopeOf, storeEntry } from "./grid";
import { metadataFacade } from "./metadata";
import { addMetadata } from "./metadata-model";
import { a1RangeRef, checkedRangeRef } from "./range-ref";
import { DEFAULT_COLUMN_WIDTH, type SheetModel } from "./sheet-model";
import { type ApiOf, strictObject } from "./strict";

/** Rough pixel width of one character in Sheets' default 10pt Arial, plus cell padding. */
const CHARACTER_WIDTH = 7;
const CELL_PADDING = 10;

function checkSpan(
  sheet: SheetModel,
  start: unknown,
  count: unknown,
  what: "rows" | "columns",
): [number, number] {
  const first = requireInteger(start, what === "rows" ? "rowPosition" : "columnPosition");
  const n = requireInteger(count, "howMany");
  const max = what === "rows" ? sheet.maxRows : sheet.maxColumns;
  if (n < 1) throw new Error(`The number of ${what} must be at least 1.`);
  if (first < 1 || first + n - 1 > max) throw new Error(`Those ${what} are out of bounds.`);
  return [first, n];
}

export function sheetFacade(ctx: SpreadsheetContext, sheet: SheetModel): object {
  const cached = ctx.sheetFacades.get(sheet);
  if (cached) return cached;
  const spreadsheet = ctx.spreadsheet;

  const insertRows = (before: number, count: unknown): object => {
    const n = requireInteger(count, "howMany");
    if (n < 1) throw new Error("The number of rows to insert must be at least 1.");
    spreadsheet.assertCellBudget(n * sheet.maxColumns);
    sheet.grid.insertRows(before, n);
    sheet.maxRows += n;
    return facade;
  };
  const insertColumns = (before: number, count: unknown): object => {
    const n = requireInteger(count, "howMany");
    if (n < 1) throw new Error("The number of columns to insert must be at least 1.");
    spreadsheet.assertCellBudget(n * sheet.maxRows);
    sheet.grid.insertColumns(before, n);
    sheet.columnWidths.splice(before - 1, 0, ...new Array<number>(n).fill(DEFAULT_COLUMN_WIDTH));
    sheet.maxColumns += n;
    return facade;
  };
  const position = (value: unknown, name: string, max: number): number => {
    const p = requireInteger(value, name);
    if (p < 1 || p > max) throw new Error(`Invalid argument: ${name} ${p} is outside 1..${max}`);
    return p;
  };
  const chartIndex = (chart: unknown): number => {
    const state = ctx.charts.lookup(chart, "chart");
    const index = state.id === null ? -1 : sheet.charts.findIndex((c) => c.id === state.id);
    if (index === -1) throw new Error("The chart is not on this sheet.");
    return index;
  };
  const setVisible = (visible: boolean): object => {
    if (!visible && !sheet.hidden && !spreadsheet.sheets.some((other) => other !== sheet && !other.hidden)) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    sheet.hidden = !visible;
    if (!visible && spreadsheet.active === sheet) spreadsheet.active = null;
    return facade;
  };

  const methods = {
    getName: (): string => sheet.name,
    setName: (name: unknown): object => {
      const checked = requireString(name, "name");
      spreadsheet.assertNameFree(checked, sheet);
      sheet.name = checked;
      return facade;
    },
    getSheetId: (): number => sheet.id,
    getIndex: (): number => spreadsheet.sheets.indexOf(sheet) + 1,
    getParent: (): object => ctx.facades.spreadsheet(),
    /** copyTo(spreadsheet): the stand-in holds one spreadsheet, so only a copy within it. */
    copyTo: (destination: unknown): object => {
      if (destination !== ctx.facades.spreadsheet()) {
        throw new Error("Apps Script stand-in: Sheet.copyTo another spreadsheet is not implemented");
      }
      return ctx.facades.sheet(spreadsheet.duplicateSheet(sheet, spreadsheet.sheets.length));
    },

    getRange: (rowOrA1: unknown, column?: unknown, numRows?: unknown, numColumns?: unknown): object =>
      ctx.facades.range(
        typeof rowOrA1 === "string"
          ? a1RangeRef(sheet, rowOrA1)
          : checkedRangeRef(sheet, rowOrA1, column, numRows ?? 1, numColumns ?? 1),
      ),
    getRangeList: (a1Notations: unknown): object => {
      if (!Array.isArray(a1Notations) || a1Notations.length === 0)
        throw new Error("Invalid argument: a1Notations");
      return ctx.facades.rangeList(
        a1Notations.map((a1) => a1RangeRef(sheet, requireString(a1, "a1Notation"))),
      );
    },
    getDataRange: (): object =>
      ctx.facades.range(
        checkedRangeRef(sheet, 1, 1, Math.max(1, sheet.grid.lastRow()), Math.max(1, sheet.grid.lastColumn())),
      ),
    getLastRow: (): number => sheet.grid.lastRow(),
    getLastColumn: (): number => sheet.grid.lastColumn(),
    getMaxRows: (): number => sheet.maxRows,
    getMaxColumns: (): number => sheet.maxColumns,

    insertRowsAfter: (after: unknown, count: unknown): object =>
      insertRows(position(after, "afterPosition", sheet.maxRows) + 1, count),
    insertRowsBefore: (before: unknown, count: unknown): object =>
      insertRows(position(before, "beforePosition", sheet.maxRows), count),
    insertColumnsAfter: (after: unknown, count: unknown): object =>
      insertColumns(position(after, "afterPosition", sheet.maxColumns) + 1, count),
    insertColumnsBefore: (before: unknown, count: unknown): object =>
      insertColumns(position(before, "beforePosition", sheet.maxColumns), count),
    deleteRows: (start: unknown, count: unknown = 1): void => {
      const [first, n] = checkSpan(sheet, start, count, "rows");
      if (sheet.maxRows - n <= sheet.frozenRows) {
        throw new Error("Sorry, it is not possible to delete all non-frozen rows.");
      }
      sheet.grid.deleteRows(first, n);
      sheet.maxRows -= n;
    },
    deleteColumns: (start: unknown, count: unknown = 1): void => {
      const [first, n] = checkSpan(sheet, start, count, "columns");
      if (sheet.maxColumns - n <= sheet.frozenColumns) {
        throw new Error("Sorry, it is not possible to delete all non-frozen columns.");
      }
      sheet.grid.deleteColumns(first, n);
      sheet.columnWidths.splice(first - 1, n);
      sheet.maxColumns -= n;
    },
    appendRow: (rowContents: unknown): object => {
      if (!Array.isArray(rowContents) || rowContents.length === 0)
        throw new Error("Invalid argument: rowContents");
      // Sheets grows the sheet when the row does not fit.
      const row = sheet.grid.lastRow() + 1;
      const growRows = Math.max(0, row - sheet.maxRows);
      const growColumns = Math.max(0, rowContents.length - sheet.maxColumns);
      const entries = rowContents.map((value, i) =>
        interpretEntry(
          value,
          sheet.grid.read(row, i + 1).numberFormat,
          spreadsheet.timeZone,
          spreadsheet.plainText,
        ),
      );
      if (growColumns > 0) insertColumns(sheet.maxColumns + 1, growColumns);
      if (growRows > 0) insertRows(sheet.maxRows + 1, growRows);
      entries.forEach((entry, i) => {
        storeEntry(sheet.grid.write(row, i + 1), entry);
      });
      return facade;
    },

    clear: (options?: unknown): object => {
      sheet.grid.clear(1, 1, sheet.maxRows, sheet.maxColumns, clearScopeOf(options));
      return facade;
    },
    clearContents: (): object => {
      sheet.grid.clear(1, 1, sheet.maxRows, sheet.maxColumns, { contents: true, formats: false });
      return facade;
    },
    clearFormats: (): object => {
      sheet.grid.clear(1, 1, sheet.maxRows, sheet.maxColumns, { contents: false, formats: true });
      return facade;
    },

    setFrozenRows: (rows: unknown): void => {
      const n = requireInteger(rows, "rows");
      if (n < 0) throw new Error("Invalid argument: rows");
      if (n >= sheet.maxRows) throw new Error("Sorry, it is not possible to freeze all the rows of a sheet.");
      sheet.frozenRows = n;
    },
    setFrozenColumns: (columns: unknown): void => {
      const n = requireInteger(columns, "columns");
      if (n < 0) throw new Error("Invalid argument: columns");
      if (n >= sheet.maxColumns)
        throw new Error("Sorry, it is not possible to freeze all the columns of a sheet.");
      sheet.frozenColumns = n;
    },
    getFrozenRows: (): number => sheet.frozenRows,
    getFrozenColumns: (): number => sheet.frozenColumns,

    setColumnWidth: (column: unknown, width: unknown): object => {
      const c = position(column, "columnPosition", sheet.maxColumns);
      const w = requireInteger(width, "width");
      if (w < 0) throw new Error("Invalid argument: width");
      sheet.columnWidths[c - 1] = w;
      return facade;
    },
    setColumnWidths: (start: unknown, count: unknown, width: unknown): object => {
      const [first, n] = checkSpan(sheet, start, count, "columns");
      const w = requireInteger(width, "width");
      if (w < 0) throw new Error("Invalid argument: width");
      sheet.columnWidths.fill(w, first - 1, first - 1 + n);
      return facade;
    },
    getColumnWidth: (column: unknown): number =>
      sheet.columnWidths[position(column, "columnPosition", sheet.maxColumns) - 1],
    autoResizeColumns: (start: unknown, count: unknown): object => {
      const [first, n] = checkSpan(sheet, start, count, "columns");
      autoResize(sheet, first, n, spreadsheet.timeZone);
      return facade;
    },
    autoResizeColumn: (column: unknown): object => {
      autoResize(sheet, position(column, "columnPosition", sheet.maxColumns), 1, spreadsheet.timeZone);
      return facade;
    },

    activate: (): object => {
      sheet.hidden = false;
      spreadsheet.active = sheet;
      return facade;
    },
    getActiveRange: (): object | null =>
      sheet.activeRange === null ? null : ctx.facades.range(a1RangeRef(sheet, sheet.activeRange)),
    showSheet: (): object => setVisible(true),
    hideSheet: (): object => setVisible(false),
    isSheetHidden: (): boolean => sheet.hidden,
    setTabColor: (color: unknown): object => {
      sheet.tabColor = optionalString(color, "color");
      return facade;
    },
    getTabColor: (): string | null => sheet.tabColor,

    addDeveloperMetadata: (key: unknown, value?: unknown, visibility?: unknown): object => {
      addMetadata(sheet, spreadsheet.nextMetadataId(), key, value, visibility);
      return facade;
    },
    getDeveloperMetadata: (): object[] => sheet.metadata.map((entry) => metadataFacade(ctx, sheet, entry)),

    newChart: (): object => ctx.facades.chartBuilder(newChartState(sheet)),
    insertChart: (chart: unknown): void => {
      const state = ctx.charts.lookup(chart, "chart");
      if (state.id !== null && spreadsheet.sheets.some((s) => s.charts.some((c) => c.id === state.id))) {
        throw new Error("Apps Script stand-in: this chart is already inserted; use updateChart to change it");
      }
      state.id = spreadsheet.nextChartId();
      state.sheet = sheet;
      sheet.charts.push(cloneChartState(state));
    },
    getCharts: (): object[] => sheet.charts.map((state) => ctx.facades.chart(cloneChartState(state))),
    removeChart: (chart: unknown): void => {
      sheet.charts.splice(chartIndex(chart), 1);
    },
    updateChart: (chart: unknown): void => {
      const state = ctx.charts.lookup(chart, "chart");
      sheet.charts[chartIndex(chart)] = { ...cloneChartState(state), sheet };
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.Sheet>;

  const facade: object = strictObject("Sheet", methods, {
    calls: ctx.calls,
    guard: (method) => {
      sheet.assertAlive();
      requireWritable(ctx.auth, method);
    },
  });
  ctx.sheets.register(facade, sheet);
  ctx.sheetFacades.set(sheet, facade);
  return facade;
}

/** Sets each column's width from its longest displayed value; empty columns keep their width. */
function autoResize(sheet: SheetModel, first: number, count: number, timeZone: string): void {
  const lastRow = sheet.grid.lastRow();
  for (let column = first; column < first + count; column++) {
    let longest = 0;
    for (let row = 1; row <= lastRow; row++) {
      const cell = sheet.grid.read(row, column);
      longest = Math.max(longest, formatCellForDisplay(cell.value, cell.numberFormat, timeZone).length);
    }
    if (longest > 0) sheet.columnWidths[column - 1] = longest * CHARACTER_WIDTH + CELL_PADDING;
  }
}
