/**
 * The charts a sheet holds, drawn with chart.js where Sheets anchors them (a cell plus an offset),
 * each in a figure labelled with its title.
 */
import { Chart, type ChartConfiguration, type ChartDataset, registerables } from "chart.js";
import type { SheetView } from "../api-types";
import { type AxisSpec, type ChartSpec, chartSpec } from "./chart-data";
import { columnLeft, rowTop } from "./geometry";

Chart.register(...registerables);
// Series names and labels are often Chinese: name a CJK font before the generic fallback.
Chart.defaults.font.family =
  'Roboto, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", Arial, sans-serif';

/** Room the caption takes above the canvas inside the chart's box. */
const CAPTION_HEIGHT = 36;

function formatValue(value: number, format: AxisSpec["format"]): string {
  if (format === "percent")
    return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
  return value.toLocaleString(undefined, { maximumFractionDigits: 2 });
}

function valueScale(axis: AxisSpec, position: "left" | "right" | "bottom", secondary: boolean): object {
  return {
    position,
    beginAtZero: true,
    // A second axis keeps its own ticks but not a second set of grid lines, as Sheets draws it.
    grid: secondary ? { drawOnChartArea: false } : { color: "#e8eaed" },
    ticks: {
      color: "#5f6368",
      callback: (value: number | string) => formatValue(Number(value), axis.format),
    },
    title: { display: axis.title !== "", text: axis.title, color: "#5f6368" },
  };
}

/** The chart.js configuration for a spec: Sheets' look (bars under lines, a right axis for rates). */
function chartConfiguration(spec: ChartSpec): ChartConfiguration {
  const usesSecondAxis = spec.series.some((series) => series.axis === 1);
  const datasets = spec.series.map((series): ChartDataset => {
    const axisId = spec.horizontal ? "x" : series.axis === 1 ? "y1" : "y";
    const common = {
      label: series.label,
      data: series.data,
      borderColor: series.color,
      [spec.horizontal ? "xAxisID" : "yAxisID"]: axisId,
    };
    if (series.kind === "bar") {
      return {
        ...common,
        type: "bar",
        backgroundColor: series.color,
        borderRadius: 2,
        order: 2,
      } as ChartDataset;
    }
    return {
      ...common,
      type: "line",
      backgroundColor: series.kind === "area" ? `${series.color}33` : series.color,
      fill: series.kind === "area",
      tension: 0.25,
      // Monotone curves never swing past a data point, so a peak is drawn where it is.
      cubicInterpolationMode: "monotone",
      // Dots help read a few weeks; on a daily series they only clutter the line.
      pointRadius: series.data.length > 16 ? 0 : 3,
      pointHoverRadius: 4,
      borderWidth: 2,
      order: 1,
    } as ChartDataset;
  });
  const categoryScale = {
    grid: { display: false },
    ticks: { color: "#5f6368" },
    title: { display: spec.domainTitle !== "", text: spec.domainTitle },
  };
  const scales: Record<string, object> = spec.horizontal
    ? { y: categoryScale, x: valueScale(spec.axes[0], "bottom", false) }
    : { x: categoryScale, y: valueScale(spec.axes[0], "left", false) };
  if (usesSecondAxis && !spec.horizontal) scales.y1 = valueScale(spec.axes[1], "right", true);
  // Only the category axis and the first value axis stack: a line on the second axis stays a line.
  if (spec.stacked) for (const axis of ["x", "y"]) Object.assign(scales[axis], { stacked: true });
  return {
    type: spec.series.every((series) => series.kind !== "bar") ? "line" : "bar",
    data: { labels: spec.labels, datasets },
    options: {
      indexAxis: spec.horizontal ? "y" : "x",
      responsive: false,
      // Drawn at once: the page is redrawn after every build, and tests read the pixels.
      animation: false,
      scales,
      plugins: {
        legend: {
          display: spec.legend !== "none",
          position: spec.legend === "none" ? "bottom" : spec.legend,
          labels: { usePointStyle: true, boxWidth: 8, boxHeight: 8, color: "#3c4043" },
        },
        tooltip: {
          callbacks: {
            label: (item) => {
              const series = spec.series[item.datasetIndex];
              const value = item.raw as number | null;
              return `${series.label}: ${value === null ? "—" : formatValue(value, spec.axes[series.axis].format)}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}

/** Draws every chart of `sheet` into `layer`; returns the chart.js instances so they can be destroyed. */
export function renderCharts(layer: HTMLElement, sheet: SheetView, sheets: readonly SheetView[]): Chart[] {
  layer.replaceChildren();
  return sheet.charts.map((chart, index) => {
    const spec = chartSpec(chart, sheet, sheets);
    const title = spec.title || `Chart ${index + 1}`;
    const figure = document.createElement("figure");
    figure.className = "chart";
    figure.setAttribute("aria-label", title);
    figure.dataset.points = String(spec.series.reduce((sum, series) => sum + series.data.length, 0));
    figure.style.left = `${columnLeft(sheet, chart.position.column) + chart.position.offsetX}px`;
    figure.style.top = `${rowTop(chart.position.row) + chart.position.offsetY}px`;
    figure.style.width = `${spec.width}px`;
    figure.style.height = `${spec.height}px`;
    const caption = document.createElement("figcaption");
    caption.textContent = title;
    const canvas = document.createElement("canvas");
    canvas.width = spec.width - 16;
    canvas.height = spec.height - CAPTION_HEIGHT - 8;
    figure.append(caption, canvas);
    layer.append(figure);
    return new Chart(canvas, chartConfiguration(spec));
  });
}
