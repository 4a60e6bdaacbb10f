import { beforeAll, describe, expect, it } from "vitest";
import { fixtures, reportDifferences } from "../support/fixtures";
import {
  buildBundle,
  chartColumns,
  fixtureSheets,
  openSpreadsheet,
  reportFromSheets,
  reportSheets,
  settingsFor,
  sourcesOf,
} from "./harness";

/**
 * The Weekly sheet's table header, 0-based: the headline in rows 1–3, the charts side by side in
 * rows 5–21, the legend of grey rows in row 23, the header in row 25.
 */
const WEEKLY_HEADER = 24;

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

function built(name: string, lang: "en" | "zh" = "en") {
  const opened = openSpreadsheet(fixtureSheets(fixture(name)));
  const result = opened.server.buildWeeklyReport(settingsFor(fixture(name), lang));
  return { ...opened, result, sheets: reportSheets(opened.standIn) };
}

describe("the report's numbers", () => {
  for (const f of fixtures()) {
    it(`${f.name}: the Weekly, Daily, Funnel and Data problems sheets hold expected.json`, () => {
      const { standIn, server } = openSpreadsheet(fixtureSheets(f));
      server.buildWeeklyReport(settingsFor(f));
      expect(reportDifferences(f.expected, reportFromSheets(standIn))).toEqual([]);
    });
  }

  it("a report in Chinese holds the same numbers under Chinese headers and sheet names", () => {
    const { standIn, result } = built("community-cn", "zh");
    expect(result.sheets.map((s) => s.name)).toEqual([
      "周报",
      "每日数据",
      "漏斗",
      "购买复购",
      "留存",
      "跟进名单",
      "数据问题",
    ]);
    expect(reportDifferences(fixture("community-cn").expected, reportFromSheets(standIn, "zh"))).toEqual([]);
  });

  it("returns the latest complete week's headline, the range, the problem count and the sheets' ids", () => {
    const { result, sheets } = built("community-cn");
    const expected = fixture("community-cn").expected;
    const week = [...expected.weekly].reverse().find((w) => w.complete)!;
    const bought = (expected.purchases as Record<string, number>[]).find(
      (p) => p.weekStart === week.weekStart,
    )!;
    const headline = result.headline!;
    expect([headline.weekStart, headline.weekEnd]).toEqual([week.weekStart, week.weekEnd]);
    expect(headline.metrics.map((m) => [m.key, m.label.en, m.value, m.growth?.value])).toEqual([
      ["totalMembers", "Total members", week.totalMembers, undefined],
      ["activeRate", "Active rate", week.activeRate, undefined],
      ["convertedMembers", "Converted members", week.convertedMembers, week.convertedWowGrowth],
      ["gmv", "GMV", week.gmv, week.gmvWowGrowth],
      ["repeatRate", "Repeat rate", bought.repeatRate, undefined],
      ["gmvPerBuyer", "GMV per buyer", bought.gmvPerBuyer, undefined],
    ]);
    expect(result.range).toEqual(expected.range);
    expect(result.problems).toBe(expected.problems.length);
    expect(result.sheets.map((s) => [s.kind, s.title, s.name])).toEqual([
      ["weekly", "Weekly report", "Weekly report"],
      ["daily", "Daily", "Daily"],
      ["funnel", "Funnel", "Funnel"],
      ["purchases", "Purchases", "Purchases"],
      ["retention", "Retention", "Retention"],
      ["followUp", "Follow-up", "Follow-up"],
      ["problems", "Data problems", "Data problems"],
    ]);
    expect(Number.isNaN(Date.parse(result.builtAt))).toBe(false);
    expect(sheets.size).toBe(7);
  });
});

