/**
 * Embedded charts: the `Charts` enums, EmbeddedChartBuilder (sheet.newChart(), chart.modify()) and
 * EmbeddedChart. The stand-in draws nothing; it records type, ranges, options and position so tests
 * and the playground can check and render them.
 */

import { formatA1, quoteSheetName } from "./a1";
import { requireBoolean, requireInteger, requireString } from "./args";
import type { RangeRef, SpreadsheetContext } from "./context";
import { enumOf } from "./enums";
import { rangeFacade } from "./range";
import type { SheetModel } from "./sheet-model";
import { type ApiOf, strictObject } from "./strict";

const CHART_TYPES = [
  "TIMELINE",
  "AREA",
  "BAR",
  "BUBBLE",
  "CANDLESTICK",
  "COLUMN",
  "COMBO",
  "GAUGE",
  "GEO",
  "HISTOGRAM",
  "RADAR",
  "LINE",
  "ORG",
  "PIE",
  "SCATTER",
  "SPARKLINE",
  "STEPPED_AREA",
  "TABLE",
  "TREEMAP",
  "WATERFALL",
] as const;

export type ChartType = (typeof CHART_TYPES)[number];

/** The `Charts` enums, with string values ("COLUMN"). */
export const ChartTypeEnum = enumOf(CHART_TYPES);
export const ChartMergeStrategyEnum = enumOf(["MERGE_COLUMNS", "MERGE_ROWS"]);
export const ChartHiddenDimensionStrategyEnum = enumOf([
  "IGNORE_BOTH",
  "IGNORE_ROWS",
  "IGNORE_COLUMNS",
  "SHOW_BOTH",
]);

export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartState {
  /** Assigned when first inserted into a sheet; null for a chart that was only built. */
  id: number | null;
  sheet: SheetModel;
  type: ChartType | null;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}

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

/** An option by key; a dotted key ("vAxis.title") also reaches into an object-valued option. */
function readOption(options: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(options, key)) return options[key];
  const dot = key.indexOf(".");
  if (dot === -1) return undefined;
  const head = options[key.slice(0, dot)];
  if (typeof head !== "object" || head === null || Array.isArray(head)) return undefined;
  return readOption(head as Record<string, unknown>, key.slice(dot + 1));
}

/** A1 notation of a chart range, with the sheet name only when it is not the chart's own sheet. */
export function chartRangeA1(range: RangeRef, chartSheet: SheetModel): string {
  const a1 = formatA1(range.row, range.column, range.numRows, range.numColumns);
  return range.sheet === chartSheet ? a1 : `${quoteSheetName(range.sheet.name)}!${a1}`;
}

function checkChartType(type: unknown): ChartType {
  const match = CHART_TYPES.find((name) => name === type);
  if (!match) throw new Error(`Invalid argument: chart type ${String(type)}`);
  return match;
}

function checkOneOf(value: unknown, allowed: Record<string, string>, name: string): string {
  if (typeof value !== "string" || !Object.hasOwn(allowed, value)) {
    throw new Error(`Invalid argument: ${name} ${String(value)}`);
  }
  return value;
}

