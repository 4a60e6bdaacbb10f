/**
 * Turns an embedded chart as the stand-in records it (type, A1 ranges, Google Charts options) into
 * what chart.js draws. Pure, so it is tested without a browser. Sheets' rules followed here: the
 * ranges are joined side by side (MERGE_COLUMNS), the first column is the domain (the labels), every
 * other column is a series, and a text first row holds the series names.
 */
import { columnToLetters, parseA1 } from "../../shared/a1";
import type { ChartView, SheetView } from "../api-types";

export type SeriesKind = "bar" | "line" | "area";

export interface SeriesSpec {
  label: string;
  kind: SeriesKind;
  /** 0 the left (or only) value axis, 1 the right one. */
  axis: 0 | 1;
  color: string;
  data: (number | null)[];
}

export interface AxisSpec {
  title: string;
  /** "percent" for rates (0.25 → 25%), "number" otherwise. */
  format: "percent" | "number";
}

export interface ChartSpec {
  title: string;
  /** Horizontal bars (Sheets' BAR chart), as the funnel uses. */
  horizontal: boolean;
  /** Bars stacked on each other (isStacked), as new and returning buyers are. */
  stacked: boolean;
  labels: string[];
  series: SeriesSpec[];
  axes: [AxisSpec, AxisSpec];
  domainTitle: string;
  legend: "top" | "bottom" | "right" | "left" | "none";
  width: number;
  height: number;
}

/** Google Sheets' default chart palette. */
export const PALETTE = [
  "#4285f4",
  "#ea4335",
  "#fbbc04",
  "#34a853",
  "#ff6d01",
  "#46bdc6",
  "#7baaf7",
  "#f07b72",
];

/** Sheets' default size of a new chart, in pixels. */
export const DEFAULT_CHART_SIZE = { width: 600, height: 371 } as const;

interface Block {
  values: SheetView["values"];
  displayValues: string[][];
}

/** Options set with dotted keys ("vAxes.1.format") read like nested ones, as Google Charts reads them. */
export function expandOptions(options: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    const path = key.split(".");
    let target = result;
    for (const part of path.slice(0, -1)) {
      const next = target[part];
      if (typeof next !== "object" || next === null || Array.isArray(next)) target[part] = {};
      target = target[part] as Record<string, unknown>;
    }
    const last = path[path.length - 1];
    const existing = target[last];
    target[last] =
      isRecord(existing) && isRecord(value)
        ? { ...existing, ...expandOptions(value) }
        : isRecord(value)
          ? expandOptions(value)
          : value;
  }
  return result;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** The cells of an A1 range, read from the snapshot; open ends stop at the sheet's last data row/column. */
export function readBlock(a1: string, ownSheet: SheetView, sheets: readonly SheetView[]): Block {
  const range = parseA1(a1);
  const sheet = range.sheetName === null ? ownSheet : sheets.find((s) => s.name === range.sheetName);
  if (!sheet) return { values: [], displayValues: [] };
  const lastRow = sheet.values.length;
  const lastColumn = Math.max(0, ...sheet.values.map((row) => row.length));
  const top = range.startRow ?? 1;
  const bottom = range.endRow ?? lastRow;
  const left = range.startColumn ?? 1;
  const right = range.endColumn ?? lastColumn;
  const values: Block["values"] = [];
  const displayValues: string[][] = [];
  for (let r = top; r <= Math.min(bottom, lastRow); r++) {
    const rowValues: SheetView["values"][number] = [];
    const rowDisplay: string[] = [];
    for (let c = left; c <= right; c++) {
      rowValues.push(sheet.values[r - 1]?.[c - 1] ?? "");
      rowDisplay.push(sheet.displayValues[r - 1]?.[c - 1] ?? "");
    }
    values.push(rowValues);
    displayValues.push(rowDisplay);
  }
  return { values, displayValues };
}

/** Blocks side by side; a shorter block leaves blanks. */
function joinColumns(blocks: Block[]): Block {
  const height = Math.max(0, ...blocks.map((block) => block.values.length));
  const values: Block["values"] = [];
  const displayValues: string[][] = [];
  for (let r = 0; r < height; r++) {
    values.push(
      blocks.flatMap((block) => block.values[r] ?? new Array(block.values[0]?.length ?? 0).fill("")),
    );
    displayValues.push(
      blocks.flatMap((block) => block.displayValues[r] ?? new Array(block.values[0]?.length ?? 0).fill("")),
    );
  }
  return { values, displayValues };
}