describe("the Weekly sheet", () => {
  it("shows the headline of the latest complete week above its table, with week-on-week arrows", () => {
    const { sheets } = built("community-cn");
    const weekly = sheets.get("weekly")!;
    expect(weekly.displayValues[0][0]).toBe("Latest complete week: 2024-12-09 – 2024-12-15");
    expect(weekly.displayValues[1].slice(0, 8)).toEqual([
      "Total members",
      "Active rate",
      "Converted members",
      "GMV",
      "Repeat rate",
      "GMV per buyer",
      "Converted WoW",
      "GMV WoW",
    ]);
    expect(weekly.displayValues[2].slice(0, 8)).toEqual([
      "288",
      "61.8%",
      "37",
      "14,403.70",
      "27.0%",
      "389.29",
      "▲ 2.8%",
      "▲ 105.1%",
    ]);
    expect(weekly.values[WEEKLY_HEADER][0]).toBe("Week start");
  });

  it("shows a falling week with down arrows", () => {
    const { standIn, server } = openSpreadsheet([
      {
        name: "Members",
        values: [
          ["member_id", "joined_at"],
          ["u1", "2024-12-02"],
          ["u2", "2024-12-02"],
          ["u3", "2024-12-16"],
        ],
      },
      {
        name: "Orders",
        values: [
          ["order_id", "member_id", "paid_at", "amount"],
          ["o1", "u1", "2024-12-03", 100],
          ["o2", "u2", "2024-12-04", 100],
          ["o3", "u1", "2024-12-10", 50],
        ],
      },
    ]);
    server.buildWeeklyReport({
      ...settingsFor(fixture("tiny")),
      sources: sourcesOf({ members: "Members", orders: "Orders" }),
    });
    const weekly = reportSheets(standIn).get("weekly")!;
    expect(weekly.displayValues[0][0]).toBe("Latest complete week: 2024-12-09 – 2024-12-15");
    expect(weekly.displayValues[2].slice(2, 8)).toEqual([
      "1",
      "50.00",
      "0.0%",
      "50.00",
      "▼ 50.0%",
      "▼ 75.0%",
    ]);
    expect(weekly.values[2].slice(6, 8)).toEqual([-0.5, -0.75]);
  });

  it("bolds the table's header under its charts, and freezes no rows, which would freeze the charts too", () => {
    const { sheets } = built("tiny");
    const weekly = sheets.get("weekly")!;
    expect(weekly.frozenRows).toBe(0);
    expect(weekly.fontWeights[WEEKLY_HEADER].slice(0, 13).every((w) => w === "bold")).toBe(true);
    expect(weekly.fontWeights[WEEKLY_HEADER + 1][0]).toBe("normal");
  });

  it("opens with its charts in the first screen at 1440×900 with the sidebar open, above the table", () => {
    for (const name of ["tiny", "insights-cn"]) {
      const weekly = built(name).sheets.get("weekly")!;
      expect(weekly.charts).toHaveLength(2);
      for (const chart of weekly.charts) {
        const { row, column, offsetX } = chart.position;
        const left = weekly.columnWidths.slice(0, column - 1).reduce((a, b) => a + b, 0) + offsetX;
        // The sheet's width left by the sidebar (300 px), the row numbers and the scroll bar.
        expect(left + (chart.options.width as number), `${name}: ${chart.options.title}`).toBeLessThanOrEqual(
          1080,
        );
        expect(row).toBeLessThan(WEEKLY_HEADER + 1);
      }
    }
  });

  it("greys the week the data cuts short, row by row, and leaves the complete weeks as they are", () => {
    const { sheets } = built("tiny");
    const weekly = sheets.get("weekly")!;
    // 2024-12-02 … 12-08 is complete; 2024-12-09 … 12-12 is cut short: the data ends on the 12th.
    const [whole, cut] = [WEEKLY_HEADER + 1, WEEKLY_HEADER + 2];
    expect(weekly.displayValues[cut].slice(0, 3)).toEqual(["2024-12-09", "2024-12-12", "FALSE"]);
    expect(new Set(weekly.fontColors[whole].slice(0, 13))).toEqual(new Set([null]));
    expect(new Set(weekly.fontColors[cut].slice(0, 13))).toEqual(new Set(["#5f6368"]));
    expect(weekly.values[WEEKLY_HEADER - 2][0]).toBe(
      "Grey rows: partial weeks (the data does not cover the whole week); their counts and week-on-week changes are not final.",
    );
  });

  it("charts GMV as columns with the conversion rate as a line on a second axis, and the active rate", () => {
    const { sheets } = built("tiny");
    const [gmv, active] = sheets.get("weekly")!.charts;
    expect(gmv.type).toBe("COMBO");
    // Up to the last complete week: tiny's second week is cut short by the end of its data. GMV
    // stands right of the conversion rate in the table: the chart reads its own copy, in order.
    const weekly = sheets.get("weekly")!;
    expect(gmv.ranges).toHaveLength(1);
    expect(chartColumns(weekly, gmv)).toEqual([
      ["Week start", "2024-12-02"],
      ["GMV", "298.50"],
      ["Conversion rate", "100.0%"],
    ]);
    expect(gmv.options.seriesType).toBe("bars");
    expect(gmv.options.series).toEqual({
      0: { type: "bars", targetAxisIndex: 0 },
      1: { type: "line", targetAxisIndex: 1 },
    });
    expect(active.type).toBe("LINE");
    expect(chartColumns(weekly, active)).toEqual([
      ["Week start", "2024-12-02"],
      ["Active rate", "150.0%"],
    ]);
  });
});