function containerInfoFacade(ctx: SpreadsheetContext, position: ChartPosition): object {
  const methods = {
    getAnchorRow: (): number => position.row,
    getAnchorColumn: (): number => position.column,
    getOffsetX: (): number => position.offsetX,
    getOffsetY: (): number => position.offsetY,
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.ContainerInfo>;
  return strictObject("ContainerInfo", methods, { calls: ctx.calls });
}

/** EmbeddedChartBuilder over a private draft; `build()` snapshots the draft into a chart. */
export function chartBuilderFacade(ctx: SpreadsheetContext, draft: ChartState): object {
  const setType = (type: ChartType) => (): object => {
    draft.type = type;
    return facade;
  };
  const methods = {
    setChartType: (type: unknown): object => {
      draft.type = checkChartType(type);
      return facade;
    },
    getChartType: (): ChartType | null => draft.type,
    asAreaChart: setType("AREA"),
    asBarChart: setType("BAR"),
    asColumnChart: setType("COLUMN"),
    asComboChart: setType("COMBO"),
    asLineChart: setType("LINE"),
    asPieChart: setType("PIE"),
    asScatterChart: setType("SCATTER"),
    asTableChart: setType("TABLE"),
    addRange: (range: unknown): object => {
      draft.ranges.push(ctx.ranges.lookup(range, "range"));
      return facade;
    },
    removeRange: (range: unknown): object => {
      const ref = ctx.ranges.lookup(range, "range");
      draft.ranges = draft.ranges.filter(
        (r) =>
          r.sheet !== ref.sheet ||
          r.row !== ref.row ||
          r.column !== ref.column ||
          r.numRows !== ref.numRows ||
          r.numColumns !== ref.numColumns,
      );
      return facade;
    },
    clearRanges: (): object => {
      draft.ranges = [];
      return facade;
    },
    getRanges: (): object[] => draft.ranges.map((ref) => rangeFacade(ctx, ref)),
    setPosition: (anchorRow: unknown, anchorColumn: unknown, offsetX: unknown, offsetY: unknown): object => {
      const row = requireInteger(anchorRow, "anchorRowPos");
      const column = requireInteger(anchorColumn, "anchorColPos");
      if (row < 1 || column < 1 || row > draft.sheet.maxRows || column > draft.sheet.maxColumns) {
        throw new Error("The coordinates of the range are outside the dimensions of the sheet.");
      }
      draft.position = {
        row,
        column,
        offsetX: requireInteger(offsetX, "offsetX"),
        offsetY: requireInteger(offsetY, "offsetY"),
      };
      return facade;
    },
    getContainer: (): object => containerInfoFacade(ctx, { ...draft.position }),
    setOption: (option: unknown, value: unknown): object => {
      const key = requireString(option, "option");
      draft.options[key] = copyOptionValue(value, key);
      return facade;
    },
    setNumHeaders: (headers: unknown): object => {
      draft.numHeaders = requireInteger(headers, "headers");
      return facade;
    },
    setTransposeRowsAndColumns: (transpose: unknown): object => {
      draft.transpose = requireBoolean(transpose, "transpose");
      return facade;
    },
    setMergeStrategy: (strategy: unknown): object => {
      draft.mergeStrategy = checkOneOf(strategy, ChartMergeStrategyEnum, "mergeStrategy");
      return facade;
    },
    setHiddenDimensionStrategy: (strategy: unknown): object => {
      draft.hiddenDimensionStrategy = checkOneOf(strategy, ChartHiddenDimensionStrategyEnum, "strategy");
      return facade;
    },
    build: (): object => {
      if (draft.type === null) throw new Error("Apps Script stand-in: set a chart type before build()");
      return chartFacade(ctx, cloneChartState(draft));
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>;
  const facade: object = strictObject("EmbeddedChartBuilder", methods, {
    calls: ctx.calls,
    guard: () => draft.sheet.assertAlive(),
  });
  return facade;
}

/** EmbeddedChart over `state` (a snapshot: later updates to the sheet's chart do not show here). */
export function chartFacade(ctx: SpreadsheetContext, state: ChartState): object {
  const options = {
    get: (option: unknown): unknown => {
      const value = readOption(state.options, requireString(option, "option"));
      return value === undefined ? null : copyOptionValue(value, String(option));
    },
  } satisfies ApiOf<GoogleAppsScript.Charts.ChartOptions>;
  const methods = {
    getChartId: (): number | null => state.id,
    getRanges: (): object[] => state.ranges.map((ref) => rangeFacade(ctx, ref)),
    getOptions: (): object => strictObject("ChartOptions", options, { calls: ctx.calls }),
    getContainerInfo: (): object => containerInfoFacade(ctx, { ...state.position }),
    getNumHeaders: (): number => state.numHeaders,
    getTransposeRowsAndColumns: (): boolean => state.transpose,
    getMergeStrategy: (): string => state.mergeStrategy,
    getHiddenDimensionStrategy: (): string => state.hiddenDimensionStrategy,
    modify: (): object => chartBuilderFacade(ctx, cloneChartState(state)),
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.EmbeddedChart>;
  const facade = strictObject("EmbeddedChart", methods, { calls: ctx.calls });
  return ctx.charts.register(facade, state);
}

/** The `Charts` global: only its enums; Charts.newXxxChart() builders are not implemented. */
export function chartsServiceFacade(): object {
  const members = {
    ChartType: strictObject("ChartType", ChartTypeEnum),
    ChartMergeStrategy: strictObject("ChartMergeStrategy", ChartMergeStrategyEnum),
    ChartHiddenDimensionStrategy: strictObject(
      "ChartHiddenDimensionStrategy",
      ChartHiddenDimensionStrategyEnum,
    ),
  } satisfies ApiOf<GoogleAppsScript.Charts.Charts>;
  return strictObject("Charts", members);
}
