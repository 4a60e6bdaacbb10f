/** The state of an embedded chart: a new draft, copies of it, and its ranges in A1 notation. */

import { formatA1, quoteSheetName } from "../shared/a1";
import { ChartHiddenDimensionStrategyEnum, ChartMergeStrategyEnum } from "./chart-types";
import type { ChartState, RangeRef, SheetModel } from "./sheet-model";

export function newChartState(sheet: SheetModel): ChartState {
  return {
    id: null,
    sheet,
    type: null,
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: ChartMergeStrategyEnum.MERGE_COLUMNS,
    hiddenDimensionStrategy: ChartHiddenDimensionStrategyEnum.IGNORE_ROWS,
  };
}

export function cloneChartState(state: ChartState): ChartState {
  return {
    ...state,
    ranges: [...state.ranges],
    options: copyOptionValue(state.options, "options") as Record<string, unknown>,
    position: { ...state.position },
  };
}

/**
 * Chart options travel to the Sheets backend as JSON, so only JSON data is accepted; it is copied
 * into this realm so later mutation by the script cannot change a built chart.
 */
export function copyOptionValue(value: unknown, key: string): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map((item) => copyOptionValue(item, key));
  if (Object.prototype.toString.call(value) === "[object Object]") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        copyOptionValue(v, `${key}.${k}`),
      ]),
    );
  }
  throw new Error(`Invalid chart option value for "${key}": ${String(value)}`);
}

/** A1 notation of a chart range, with the sheet name only when it is not the chart's own sheet. */
export function chartRangeA1(range: RangeRef, chartSheet: SheetModel): string {
  const a1 = formatA1(range.row, range.column, range.numRows, range.numColumns);
  return range.sheet === chartSheet ? a1 : `${quoteSheetName(range.sheet.name)}!${a1}`;
}