describe("every chart", () => {
  it("reads one range, its domain then its series in the order its options name them", () => {
    const { sheets } = built("community-cn");
    for (const sheet of sheets.values()) {
      for (const chart of sheet.charts)
        expect(chart.ranges, `${sheet.name}: ${chart.options.title}`).toHaveLength(1);
    }
  });
});

describe("the Weekly sheet's layout", () => {
  it("puts the report's notes below the frozen rows, so scrolling never cuts them in two", () => {
    const weekly = built("community-cn", "zh").sheets.get("weekly")!;
    const aboutRow = weekly.values.findIndex((row) => row.includes("报表说明"));
    expect(aboutRow + 1).toBeGreaterThan(weekly.frozenRows);
  });

  it("makes the headline's label columns wide enough for their labels", () => {
    const weekly = built("community-cn", "zh").sheets.get("weekly")!;
    // 周转化人数环比增长率: ten wide characters over the 2.8% of week-on-week growth.
    const column = weekly.values[1].indexOf("周转化人数环比增长率");
    expect(weekly.columnWidths[column]).toBeGreaterThanOrEqual(140);
  });
});

describe("formats", () => {
  it("writes days as Dates at midnight in the spreadsheet's zone, shown as yyyy-mm-dd", () => {
    const { sheets } = built("tiny");
    const daily = sheets.get("daily")!;
    // Asia/Shanghai midnight is 16:00 UTC the day before; the script runs in New York.
    expect(daily.values[1][0]).toBe("2024-12-01T16:00:00.000Z");
    expect(daily.numberFormats[1][0]).toBe("yyyy-mm-dd");
    expect(daily.displayValues[1][0]).toBe("2024-12-02");
  });

  it("formats rates as 0.0%, money as #,##0.00 and leaves empty values blank", () => {
    const { sheets } = built("tiny");
    const weekly = sheets.get("weekly")!;
    const first = weekly.values[WEEKLY_HEADER + 1];
    expect(weekly.numberFormats[WEEKLY_HEADER + 1][6]).toBe("0.0%");
    expect(weekly.numberFormats[WEEKLY_HEADER + 1][9]).toBe("#,##0.00");
    expect(weekly.displayValues[WEEKLY_HEADER + 2][9]).toBe("1,398.00");
    // The first week has no week-on-week growth: blank cells, not 0.
    expect(first[11]).toBe("");
    expect(first[12]).toBe("");
  });

  it("gives each column a width that fits its header, CJK characters counted twice as wide", () => {
    const { sheets } = built("tiny", "zh");
    const weekly = sheets.get("weekly")!;
    const headers = weekly.values[WEEKLY_HEADER].slice(0, 13) as string[];
    expect(headers[11]).toBe("周转化人数环比增长率");
    const widths = weekly.columnWidths.slice(0, 13);
    // About 13 px per CJK character and 7 per other one, plus padding: 10 characters need 146 px.
    headers.forEach((header, i) => {
      const text = [...header].reduce((px, ch) => px + (/[\u3000-\u9fff]/.test(ch) ? 13 : 7), 16);
      expect(widths[i], header).toBeGreaterThanOrEqual(Math.min(220, text));
    });
    expect(widths[11]).toBeGreaterThan(widths[0]);
  });

  describe("edge cases", () => {
    it("without activity and orders, their metrics are blank cells", () => {
      const f = fixture("tiny");
      const { standIn, server } = openSpreadsheet(fixtureSheets(f));
      server.buildWeeklyReport({
        ...settingsFor(f),
        sources: sourcesOf({ members: "Members" }),
      });
      const weekly = reportSheets(standIn).get("weekly")!;
      expect(weekly.values[5].slice(5, 10)).toEqual(["", "", "", "", ""]);
    });

    it("a report without a complete week says so in one sentence with the days its data covers", () => {
      const { standIn, server } = openSpreadsheet([
        {
          name: "Members",
          values: [
            ["member_id", "joined_at"],
            ["u1", "2024-12-02"],
            ["u2", "2024-12-04"],
          ],
        },
      ]);
      server.buildWeeklyReport({
        ...settingsFor(fixture("tiny")),
        sources: sourcesOf({ members: "Members" }),
      });
      const weekly = reportSheets(standIn).get("weekly")!;
      expect(weekly.displayValues[0][0]).toBe(
        "No complete week yet: the data covers 2024-12-02 – 2024-12-04 (3 days)",
      );
    });

    it("a report with nothing in range still writes every sheet with its headers", () => {
      const { standIn, server } = openSpreadsheet([
        { name: "Members", values: [["member_id", "joined_at"]] },
      ]);
      const result = server.buildWeeklyReport({
        ...settingsFor(fixture("tiny")),
        sources: sourcesOf({ members: "Members" }),
      });
      expect(result.headline).toBeNull();
      expect(result.range).toBeNull();
      const sheets = reportSheets(standIn);
      expect(sheets.get("weekly")!.displayValues[0][0]).toBe("No complete week yet");
      expect(sheets.get("daily")!.values[0][0]).toBe("Date");
      expect(sheets.get("daily")!.values[1][0]).toBe("");
    });
  });
});

