/**
 * The report's charts as data (type, source ranges, anchor, Google Charts options), made from a
 * section's declarative ChartLayout and inserted with one builder chain each. The charts read the
 * report's own cells, so they stay right when a teammate opens the shared sheet without the add-on.
 */
import type { AxisKind, ChartLayout } from "../core/sections/section";
import { MULTIPLE_SUFFIX } from "../shared/display";
import type { Labels, Lang } from "../shared/lang";

export type ChartType = "COMBO" | "LINE" | "BAR" | "COLUMN";

/** A source range: a column (header included) or a block. */
export interface RangeBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartSpec {
  type: ChartType;
  ranges: RangeBox[];
  /** A cell, and pixels right of its left edge (charts side by side in a band share a cell). */
  anchor: { row: number; column: number; offsetX?: number };
  options: Record<string, unknown>;
}

/** Chart size in pixels, and the rows it covers at Sheets' default row height of 21 px. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
export const CHART_ROWS = Math.ceil(CHART_HEIGHT / 21) + 1;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function insertChart(sheet: Sheet, spec: ChartSpec): void {
  let builder = sheet.newChart().setChartType(Charts.ChartType[spec.type]);
  for (const r of spec.ranges)
    builder = builder.addRange(sheet.getRange(r.row, r.column, r.numRows, r.numColumns));
  builder = builder
    .setNumHeaders(1)
    .setPosition(spec.anchor.row, spec.anchor.column, spec.anchor.offsetX ?? 0, 0);
  const options = {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    legend: { position: "bottom" },
    ...spec.options,
  };
  for (const [key, value] of Object.entries(options)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
}

const AXES: Record<AxisKind, { format: string | Labels; minValue: number }> = {
  count: { format: "#,##0", minValue: 0 },
  rate: { format: "0%", minValue: 0 },
  multiple: { format: { en: `0.0"${MULTIPLE_SUFFIX.en}"`, zh: `0.0"${MULTIPLE_SUFFIX.zh}"` }, minValue: 0 },
};

/** A value axis's options, its format in the chart's language. */
function axis(kind: AxisKind, lang: Lang): { format: string; minValue: number } {
  const { format, minValue } = AXES[kind];
  return { format: typeof format === "string" ? format : format[lang], minValue };
}

const TYPES: Record<ChartLayout["type"], ChartType> = {
  combo: "COMBO",
  line: "LINE",
  bar: "BAR",
  column: "COLUMN",
};

/** The chart of a layout over its source ranges, anchored at a cell. */
export function chartSpec(
  chart: ChartLayout,
  ranges: RangeBox[],
  anchor: ChartSpec["anchor"],
  lang: Lang,
): ChartSpec {
  return { type: TYPES[chart.type], ranges, anchor, options: chartOptions(chart, lang) };
}

/**
 * Google Charts options of a chart layout: the series' kinds and axes, and the value axes' formats
 * (a horizontal bar chart's value axis is its hAxis).
 */
function chartOptions(chart: ChartLayout, lang: Lang): Record<string, unknown> {
  const options: Record<string, unknown> = { title: chart.title[lang] };
  const series = chart.series ?? [];
  if (chart.type === "combo") options.seriesType = "bars";
  if (series.length > 0) {
    options.series = Object.fromEntries(
      series.map((s, i) => [
        i,
        chart.type === "combo"
          ? { type: s.as ?? "bars", targetAxisIndex: s.axis ?? 0 }
          : { targetAxisIndex: s.axis ?? 0 },
      ]),
    );
  }
  const [left, right] = chart.axes;
  if (chart.type === "bar") options.hAxis = axis(left, lang);
  else if (right === undefined) options.vAxis = axis(left, lang);
  else options.vAxes = { 0: axis(left, lang), 1: axis(right, lang) };
  if (chart.stacked) options.isStacked = true;
  if (chart.legend === "none") options.legend = { position: "none" };
  return options;
}
