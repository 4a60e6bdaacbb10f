import { describe, expect, it } from "vitest";
import { open, service } from "./helpers";

function setUp(): ReturnType<typeof open> & { charts: GoogleAppsScript.Charts.Charts } {
  const opened = open();
  opened.sheet.getRange("A1:B3").setValues([
    ["week", "new"],
    ["W1", 3],
    ["W2", 5],
  ]);
  return { ...opened, charts: service<GoogleAppsScript.Charts.Charts>(opened.standIn, "Charts") };
}

describe("Embedded charts", () => {
  it("a built and inserted chart keeps its type, ranges, options and position", () => {
    const { sheet, charts, standIn } = setUp();
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.COLUMN)
      .addRange(sheet.getRange("A1:B3"))
      .setOption("title", "New members")
      .setOption("vAxis", { title: "members" })
      .setPosition(5, 4, 10, 0)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).toEqual(expect.any(Number));
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
    expect(inserted.getOptions().get("title")).toBe("New members");
    expect(inserted.getOptions().get("vAxis.title")).toBe("members");
    expect(inserted.getOptions().get("legend")).toBeNull();
    const info = inserted.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([
      5, 4, 10, 0,
    ]);
    expect(standIn.snapshot()[0].charts).toEqual([
      {
        id: String(inserted.getChartId()),
        type: "COLUMN",
        ranges: ["A1:B3"],
        options: { title: "New members", vAxis: { title: "members" } },
        position: { row: 5, column: 4, offsetX: 10, offsetY: 0 },
      },
    ]);
  });

  it("modify and updateChart change the chart in place; removeChart deletes it", () => {
    const { sheet, charts } = setUp();
    sheet.insertChart(sheet.newChart().asLineChart().addRange(sheet.getRange("A1:B3")).build());
    const [chart] = sheet.getCharts();
    sheet.updateChart(chart.modify().setChartType(charts.ChartType.BAR).setOption("title", "t").build());
    const [updated] = sheet.getCharts();
    expect(updated.getChartId()).toBe(chart.getChartId());
    expect(updated.modify().getChartType()).toBe("BAR");
    expect(updated.getOptions().get("title")).toBe("t");
    sheet.removeChart(updated);
    expect(sheet.getCharts()).toHaveLength(0);
    expect(() => sheet.removeChart(updated)).toThrow("The chart is not on this sheet.");
  });

  it("chart builders reject bad types, ranges, positions and option values", () => {
    const { sheet } = setUp();
    const builder = sheet.newChart();
    expect(() => builder.setChartType("DONUT" as unknown as GoogleAppsScript.Charts.ChartType)).toThrow(
      "Invalid argument",
    );
    expect(() => builder.addRange("A1:B3" as unknown as GoogleAppsScript.Spreadsheet.Range)).toThrow(
      "Invalid argument",
    );
    expect(() => builder.setPosition(1001, 1, 0, 0)).toThrow("outside the dimensions");
    expect(() => builder.setOption("title", () => "x")).toThrow("Invalid chart option value");
    expect(() => builder.build()).toThrow("set a chart type");
    expect(() => sheet.insertChart({} as GoogleAppsScript.Spreadsheet.EmbeddedChart)).toThrow(
      "Invalid argument",
    );
  });

  it("Charts.ChartType has string values and misspelt members throw", () => {
    const { charts } = setUp();
    expect([charts.ChartType.COLUMN, charts.ChartType.LINE, charts.ChartType.COMBO]).toEqual([
      "COLUMN",
      "LINE",
      "COMBO",
    ]);
    expect(() => (charts.ChartType as unknown as Record<string, unknown>).COLUMNS).toThrow(
      "Apps Script stand-in: ChartType.COLUMNS is not implemented",
    );
  });
});