describe("the Daily, Funnel and Data problems sheets", () => {
  it("charts total members and the daily active rate", () => {
    const { sheets } = built("tiny");
    const [chart] = sheets.get("daily")!.charts;
    const columns = chartColumns(sheets.get("daily")!, chart);
    expect(columns.map((c) => c[0])).toEqual(["Date", "Total members", "Active rate"]);
    expect(columns.map((c) => c.slice(1, 3))).toEqual([
      ["2024-12-02", "2024-12-03"],
      ["2", "3"],
      ["50.0%", "66.7%"],
    ]);
  });

  it("greys the data's last day, which an export may have cut, and charts up to the day before", () => {
    const { sheets } = built("tiny");
    const daily = sheets.get("daily")!;
    const last = daily.displayValues.map((row) => row[0]).lastIndexOf("2024-12-12");
    expect(last).toBeGreaterThan(1);
    expect(new Set(daily.fontColors[last].slice(0, 6))).toEqual(new Set(["#5f6368"]));
    expect(new Set(daily.fontColors[last - 1].slice(0, 6))).toEqual(new Set([null]));
    expect(daily.values.flat()).toContain(
      "Grey row: the last day of the data, which an export taken during the day cuts short; the chart stops the day before.",
    );
    const [dates] = chartColumns(daily, daily.charts[0]);
    expect(dates.at(-1)).toBe("2024-12-11");
  });

  it("charts the last day as it is, ungreyed, when the user chose the range's end", () => {
    const tiny = fixture("tiny");
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildWeeklyReport({ ...settingsFor(tiny), to: "2024-12-12" });
    const daily = reportSheets(standIn).get("daily")!;
    const last = daily.displayValues.map((row) => row[0]).lastIndexOf("2024-12-12");
    expect(new Set(daily.fontColors[last].slice(0, 6))).toEqual(new Set([null]));
    const [dates] = chartColumns(daily, daily.charts[0]);
    expect(dates.at(-1)).toBe("2024-12-12");
  });

  it("charts joined → activated → converted of the latest complete cohort from a small block", () => {
    const { sheets } = built("community-cn");
    const funnel = sheets.get("funnel")!;
    const [chart] = funnel.charts;
    expect(chart.type).toBe("BAR");
    const [a1] = chart.ranges;
    // Below the notes (a line per input table, then the zone, week start, window, range and build
    // time) and the legend of grey rows.
    expect(a1).toBe("M15:N18");
    const block = funnel.values.slice(14, 18).map((row) => row.slice(12, 14));
    expect(block).toEqual([
      ["Stage", "Joined in the week of 2024-12-02"],
      ["Joined", 51],
      ["Activated", 40],
      ["Converted", 11],
    ]);
  });

  it("lists every skipped row with its value as literal text, and the excluded totals", () => {
    const { sheets } = built("community-cn");
    const problems = sheets.get("problems")!;
    expect(problems.values[0].slice(0, 5)).toEqual(["Table", "Row", "Column", "Value", "Problem"]);
    // The column by the operator's own header, with the field it stands for.
    expect(problems.values.slice(1, 6).map((r) => r.slice(0, 4))).toEqual([
      ["members", 413, "成员ID (member_id)", ""],
      ["members", 414, "入群时间 (joined_at)", "11/12/2024"],
      ["activity", 370, "发言时间 (at)", "昨天"],
      ["orders", 61, "实付金额 (amount)", "abc"],
      ["orders", 99, "实付金额 (amount)", "-5"],
    ]);
    expect(problems.numberFormats[5][3]).toBe("@");
  });

  it("writes user text as literal text: formula-like values and sheet names are never evaluated", () => {
    const { standIn, server } = openSpreadsheet([
      {
        name: "+Members",
        values: [
          ["member_id", "joined_at"],
          ["u1", "2024-12-02"],
          ['=HYPERLINK("http://x")', "=1+1"],
          ["@x", "-x"],
        ],
      },
    ]);
    server.buildWeeklyReport({
      ...settingsFor(fixture("tiny")),
      sources: sourcesOf({ members: "+Members" }),
    });
    const problems = reportSheets(standIn).get("problems")!;
    expect(problems.values.slice(1, 3).map((r) => r.slice(0, 4))).toEqual([
      ["members", 3, "joined_at", "=1+1"],
      ["members", 4, "joined_at", "-x"],
    ]);
    expect(problems.displayValues.flat()).toContain("+Members (3 rows)");
  });

  it("records on every report sheet what it was built from", () => {
    const { sheets } = built("tiny");
    for (const sheet of sheets.values()) {
      const text = sheet.displayValues.flat().join("\n");
      expect(text).toContain("About this report");
      expect(text).toContain("Members (6 rows)");
      expect(text).toContain("Activity (7 rows)");
      expect(text).toContain("Asia/Shanghai");
      expect(text).toContain("Monday");
      expect(text).toContain("7 days");
      expect(text).toContain("2024-12-02 – 2024-12-12");
      expect(text).toMatch(/Built at\n\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(Asia\/Shanghai\)/);
    }
  });
});
