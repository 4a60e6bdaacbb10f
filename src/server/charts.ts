/**
 * The report's charts as data (type, source ranges, anchor, options), inserted with one builder
 * chain each. The charts read the report's own cells, so they stay right when a teammate opens
 * the shared sheet without the add-on.
 */

export type ChartType = "COMBO" | "LINE" | "BAR";

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
  anchor: { row: number; column: number };
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
  builder = builder.setNumHeaders(1).setPosition(spec.anchor.row, spec.anchor.column, 0, 0);
  const options = {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    legend: { position: "bottom" },
    ...spec.options,
  };
  for (const [key, value] of Object.entries(options)) builder = builder.setOption(key, value);
  sheet.insertChart(builder.build());
}

const PERCENT_AXIS = { format: "0%", minValue: 0 };

/** Columns of GMV (left axis) with the conversion rate as a line (right axis). */
export function gmvChart(title: string, ranges: RangeBox[], anchor: ChartSpec["anchor"]): ChartSpec {
  return {
    type: "COMBO",
    ranges,
    anchor,
    options: {
      title,
      seriesType: "bars",
      series: { 0: { type: "bars", targetAxisIndex: 0 }, 1: { type: "line", targetAxisIndex: 1 } },
      vAxes: { 0: { format: "#,##0", minValue: 0 }, 1: PERCENT_AXIS },
    },
  };
}

/** One rate over time. */
export function rateChart(title: string, ranges: RangeBox[], anchor: ChartSpec["anchor"]): ChartSpec {
  return {
    type: "LINE",
    ranges,
    anchor,
    options: { title, vAxis: PERCENT_AXIS, legend: { position: "none" } },
  };
}

/** A count (left axis) and a rate (right axis) as two lines. */
export function countAndRateChart(title: string, ranges: RangeBox[], anchor: ChartSpec["anchor"]): ChartSpec {
  return {
    type: "LINE",
    ranges,
    anchor,
    options: {
      title,
      series: { 0: { targetAxisIndex: 0 }, 1: { targetAxisIndex: 1 } },
      vAxes: { 0: { format: "#,##0", minValue: 0 }, 1: PERCENT_AXIS },
    },
  };
}

/** Horizontal bars of a stage/value block: joined → activated → converted. */
export function funnelChart(title: string, block: RangeBox, anchor: ChartSpec["anchor"]): ChartSpec {
  return {
    type: "BAR",
    ranges: [block],
    anchor,
    options: { title, legend: { position: "none" }, hAxis: { minValue: 0, format: "#,##0" } },
  };
}
