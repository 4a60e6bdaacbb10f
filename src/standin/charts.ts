/**
 * Embedded charts: the `Charts` enums, EmbeddedChartBuilder (sheet.newChart(), chart.modify()) and
 * EmbeddedChart. The stand-in draws nothing; it records type, ranges, options and position so tests
 * and the playground can check and render them.
 */

import { requireBoolean, requireInteger, requireString } from "./args";
import { requireWritable } from "./auth";
import { cloneChartState, copyOptionValue } from "./chart-model";
import {
  ChartHiddenDimensionStrategyEnum,
  ChartMergeStrategyEnum,
  type ChartType,
  ChartTypeEnum,
  checkChartType,
} from "./chart-types";
import type { SpreadsheetContext } from "./context";
import type { ChartPosition, ChartState } from "./sheet-model";
import { type ApiOf, strictObject } from "./strict";

/** An option by key; a dotted key ("vAxis.title") also reaches into an object-valued option. */
function readOption(options: Record<string, unknown>, key: string): unknown {
  if (Object.hasOwn(options, key)) return options[key];
  const dot = key.indexOf(".");
  if (dot === -1) return undefined;
  const head = options[key.slice(0, dot)];
  if (typeof head !== "object" || head === null || Array.isArray(head)) return undefined;
  return readOption(head as Record<string, unknown>, key.slice(dot + 1));
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
    getRanges: (): object[] => draft.ranges.map((ref) => ctx.facades.range(ref)),
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
    guard: (method) => {
      draft.sheet.assertAlive();
      requireWritable(ctx.auth, method);
    },
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
    getRanges: (): object[] => state.ranges.map((ref) => ctx.facades.range(ref)),
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