/**
 * Sheets' guess when a chart does not set its header count (the stand-in's snapshot does not record
 * one): a first row whose series cells are all text, above more rows, names the series.
 */
function headerRows(table: Block): number {
  const [first, second] = table.values;
  if (!first || !second) return 0;
  const seriesCells = first.slice(1);
  return seriesCells.length > 0 && seriesCells.every((cell) => typeof cell === "string" && cell !== "")
    ? 1
    : 0;
}

function axisFormat(axis: Record<string, unknown>): AxisSpec["format"] {
  const format = text(axis.format);
  return format === "percent" || format.includes("%") ? "percent" : "number";
}

function seriesKind(
  chartType: string,
  series: Record<string, unknown>,
  options: Record<string, unknown>,
  index: number,
): SeriesKind {
  if (chartType === "LINE") return "line";
  if (chartType === "AREA") return "area";
  if (chartType !== "COMBO") return "bar";
  const declared = text(series.type) || text(options.seriesType);
  if (declared === "line") return "line";
  if (declared === "area" || declared === "steppedArea") return "area";
  if (declared === "bars") return "bar";
  // Sheets' own combo default: the first series as columns, the rest as lines.
  return index === 0 ? "bar" : "line";
}

function legendPosition(options: Record<string, unknown>): ChartSpec["legend"] {
  const legend = options.legend;
  const position = typeof legend === "string" ? legend : text(record(legend).position);
  return position === "none" || position === "top" || position === "right" || position === "left"
    ? position
    : "bottom";
}

function numberOrNull(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** What chart.js needs to draw `chart`, which sits on `sheet`. */
export function chartSpec(chart: ChartView, sheet: SheetView, sheets: readonly SheetView[]): ChartSpec {
  const options = expandOptions(chart.options);
  const table = joinColumns(chart.ranges.map((a1) => readBlock(a1, sheet, sheets)));
  const headers = headerRows(table);
  const body = table.values.slice(headers);
  const bodyDisplay = table.displayValues.slice(headers);
  const columns = table.values[0]?.length ?? 0;
  const seriesOptions = record(options.series);
  const vAxes = record(options.vAxes);
  const colors = Array.isArray(options.colors)
    ? options.colors.filter((c): c is string => typeof c === "string")
    : [];

  const series: SeriesSpec[] = [];
  for (let column = 1; column < columns; column++) {
    const index = column - 1;
    const own = record(seriesOptions[String(index)]);
    series.push({
      label: headers > 0 ? table.displayValues[headers - 1][column] : `${columnToLetters(column + 1)}`,
      kind: seriesKind(chart.type, own, options, index),
      axis: own.targetAxisIndex === 1 ? 1 : 0,
      color: text(own.color) || colors[index] || PALETTE[index % PALETTE.length],
      data: body.map((row) => numberOrNull(row[column])),
    });
  }
  // In a BAR chart (horizontal bars) Google Charts swaps the axes: hAxis holds the values.
  const horizontal = chart.type === "BAR";
  const valueAxis = record(horizontal ? options.hAxis : options.vAxis);
  const domainAxis = record(horizontal ? options.vAxis : options.hAxis);
  const axis = (index: 0 | 1): AxisSpec => {
    const own = record(vAxes[String(index)]);
    const fallback = index === 0 ? valueAxis : {};
    return { title: text(own.title) || text(fallback.title), format: axisFormat({ ...fallback, ...own }) };
  };
  return {
    title: text(options.title),
    horizontal,
    stacked: options.isStacked === true,
    labels: bodyDisplay.map((row) => row[0] ?? ""),
    series,
    axes: [axis(0), axis(1)],
    domainTitle: text(domainAxis.title),
    legend: legendPosition(options),
    width: numberOrNull(options.width) ?? DEFAULT_CHART_SIZE.width,
    height: numberOrNull(options.height) ?? DEFAULT_CHART_SIZE.height,
  };
}
