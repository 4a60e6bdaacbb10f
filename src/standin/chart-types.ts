/** The chart types and strategies of the `Charts` service, as enums whose values are their names. */

import { enumOf } from "./enums";

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

export function checkChartType(type: unknown): ChartType {
  const match = CHART_TYPES.find((name) => name === type);
  if (!match) throw new Error(`Invalid argument: chart type ${String(type)}`);
  return match;
}
