import { describe, expect, it } from "vitest";
import type { ChartView, SheetView } from "../../src/playground/api-types";
import { chartSpec, expandOptions, PALETTE, readBlock } from "../../src/playground/client/chart-data";

function sheet(name: string, values: SheetView["values"]): SheetView {
  const displayValues = values.map((row) =>
    row.map((v) => (typeof v === "number" && v < 1 ? `${v * 100}%` : String(v))),
  );
  return {
    name,
    sheetId: 0,
    hidden: false,
    values,
    displayValues,
    kinds: [],
    fontWeights: [],
    backgrounds: [],
    fontColors: [],
    frozenRows: 1,
    columnWidths: [],
    charts: [],
    formulas: {},
  };
}

const WEEKLY = sheet("周报", [
  ["周开始", "周活跃用户占比", "周转化率", "周贡献GMV"],
  ["2024-11-04", 0.9, 0.03, 308.9],
  ["2024-11-11", 0.8, 0.08, 1373.5],
  ["2024-11-18", 0.85, "", 5399.3],
]);

function chart(type: string, ranges: string[], options: Record<string, unknown> = {}): ChartView {
  return { type, ranges, options, position: { row: 1, column: 6, offsetX: 0, offsetY: 0 } };
}

describe("chartSpec", () => {
  it("draws a combo chart as GMV bars on the left axis and the rate as a line on a percent right axis", () => {
    const spec = chartSpec(
      chart("COMBO", ["A1:A4", "D1:D4", "C1:C4"], {
        title: "每周GMV与转化率",
        series: { 0: { type: "bars", targetAxisIndex: 0 }, 1: { type: "line", targetAxisIndex: 1 } },
        vAxes: { 0: { format: "#,##0" }, 1: { format: "0%" } },
        width: 640,
        height: 320,
      }),
      WEEKLY,
      [WEEKLY],
    );
    expect(spec).toMatchObject({ title: "每周GMV与转化率", horizontal: false, width: 640, height: 320 });
    expect(spec.labels).toEqual(["2024-11-04", "2024-11-11", "2024-11-18"]);
    expect(spec.series).toEqual([
      { label: "周贡献GMV", kind: "bar", axis: 0, color: PALETTE[0], data: [308.9, 1373.5, 5399.3] },
      { label: "周转化率", kind: "line", axis: 1, color: PALETTE[1], data: [0.03, 0.08, null] },
    ]);
    expect(spec.axes.map((axis) => axis.format)).toEqual(["number", "percent"]);
  });

  it("stacks the bars of a chart with isStacked, and only then", () => {
    const ranges = ["A1:A4", "B1:B4", "C1:C4"];
    expect(chartSpec(chart("COMBO", ranges, { isStacked: true }), WEEKLY, [WEEKLY]).stacked).toBe(true);
    expect(chartSpec(chart("COMBO", ranges), WEEKLY, [WEEKLY]).stacked).toBe(false);
  });

  it("draws a line chart from one range whose first column is the domain", () => {
    const spec = chartSpec(
      chart("LINE", ["A1:B4"], { vAxis: { format: "0%" }, legend: { position: "none" } }),
      WEEKLY,
      [WEEKLY],
    );
    expect(spec.series).toHaveLength(1);
    expect(spec.series[0]).toMatchObject({ label: "周活跃用户占比", kind: "line", data: [0.9, 0.8, 0.85] });
    expect(spec.axes[0].format).toBe("percent");
    expect(spec.legend).toBe("none");
  });

  it("draws a BAR chart (the funnel) as horizontal bars with its value format on hAxis", () => {
    const funnel = sheet("漏斗", [
      ["阶段", "2024-12-02 当周入群"],
      ["新增入群", 51],
      ["激活", 40],
      ["转化", 11],
    ]);
    const spec = chartSpec(chart("BAR", ["A1:B4"], { hAxis: { format: "#,##0" } }), funnel, [funnel]);
    expect(spec.horizontal).toBe(true);
    expect(spec.labels).toEqual(["新增入群", "激活", "转化"]);
    expect(spec.series[0]).toMatchObject({ label: "2024-12-02 当周入群", kind: "bar", data: [51, 40, 11] });
    expect(spec.axes[0].format).toBe("number");
  });

  it("reads ranges on other sheets, named in the A1 notation", () => {
    const other = chart("COLUMN", ["周报!A1:A4", "'周报'!D1:D4"]);
    const spec = chartSpec(other, sheet("Sheet1", []), [WEEKLY]);
    expect(spec.series[0].data).toEqual([308.9, 1373.5, 5399.3]);
  });

  describe("edge cases", () => {
    it("reads dotted option keys like nested ones", () => {
      expect(expandOptions({ "vAxes.1.format": "0%", vAxes: { 0: { title: "GMV" } }, title: "t" })).toEqual({
        vAxes: { 0: { title: "GMV" }, 1: { format: "0%" } },
        title: "t",
      });
    });

    it("treats a first row of numbers as data, not as series names", () => {
      const bare = sheet("s", [
        ["a", 1],
        ["b", 2],
      ]);
      const spec = chartSpec(chart("COLUMN", ["A1:B2"]), bare, [bare]);
      expect(spec.labels).toEqual(["a", "b"]);
      expect(spec.series[0].data).toEqual([1, 2]);
    });

    it("draws nothing from a range on a missing sheet or past the data", () => {
      expect(readBlock("Gone!A1:B3", WEEKLY, [WEEKLY])).toEqual({ values: [], displayValues: [] });
      expect(readBlock("A10:B12", WEEKLY, [WEEKLY]).values).toEqual([]);
      expect(chartSpec(chart("LINE", ["A10:B12"]), WEEKLY, [WEEKLY]).series).toEqual([]);
    });
  });
});
